package chai

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
)

// truncateThreshold is chai.config.truncateThreshold as postman-sandbox
// leaves it.
const truncateThreshold = 40

// inspectOpts is loupe's options object. loupe copies it on every inspect()
// call (normaliseOptions) but its helpers mutate the caller's copy, and the
// exact truncation points depend on those mutations, so the same sharing is
// kept: inspect takes opts by value, helpers take a pointer.
type inspectOpts struct {
	truncate int
	seen     *[]*goja.Object
	depth    int // nesting, to fail like V8 on self-containing arrays
}

// maxNesting bounds the Go recursion of inspect and deep equality. loupe
// only detects cycles through plain objects, so a self-containing array
// overflows V8's stack; past this depth we throw the same RangeError
// instead of exhausting the Go stack.
const maxNesting = 2000

func (b *builtins) stackOverflow() *goja.Object {
	ctor := b.vm.Get("RangeError").(*goja.Object)
	o, err := b.vm.New(ctor, b.vm.ToValue("Maximum call stack size exceeded"))
	if err != nil {
		panic(err)
	}
	return o
}

// Inspect renders v as chai's utils.inspect does in messages (loupe with
// truncation at 40 characters), e.g. 'demo', [ 1, 2 ], { a: 1 }.
func (e *Expect) Inspect(v goja.Value) string {
	return e.b.inspect(v)
}

// ObjDisplay renders v as chai's objDisplay does for #{this}, #{exp} and
// #{act}: like Inspect, but long arrays, objects and functions are
// summarised, e.g. [ Array(5) ] or { Object (a, b, ...) }.
func (e *Expect) ObjDisplay(v goja.Value) string {
	return e.b.objDisplay(v)
}

func (b *builtins) inspect(v goja.Value) string {
	var seen []*goja.Object
	return b.inspectValue(orUndefined(v), inspectOpts{truncate: truncateThreshold, seen: &seen})
}

func (b *builtins) objDisplay(v goja.Value) string {
	v = orUndefined(v)
	str := b.inspect(v)
	if collection.UTF16Len(str) < truncateThreshold {
		return str
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return str
	}
	switch b.classOf(o) {
	case "Function":
		if name, _ := funcName(o); name != "" {
			return "[Function: " + name + "]"
		}
		return "[Function]"
	case "Array":
		return "[ Array(" + b.getStr(o, "length").String() + ") ]"
	case "Object":
		keys := o.Keys()
		if len(keys) > 2 {
			return "{ Object (" + keys[0] + ", " + keys[1] + ", ...) }"
		}
		return "{ Object (" + strings.Join(keys, ", ") + ") }"
	}
	return str
}

// inspectValue is loupe's inspect().
func (b *builtins) inspectValue(v goja.Value, o inspectOpts) string {
	if o.depth++; o.depth > maxNesting {
		panic(b.stackOverflow())
	}
	var obj *goja.Object
	kind := typeOf(v)
	switch kind {
	case "undefined":
		return "undefined"
	case "object":
		if goja.IsNull(v) {
			return "null"
		}
		obj = v.(*goja.Object)
		kind = b.classOf(obj)
	case "function":
		return inspectFunction(v, &o)
	case "boolean":
		return v.String()
	case "number":
		return inspectNumber(v, &o)
	case "bigint":
		s := truncate(v.String(), o.truncate-1)
		if s != truncator {
			s += "n"
		}
		return s
	case "string":
		return inspectString(v.String(), &o)
	case "symbol":
		return inspectSymbol(v)
	}
	switch kind {
	case "Boolean":
		return obj.String()
	case "Number":
		return truncate(obj.String(), o.truncate)
	case "String":
		return inspectString(obj.String(), &o)
	case "Function":
		return inspectFunction(obj, &o)
	case "Symbol":
		return inspectSymbol(obj.Get("description"))
	case "Array":
		return b.inspectArray(obj, &o)
	case "Date":
		return b.inspectDate(obj, &o)
	case "Map":
		return b.inspectMap(obj, &o)
	case "Set":
		return b.inspectSet(obj, &o)
	case "RegExp":
		return inspectRegExp(obj, &o)
	case "Promise":
		return "Promise{…}"
	case "WeakSet":
		return "WeakSet{…}"
	case "WeakMap":
		return "WeakMap{…}"
	case "Arguments":
		if n := b.getStr(obj, "length").ToInteger(); n == 0 {
			return "Arguments[]"
		}
		o.truncate -= 13
		return "Arguments[ " + b.inspectList(b.arrayItems(obj), &o, b.inspectItem) + " ]"
	case "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array":
		return b.inspectTypedArray(obj, kind, &o)
	case "Generator", "DataView", "ArrayBuffer":
		return ""
	case "Error":
		return b.inspectError(obj, &o)
	}
	if out, ok := b.inspectCustom(obj, o); ok {
		return out
	}
	proto := obj.Prototype()
	if proto == nil || proto == b.objectProto {
		return b.inspectObject(obj, &o)
	}
	if ctor := obj.Get("constructor"); ctor != nil {
		if ctor != goja.Value(b.objectCtor) {
			return b.inspectClass(obj, ctor, &o)
		}
	}
	return b.inspectObject(obj, &o)
}

