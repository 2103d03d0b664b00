package chai

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
)

// listItem is one element handed to loupe's inspectList: a bare value, or
// a key/value pair for properties and map entries.
type listItem struct {
	key, value goja.Value
}

type itemInspector func(it listItem, o *inspectOpts) string

func (b *builtins) inspectItem(it listItem, o *inspectOpts) string {
	return b.inspectValue(it.value, *o)
}

// inspectList is loupe's inspectList, including its look-ahead truncation
// with "…(n)" markers.
func (b *builtins) inspectList(list []listItem, o *inspectOpts, item itemInspector) string {
	const sep = ", "
	size := len(list)
	if size == 0 {
		return ""
	}
	original := o.truncate
	output, peek, truncated := "", "", ""
	outLen := 0
	for i := 0; i < size; i++ {
		last := i+1 == size
		secondToLast := i+2 == size
		truncated = truncator + "(" + itoa(size-i) + ")"
		s := 0
		if !last {
			s = len(sep)
		}
		o.truncate = original - outLen - s
		str := peek
		if str == "" {
			str = item(list[i], o)
			if !last {
				str += sep
			}
		}
		nextLength := outLen + collection.UTF16Len(str)
		truncatedLength := nextLength + collection.UTF16Len(truncated)
		if last && nextLength > original && outLen+collection.UTF16Len(truncated) <= original {
			break
		}
		if !last && !secondToLast && truncatedLength > original {
			break
		}
		peek = ""
		if !last {
			peek = item(list[i+1], o)
			if !secondToLast {
				peek += sep
			}
		}
		if !last && secondToLast && truncatedLength > original && nextLength+collection.UTF16Len(peek) > original {
			break
		}
		output += str
		outLen = nextLength
		if !last && !secondToLast && nextLength+collection.UTF16Len(peek) >= original {
			truncated = truncator + "(" + itoa(size-i-1) + ")"
			break
		}
		truncated = ""
	}
	return output + truncated
}

var simpleKey = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

// quoteComplexKey renders an object key as loupe does: bare when it is an
// identifier, otherwise JSON-quoted with single quotes.
func quoteComplexKey(key string) string {
	if simpleKey.MatchString(key) {
		return key
	}
	j, _ := json.Marshal(key)
	s := string(j)
	// encoding/json escapes <, > and & for HTML; JSON.stringify does not.
	s = strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&", `\u2028`, "\u2028", `\u2029`, "\u2029").Replace(s)
	s = strings.ReplaceAll(s, "'", `\'`)
	s = strings.ReplaceAll(s, `\"`, `"`)
	return "'" + s[1:len(s)-1] + "'"
}

// inspectProperty is loupe's inspectProperty for [key, value] pairs.
func (b *builtins) inspectProperty(it listItem, o *inspectOpts) string {
	o.truncate -= 2
	var key string
	switch {
	case goja.IsString(it.key):
		key = quoteComplexKey(it.key.String())
	case goja.IsNumber(it.key):
		key = it.key.String()
	default:
		key = "[" + b.inspectValue(it.key, *o) + "]"
	}
	o.truncate -= collection.UTF16Len(key)
	return key + ": " + b.inspectValue(it.value, *o)
}

func (b *builtins) arrayItems(obj *goja.Object) []listItem {
	n := int(b.getStr(obj, "length").ToInteger())
	items := make([]listItem, n)
	for i := range items {
		items[i].value = b.getStr(obj, itoa(i))
	}
	return items
}

func (b *builtins) propertyItems(obj *goja.Object, keys []string) []listItem {
	items := make([]listItem, len(keys))
	for i, k := range keys {
		items[i] = listItem{key: b.vm.ToValue(k), value: b.getStr(obj, k)}
	}
	return items
}

// arrayKeys is an array-like's length and the keys its own properties
// have beyond the indexes.
func (b *builtins) arrayKeys(obj *goja.Object) (length int, nonIndex []string) {
	length = int(b.getStr(obj, "length").ToInteger())
	if keys := obj.Keys(); len(keys) > length {
		nonIndex = keys[length:]
	}
	return length, nonIndex
}

func (b *builtins) inspectArray(obj *goja.Object, o *inspectOpts) string {
	length, nonIndex := b.arrayKeys(obj)
	if length == 0 && len(nonIndex) == 0 {
		return "[]"
	}
	o.truncate -= 4
	list := b.inspectList(b.arrayItems(obj), o, b.inspectItem)
	o.truncate -= collection.UTF16Len(list)
	props := ""
	if len(nonIndex) > 0 {
		props = b.inspectList(b.propertyItems(obj, nonIndex), o, b.inspectProperty)
	}
	if props != "" {
		return "[ " + list + ", " + props + " ]"
	}
	return "[ " + list + " ]"
}

