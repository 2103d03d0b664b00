package scripts

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// Newman's cli reporter inspects each console argument with these
// util.inspect options (no TTY: breakLength 60 - 16).
const (
	inspectDepth          = 25
	inspectMaxArrayLength = 100
	inspectBreakLength    = 44
	inspectCompact        = 3
)

// inspector renders a value as Node 20's util.inspect does after
// postman-sandbox has carried it out of the sandbox with
// teleport-javascript: functions become '[Function: name]' strings, errors
// plain {type, name, message} objects, -0 becomes 0, and only enumerable
// own properties (or what toJSON returns) remain.
type inspector struct {
	vm           *goja.Runtime
	indentation  int
	currentDepth int
	seen         []*goja.Object
}

// inspect renders v for the cli reporter.
func (s *Sandbox) inspect(v goja.Value) string {
	in := &inspector{vm: s.vm}
	return in.format(v, 0, true)
}

var identKey = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

func (in *inspector) format(v goja.Value, depth int, top bool) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return in.primitive(v)
	}
	if p, ok := obj.Export().(goja.Proxy); ok {
		// Reading through the proxy fires a legacy global's deprecation
		// warning, as teleport-javascript's reads do in postman-sandbox.
		obj.Get("toJSON")
		obj = p.Target()
	}
	if _, isFn := goja.AssertFunction(obj); isFn {
		return in.quote(functionLabel(obj))
	}
	for _, o := range in.seen {
		if o == obj {
			return "[Circular *1]"
		}
	}
	switch obj.ClassName() {
	case "Date":
		iso, _ := goja.AssertFunction(obj.Get("toISOString"))
		if r, err := iso(obj); err == nil {
			return r.String()
		}
		return "Invalid Date"
	case "RegExp":
		return obj.String()
	case "Error":
		e := in.vm.NewObject()
		must(e.Set("type", "Error"))
		must(e.Set("name", obj.Get("name")))
		must(e.Set("message", obj.Get("message")))
		obj = e
	case "Symbol":
		return obj.String()
	}
	if toJSON, ok := goja.AssertFunction(obj.Get("toJSON")); ok {
		r, err := toJSON(obj)
		if err == nil {
			if ro, isObj := r.(*goja.Object); !isObj || ro != obj {
				return in.format(r, depth, top)
			}
		}
	}
	if depth > inspectDepth {
		if obj.ClassName() == "Array" {
			return "[Array]"
		}
		return "[Object]"
	}
	in.seen = append(in.seen, obj)
	defer func() { in.seen = in.seen[:len(in.seen)-1] }()
	in.currentDepth = depth

	var output []string
	braces := [2]string{"{", "}"}
	isArray := false
	base := ""
	switch cls := obj.ClassName(); {
	case cls == "Array":
		isArray = true
		braces = [2]string{"[", "]"}
		output = in.arrayEntries(obj, depth)
	case isMapOrSet(obj, "Map"):
		n := modules.OrUndefined(obj.Get("size")).ToInteger()
		braces[0] = "Map(" + strconv.FormatInt(n, 10) + ") {"
		in.iterate(obj, func(entry goja.Value) {
			entry = modules.OrUndefined(entry)
			pair := entry.(*goja.Object)
			in.indentation += 2
			k := in.format(pair.Get("0"), depth+1, false)
			val := in.format(pair.Get("1"), depth+1, false)
			in.indentation -= 2
			output = append(output, k+" => "+val)
		}, "entries")
	case isMapOrSet(obj, "Set"):
		n := modules.OrUndefined(obj.Get("size")).ToInteger()
		braces[0] = "Set(" + strconv.FormatInt(n, 10) + ") {"
		in.iterate(obj, func(val goja.Value) {
			val = modules.OrUndefined(val)
			in.indentation += 2
			output = append(output, in.format(val, depth+1, false))
			in.indentation -= 2
		}, "values")
	default:
		for _, k := range obj.Keys() {
			in.indentation += 2
			val := in.format(obj.Get(k), depth+1, false)
			in.indentation -= 2
			output = append(output, in.key(k)+": "+val)
		}
	}
	if len(output) == 0 {
		if isArray {
			return "[]"
		}
		if braces[0] != "{" {
			return braces[0] + "}"
		}
		return "{}"
	}
	var arr *goja.Object
	if isArray {
		arr = obj
	}
	return in.reduce(output, base, braces, isArray, depth, arr)
}

func isMapOrSet(obj *goja.Object, ctor string) bool {
	c, ok := obj.Get("constructor").(*goja.Object)
	if !ok {
		return false
	}
	return c.Get("name") != nil && c.Get("name").String() == ctor && obj.Get("size") != nil
}

func (in *inspector) iterate(obj *goja.Object, each func(goja.Value), method string) {
	fn, ok := goja.AssertFunction(obj.Get(method))
	if !ok {
		return
	}
	it, err := fn(obj)
	if err != nil {
		return
	}
	ito := it.(*goja.Object)
	next, _ := goja.AssertFunction(ito.Get("next"))
	for {
		r, err := next(ito)
		if err != nil {
			return
		}
		ro := r.(*goja.Object)
		if truthy(ro.Get("done")) {
			return
		}
		each(ro.Get("value"))
	}
}

func functionLabel(fn *goja.Object) string {
	name := ""
	if n := fn.Get("name"); n != nil {
		name = n.String()
	}
	kind := "Function"
	if c, ok := fn.Get("constructor").(*goja.Object); ok && c.Get("name") != nil && c.Get("name").String() != "" {
		kind = c.Get("name").String()
	}
	if name == "" {
		return "[" + kind + "]"
	}
	return "[" + kind + ": " + name + "]"
}