// inspectCustom honours a value's own inspect() or [Symbol.for('chai/inspect')]().
func (b *builtins) inspectCustom(obj *goja.Object, o inspectOpts) (string, bool) {
	var out goja.Value
	if f, ok := goja.AssertFunction(obj.GetSymbol(b.chaiInspect)); ok {
		out = b.call(f, obj, b.optionsObject(o))
	} else if f, ok := goja.AssertFunction(obj.Get("inspect")); ok {
		out = b.call(f, obj, b.vm.ToValue(2), b.optionsObject(o))
	} else {
		return "", false
	}
	if out == nil || !out.ToBoolean() {
		return "", false
	}
	if goja.IsString(out) {
		return out.String(), true
	}
	return b.inspectValue(out, o), true
}

func (b *builtins) optionsObject(o inspectOpts) goja.Value {
	opts := b.vm.NewObject()
	_ = opts.Set("depth", 2)
	_ = opts.Set("truncate", o.truncate)
	_ = opts.Set("colors", false)
	return opts
}

const truncator = "…"

// truncate is loupe's truncate(string, length) with the "…" tail.
func truncate(s string, length int) string {
	n := collection.UTF16Len(s)
	if 1 > length && n > 1 {
		return truncator
	}
	if n > length && n > 1 {
		return jsSlice(s, length-1) + truncator
	}
	return s
}

func inspectNumber(v goja.Value, o *inspectOpts) string {
	f := v.ToFloat()
	switch {
	case f != f:
		return "NaN"
	case f == 0:
		if 1/f > 0 {
			return "+0"
		}
		return "-0"
	}
	return truncate(v.String(), o.truncate)
}

func inspectFunction(v goja.Value, o *inspectOpts) string {
	name, _ := funcName(v)
	if name == "" {
		return "[Function]"
	}
	return "[Function " + truncate(name, o.truncate-11) + "]"
}

func inspectSymbol(v goja.Value) string {
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")"
	}
	if v == nil || !v.ToBoolean() {
		return "Symbol()"
	}
	return "Symbol(" + v.String() + ")"
}

// stringEscape reports whether loupe escapes r inside a quoted string.
func stringEscape(r rune) bool {
	switch {
	case r == '\'', r <= 0x1f, r >= 0x7f && r <= 0x9f, r == 0xad,
		r >= 0x600 && r <= 0x604, r == 0x70f, r == 0x17b4, r == 0x17b5,
		r >= 0x200c && r <= 0x200f, r >= 0x2028 && r <= 0x202f,
		r >= 0x2060 && r <= 0x206f, r == 0xfeff, r >= 0xfff0 && r <= 0xffff:
		return true
	}
	return false
}

func inspectString(s string, o *inspectOpts) string {
	if strings.IndexFunc(s, stringEscape) >= 0 {
		var sb strings.Builder
		for _, r := range s {
			if !stringEscape(r) {
				sb.WriteRune(r)
				continue
			}
			switch r {
			case '\b':
				sb.WriteString(`\b`)
			case '\t':
				sb.WriteString(`\t`)
			case '\n':
				sb.WriteString(`\n`)
			case '\f':
				sb.WriteString(`\f`)
			case '\r':
				sb.WriteString(`\r`)
			case '\'':
				sb.WriteString(`\'`)
			default:
				h := strconv.FormatInt(int64(r), 16)
				sb.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
			}
		}
		s = sb.String()
	}
	return "'" + truncate(s, o.truncate-2) + "'"
}

func inspectRegExp(obj *goja.Object, o *inspectOpts) string {
	// loupe takes the flags as value.toString().split('/')[2], which is
	// wrong for sources containing "/"; keep the quirk.
	flags := ""
	if parts := strings.Split(obj.String(), "/"); len(parts) > 2 {
		flags = parts[2]
	}
	source := ""
	if s := obj.Get("source"); s != nil {
		source = s.String()
	}
	return "/" + truncate(source, o.truncate-(2+collection.UTF16Len(flags))) + "/" + flags
}

func (b *builtins) inspectDate(obj *goja.Object, o *inspectOpts) string {
	j := b.call(b.dateToJSON, obj)
	if goja.IsNull(j) {
		return "Invalid Date"
	}
	date, clock, _ := strings.Cut(j.String(), "T")
	return date + "T" + truncate(clock, o.truncate-collection.UTF16Len(date)-1)
}