func (b *builtins) inspectObject(obj *goja.Object, o *inspectOpts) string {
	names := obj.GetOwnPropertyNames()
	syms := obj.Symbols()
	if len(names) == 0 && len(syms) == 0 {
		return "{}"
	}
	o.truncate -= 4
	for _, s := range *o.seen {
		if s == obj {
			return "[Circular]"
		}
	}
	*o.seen = append(*o.seen, obj)
	props := b.inspectList(b.propertyItems(obj, names), o, b.inspectProperty)
	symItems := make([]listItem, len(syms))
	for i, s := range syms {
		symItems[i] = listItem{key: s, value: orUndefined(obj.GetSymbol(s))}
	}
	symbols := b.inspectList(symItems, o, b.inspectProperty)
	*o.seen = (*o.seen)[:len(*o.seen)-1]
	sep := ""
	if props != "" && symbols != "" {
		sep = ", "
	}
	return "{ " + props + sep + symbols + " }"
}

func (b *builtins) inspectClass(obj *goja.Object, ctor goja.Value, o *inspectOpts) string {
	name := ""
	if tag := obj.GetSymbol(goja.SymToStringTag); tag != nil && tag.ToBoolean() {
		name = tag.String()
	}
	if name == "" {
		name, _ = funcName(ctor)
	}
	if name == "" || name == "_class" {
		name = "<Anonymous Class>"
	}
	o.truncate -= collection.UTF16Len(name)
	return name + b.inspectObject(obj, o)
}

var errorKeys = map[string]bool{
	"stack": true, "line": true, "column": true, "name": true, "message": true,
	"fileName": true, "lineNumber": true, "columnNumber": true, "number": true, "description": true,
}

func (b *builtins) inspectError(obj *goja.Object, o *inspectOpts) string {
	var props []string
	for _, k := range obj.GetOwnPropertyNames() {
		if !errorKeys[k] {
			props = append(props, k)
		}
	}
	name := b.getStr(obj, "name").String()
	o.truncate -= collection.UTF16Len(name)
	message := ""
	if m := b.getStr(obj, "message"); goja.IsString(m) {
		message = truncate(m.String(), o.truncate)
	} else {
		props = append([]string{"message"}, props...)
	}
	if message != "" {
		message = ": " + message
	}
	o.truncate -= collection.UTF16Len(message) + 5
	contents := b.inspectList(b.propertyItems(obj, props), o, b.inspectProperty)
	if contents != "" {
		return name + message + " { " + contents + " }"
	}
	return name + message
}

func (b *builtins) inspectMap(obj *goja.Object, o *inspectOpts) string {
	// loupe compares size-1 with 0, so a one-entry Map prints as Map{}.
	if b.getStr(obj, "size").ToInteger()-1 <= 0 {
		return "Map{}"
	}
	o.truncate -= 7
	var items []listItem
	b.forEachEntry(obj, true, func(k, v goja.Value) { items = append(items, listItem{key: k, value: v}) })
	return "Map{ " + b.inspectList(items, o, b.inspectMapEntry) + " }"
}

func (b *builtins) inspectMapEntry(it listItem, o *inspectOpts) string {
	o.truncate -= 4
	key := b.inspectValue(it.key, *o)
	o.truncate -= collection.UTF16Len(key)
	return key + " => " + b.inspectValue(it.value, *o)
}

func (b *builtins) inspectSet(obj *goja.Object, o *inspectOpts) string {
	if b.getStr(obj, "size").ToInteger() == 0 {
		return "Set{}"
	}
	o.truncate -= 7
	var items []listItem
	b.forEachEntry(obj, false, func(_, v goja.Value) { items = append(items, listItem{value: v}) })
	return "Set{ " + b.inspectList(items, o, b.inspectItem) + " }"
}

func (b *builtins) inspectTypedArray(obj *goja.Object, name string, o *inspectOpts) string {
	o.truncate -= collection.UTF16Len(name) + 4
	length, nonIndex := b.arrayKeys(obj)
	if length == 0 && len(nonIndex) == 0 {
		return name + "[]"
	}
	output := ""
	for i := 0; i < length; i++ {
		v := b.getStr(obj, itoa(i))
		s := truncate(v.String(), o.truncate)
		if i != length-1 {
			s += ", "
		}
		o.truncate -= collection.UTF16Len(s)
		if v.ToFloat() != float64(length) && o.truncate <= 3 {
			output += truncator + "(" + numberString(b.vm.ToValue(float64(length)-v.ToFloat()+1)) + ")"
			break
		}
		output += s
	}
	props := ""
	if len(nonIndex) > 0 {
		props = b.inspectList(b.propertyItems(obj, nonIndex), o, b.inspectProperty)
	}
	if props != "" {
		return name + "[ " + output + ", " + props + " ]"
	}
	return name + "[ " + output + " ]"
}

func itoa(i int) string {
	const digits = "0123456789"
	if i >= 0 && i < 10 {
		return digits[i : i+1]
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var buf [20]byte
	p := len(buf)
	for i > 0 {
		p--
		buf[p] = digits[i%10]
		i /= 10
	}
	if neg {
		p--
		buf[p] = '-'
	}
	return string(buf[p:])
}