func (in *inspector) arrayEntries(arr *goja.Object, depth int) []string {
	n := int(modules.OrUndefined(arr.Get("length")).ToInteger())
	shown := min(n, inspectMaxArrayLength)
	out := make([]string, 0, shown+1)
	for i := 0; i < shown; i++ {
		in.indentation += 2
		out = append(out, in.format(arr.Get(strconv.Itoa(i)), depth+1, false))
		in.indentation -= 2
	}
	if n > shown {
		rest := n - shown
		s := "s"
		if rest == 1 {
			s = ""
		}
		out = append(out, "... "+strconv.Itoa(rest)+" more item"+s)
	}
	return out
}

func (in *inspector) key(k string) string {
	if identKey.MatchString(k) {
		return k
	}
	return in.quote(k)
}

func (in *inspector) primitive(v goja.Value) string {
	switch x := v.Export().(type) {
	case string:
		return in.str(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "Infinity"
		case math.IsInf(x, -1):
			return "-Infinity"
		case x == 0:
			return "0"
		}
		return v.String()
	case bool:
		return strconv.FormatBool(x)
	}
	return v.String()
}

// str renders a string, split after its newlines when it is long, as
// util.inspect does.
func (in *inspector) str(s string) string {
	if len(s) > 16 && len(s) > inspectBreakLength-in.indentation-4 && strings.Contains(s[:len(s)-1], "\n") {
		var parts []string
		rest := s
		for rest != "" {
			i := strings.IndexByte(rest, '\n')
			if i < 0 {
				parts = append(parts, in.quote(rest))
				break
			}
			parts = append(parts, in.quote(rest[:i+1]))
			rest = rest[i+1:]
		}
		return strings.Join(parts, " +\n"+strings.Repeat(" ", in.indentation+2))
	}
	return in.quote(s)
}

// quote picks util.inspect's quote: single, else double, else backtick.
func (in *inspector) quote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		switch {
		case strings.IndexByte(s, '"') < 0:
			q = '"'
		case strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${"):
			q = '`'
		}
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\v':
			b.WriteString(`\v`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + strings.ToUpper(leftPad(strconv.FormatInt(int64(r), 16), 2)))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func leftPad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// reduce joins the entries on one line when they fit, else one per line,
// grouping long arrays of short entries into columns first.
func (in *inspector) reduce(output []string, base string, braces [2]string, isArray bool, depth int, arr *goja.Object) string {
	entries := len(output)
	if isArray && entries > 6 {
		output = in.group(output, arr)
	}
	if in.currentDepth-depth < inspectCompact && entries == len(output) {
		start := len(output) + in.indentation + len(braces[0]) + len(base) + 10
		if in.belowBreakLength(output, start, base) {
			joined := strings.Join(output, ", ")
			if !strings.Contains(joined, "\n") {
				prefix := ""
				if base != "" {
					prefix = base + " "
				}
				return prefix + braces[0] + " " + joined + " " + braces[1]
			}
		}
	}
	ind := "\n" + strings.Repeat(" ", in.indentation)
	prefix := ""
	if base != "" {
		prefix = base + " "
	}
	return prefix + braces[0] + ind + "  " + strings.Join(output, ","+ind+"  ") + ind + braces[1]
}

func (in *inspector) belowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > inspectBreakLength {
		return false
	}
	for _, o := range output {
		total += len([]rune(o))
		if total > inspectBreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// group is util.inspect's groupArrayElements.
func (in *inspector) group(output []string, arr *goja.Object) []string {
	total, maxLen := 0, 0
	outLen := len(output)
	if n := int(modules.OrUndefined(arr.Get("length")).ToInteger()); n > inspectMaxArrayLength {
		outLen--
	}
	const sep = 2
	dataLen := make([]int, outLen)
	for i := 0; i < outLen; i++ {
		l := len([]rune(output[i]))
		dataLen[i] = l
		total += l + sep
		maxLen = max(maxLen, l)
	}
	actualMax := maxLen + sep
	if !(actualMax*3+in.indentation < inspectBreakLength && (float64(total)/float64(actualMax) > 5 || maxLen <= 6)) {
		return output
	}
	averageBias := math.Sqrt(float64(actualMax) - float64(total)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := min(
		int(math.Round(math.Sqrt(2.5*biasedMax*float64(outLen))/biasedMax)),
		(inspectBreakLength-in.indentation)/actualMax,
		inspectCompact*4,
		15,
	)
	if columns <= 1 {
		return output
	}
	var maxLine []int
	for i := 0; i < columns; i++ {
		l := 0
		for j := i; j < len(output); j += columns {
			if j < outLen && dataLen[j] > l {
				l = dataLen[j]
			}
		}
		maxLine = append(maxLine, l+sep)
	}
	padStart := true
	for i := 0; i < outLen; i++ {
		if !isNumber(arr.Get(strconv.Itoa(i))) {
			padStart = false
			break
		}
	}
	var tmp []string
	for i := 0; i < outLen; i += columns {
		end := min(i+columns, outLen)
		var b strings.Builder
		j := i
		for ; j < end-1; j++ {
			cell := output[j] + ", "
			b.WriteString(pad(cell, maxLine[j-i], padStart))
		}
		if padStart {
			b.WriteString(pad(output[j], maxLine[j-i]-sep, true))
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if outLen < len(output) {
		tmp = append(tmp, output[outLen])
	}
	return tmp
}

func pad(s string, width int, start bool) string {
	n := width - len([]rune(s))
	if n <= 0 {
		return s
	}
	if start {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}
