// Package csvparse is require('csv-parse/lib/sync'), the one csv-parse
// entry postman-sandbox 4.7.1 exposes: csv-parse 1.2.4's synchronous
// parser, ported with its options (delimiter, rowDelimiter, quote, escape,
// columns, comment, objname, trim/ltrim/rtrim, auto_parse,
// auto_parse_date, relax, relax_column_count, skip_empty_lines,
// skip_lines_with_empty_values, from, to, raw, max_limit_on_data_read),
// its two-pass reading and its error messages.
package csvparse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func init() { modules.Register("csv-parse/lib/sync", load) }

func load(vm *goja.Runtime, module *goja.Object) {
	fn := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		return parseSync(vm, c.Argument(0), c.Argument(1))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("length", vm.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = module.Set("exports", fn)
}

type options struct {
	delimiter, quote, escape, comment []rune
	rowDelimiter                      [][]rune
	columns                           goja.Value // nil, true, an array or a function
	objname                           goja.Value
	ltrim, rtrim                      bool
	autoParse, autoParseDate          bool
	relax, relaxColumnCount           bool
	skipEmptyLines, skipEmptyValues   bool
	raw                               bool
	maxLimit                          int
	from, to                          goja.Value
}

func readOptions(vm *goja.Runtime, o *goja.Object) *options {
	get := func(k string) goja.Value {
		if o == nil {
			return nil
		}
		v := o.Get(k)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		return v
	}
	b := func(k string) bool { v := get(k); return v != nil && v.ToBoolean() }
	str := func(k, def string) []rune {
		if v := get(k); v != nil {
			return []rune(v.String())
		}
		return []rune(def)
	}
	opts := &options{delimiter: str("delimiter", ","), escape: str("escape", `"`), comment: str("comment", ""),
		columns: get("columns"), objname: get("objname"),
		ltrim: b("trim") || b("ltrim"), rtrim: b("trim") || b("rtrim"),
		autoParse: b("auto_parse"), autoParseDate: b("auto_parse_date"), relax: b("relax"),
		relaxColumnCount: b("relax_column_count"), skipEmptyLines: b("skip_empty_lines"),
		skipEmptyValues: b("skip_lines_with_empty_values"), raw: b("raw"), maxLimit: 128000,
		from: get("from"), to: get("to")}
	if o != nil {
		if q := o.Get("quote"); q != nil && !goja.IsUndefined(q) && !q.ToBoolean() {
			opts.quote = nil
		} else if q == nil || goja.IsUndefined(q) {
			opts.quote = []rune(`"`)
		} else {
			opts.quote = []rune(q.String())
		}
	} else {
		opts.quote = []rune(`"`)
	}
	if v := get("max_limit_on_data_read"); v != nil {
		opts.maxLimit = int(v.ToInteger())
	}
	if rd := get("rowDelimiter"); rd != nil {
		if ro, ok := rd.(*goja.Object); ok && ro.ClassName() == "Array" {
			for _, k := range ro.Keys() {
				opts.rowDelimiter = append(opts.rowDelimiter, []rune(ro.Get(k).String()))
			}
		} else {
			opts.rowDelimiter = [][]rune{[]rune(rd.String())}
		}
	}
	return opts
}

// parser is csv-parse's Parser state.
type parser struct {
	vm                  *goja.Runtime
	o                   *options
	lines, count        int
	quoting, commenting bool
	field               *string
	nextChar            string
	closingQuote        int
	line                []goja.Value
	rawBuf              string
	buf                 []rune
	rdLen               int
	lineLength          int
	push                func(goja.Value)
}

func (p *parser) fail(msg string) goja.Value {
	e, _ := p.vm.New(p.vm.Get("Error"), p.vm.ToValue(msg))
	return e
}

func parseSync(vm *goja.Runtime, data, optsV goja.Value) goja.Value {
	oo, _ := optsV.(*goja.Object)
	o := readOptions(vm, oo)
	var records *goja.Object
	if o.objname != nil && o.objname.ToBoolean() {
		records = vm.NewObject()
	} else {
		records = vm.NewArray()
	}
	p := &parser{vm: vm, o: o}
	for _, rd := range o.rowDelimiter {
		p.rdLen = max(p.rdLen, len(rd))
	}
	p.push = func(rec goja.Value) {
		if o.objname != nil && o.objname.ToBoolean() {
			pair := rec.(*goja.Object)
			_ = records.Set(pair.Get("0").String(), pair.Get("1"))
			return
		}
		n := int64(modules.Length(records))
		_ = records.Set(strconv.FormatInt(n, 10), rec)
	}
	// csv-parse loops forever on an empty delimiter; a Go loop cannot be
	// interrupted by the script timeout, so refuse it instead.
	if len(o.delimiter) == 0 {
		panic(p.fail("Invalid option delimiter: an empty delimiter never advances"))
	}
	for _, rd := range o.rowDelimiter {
		if len(rd) == 0 {
			panic(p.fail("Invalid option rowDelimiter: an empty row delimiter never advances"))
		}
	}
	text := ""
	if data != nil && !goja.IsUndefined(data) && !goja.IsNull(data) {
		text = data.String()
	}
	if err := p.write([]rune(text), false); err != nil {
		panic(err)
	}
	if err := p.write(nil, true); err != nil {
		panic(err)
	}
	if p.quoting {
		panic(p.fail("Quoted field not terminated at line " + strconv.Itoa(p.lines+1)))
	}
	if len(p.line) > 0 {
		// csv-parse's flush hands this error to a callback the sync API
		// ignores: a bad last line is dropped without a word.
		_ = p.pushLine(p.line)
	}
	return records
}

var isInt = regexp.MustCompile(`^(\-|\+)?([1-9]+[0-9]*)$`)

func (p *parser) autoParse(s string) goja.Value {
	vm := p.vm
	v := vm.ToValue(s)
	if !p.o.autoParse {
		return v
	}
	call := func(name string, args ...goja.Value) goja.Value {
		return modules.Call(vm, vm.Get(name), nil, args...)
	}
	if isInt.MatchString(s) {
		return call("parseInt", v)
	}
	pf := call("parseFloat", v)
	if v.ToFloat()-pf.ToFloat()+1 >= 0 {
		return pf
	}
	if p.o.autoParseDate {
		dateCtor := vm.Get("Date").(*goja.Object)
		m := modules.Method(vm, dateCtor, "parse", v)
		if !isNaN(m) {
			d, err := vm.New(dateCtor, m)
			if err == nil {
				return d
			}
		}
	}
	return v
}

func isNaN(v goja.Value) bool { f := v.ToFloat(); return f != f }

func (p *parser) pushLine(line []goja.Value) goja.Value {
	vm, o := p.vm, p.o
	if o.skipEmptyValues {
		var sb strings.Builder
		for _, f := range line {
			sb.WriteString(f.String())
		}
		if strings.TrimSpace(sb.String()) == "" {
			return nil
		}
	}
	if o.columns != nil {
		if o.columns.StrictEquals(vm.ToValue(true)) {
			o.columns = vm.NewArray(toAny(line)...)
			return nil
		}
		if fn, ok := goja.AssertFunction(o.columns); ok {
			cols, err := fn(goja.Null(), vm.NewArray(toAny(line)...))
			if err != nil {
				if ex, ok := err.(*goja.Exception); ok {
					return ex.Value()
				}
				panic(err)
			}
			o.columns = cols
			return nil
		}
	}
	cols, _ := o.columns.(*goja.Object)
	if p.lineLength == 0 && len(line) > 0 {
		if cols != nil {
			p.lineLength = modules.Length(cols)
		} else {
			p.lineLength = len(line)
		}
	}
	switch {
	case len(line) == 1 && line[0].String() == "" && isStr(line[0]):
	case len(line) != p.lineLength:
		if o.relaxColumnCount {
			p.count++
		} else if o.columns != nil {
			return p.fail("Number of columns on line " + strconv.Itoa(p.lines) + " does not match header")
		} else {
			return p.fail("Number of columns is inconsistent on line " + strconv.Itoa(p.lines))
		}
	default:
		p.count++
	}
	var row goja.Value
	if cols != nil {
		obj := vm.NewObject()
		for i, f := range line {
			name := cols.Get(strconv.Itoa(i))
			if name != nil && name.StrictEquals(vm.ToValue(false)) {
				continue
			}
			key := "undefined"
			if name != nil {
				key = name.String()
			}
			_ = obj.Set(key, f)
		}
		row = obj
		if o.objname != nil && o.objname.ToBoolean() {
			row = vm.NewArray(modules.OrUndefined(obj.Get(o.objname.String())), obj)
		}
	} else {
		row = vm.NewArray(toAny(line)...)
	}
	if o.from != nil && float64(p.count) < o.from.ToFloat() {
		return nil
	}
	if o.to != nil && float64(p.count) > o.to.ToFloat() {
		return nil
	}
	if o.raw {
		r := vm.NewObject()
		_ = r.Set("raw", p.rawBuf)
		_ = r.Set("row", row)
		p.rawBuf = ""
		row = r
	}
	p.push(row)
	return nil
}

func isStr(v goja.Value) bool { _, ok := v.Export().(string); return ok }

func toAny(vals []goja.Value) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}
