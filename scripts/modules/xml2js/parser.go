package xml2js

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// options are a Parser's options as read from its options object.
type options struct {
	raw                                     *goja.Object
	attrkey, charkey, childkey              string
	explicitCharkey, trim, normalize        bool
	explicitArray, ignoreAttrs, mergeAttrs  bool
	explicitRoot, xmlns, explicitChildren   bool
	preserveChildrenOrder, charsAsChildren  bool
	includeWhiteChars, strict               bool
	emptyTag                                goja.Value
	validator                               goja.Callable
	attrNameProcessors, attrValueProcessors []goja.Callable
	tagNameProcessors, valueProcessors      []goja.Callable
}

func readOptions(o *goja.Object) *options {
	b := func(k string) bool { v := o.Get(k); return v != nil && v.ToBoolean() }
	s := func(k string) string { return modules.ToString(o.Get(k)) }
	procs := func(k string) []goja.Callable {
		arr, ok := o.Get(k).(*goja.Object)
		if !ok {
			return nil
		}
		var out []goja.Callable
		n := modules.Length(arr)
		for i := 0; i < n; i++ {
			if fn, ok := goja.AssertFunction(arr.Get(itoa(i))); ok {
				out = append(out, fn)
			}
		}
		return out
	}
	opts := &options{raw: o, attrkey: s("attrkey"), charkey: s("charkey"), childkey: s("childkey"),
		explicitCharkey: b("explicitCharkey"), trim: b("trim"), normalize: b("normalize"),
		explicitArray: b("explicitArray"), ignoreAttrs: b("ignoreAttrs"), mergeAttrs: b("mergeAttrs"),
		explicitRoot: b("explicitRoot"), xmlns: b("xmlns"), explicitChildren: b("explicitChildren"),
		preserveChildrenOrder: b("preserveChildrenOrder"), charsAsChildren: b("charsAsChildren"),
		includeWhiteChars: b("includeWhiteChars"), strict: b("strict"), emptyTag: modules.OrUndefined(o.Get("emptyTag")),
		attrNameProcessors: procs("attrNameProcessors"), attrValueProcessors: procs("attrValueProcessors"),
		tagNameProcessors: procs("tagNameProcessors"), valueProcessors: procs("valueProcessors")}
	opts.validator, _ = goja.AssertFunction(o.Get("validator"))
	return opts
}

// builder assembles xml2js's result from sax events, as its Parser does.
type builder struct {
	vm     *goja.Runtime
	o      *options
	stack  []*goja.Object
	result goja.Value
	done   bool
	err    goja.Value // a validator's exception
}

func (b *builder) process(procs []goja.Callable, item goja.Value, key goja.Value) goja.Value {
	for _, fn := range procs {
		v, err := fn(goja.Undefined(), item, modules.OrUndefined(key))
		if err != nil {
			panic(err)
		}
		item = v
	}
	return item
}

func has(o *goja.Object, key string) bool { return o.Get(key) != nil }

// assignOrPush adds a child value: alone or in an array.
func (b *builder) assignOrPush(obj *goja.Object, key string, v goja.Value) {
	if !has(obj, key) {
		if b.o.explicitArray {
			_ = obj.Set(key, b.vm.NewArray(v))
		} else {
			_ = obj.Set(key, v)
		}
		return
	}
	prev := obj.Get(key)
	arr, ok := prev.(*goja.Object)
	if !ok || !isArray(arr) {
		arr = b.vm.NewArray(prev)
		_ = obj.Set(key, arr)
	}
	modules.Method(b.vm, arr, "push", v)
}

func isArray(o *goja.Object) bool { return o.ClassName() == "Array" }

func (b *builder) openTag(name string, attrs []attr) bool {
	vm := b.vm
	obj := vm.NewObject()
	_ = obj.Set(b.o.charkey, "")
	if !b.o.ignoreAttrs {
		for _, a := range attrs {
			if !has(obj, b.o.attrkey) && !b.o.mergeAttrs {
				_ = obj.Set(b.o.attrkey, vm.NewObject())
			}
			val := goja.Value(vm.ToValue(a.value))
			if b.o.attrValueProcessors != nil {
				val = b.process(b.o.attrValueProcessors, val, vm.ToValue(a.name))
			}
			key := goja.Value(vm.ToValue(a.name))
			if b.o.attrNameProcessors != nil {
				key = b.process(b.o.attrNameProcessors, key, nil)
			}
			if b.o.mergeAttrs {
				b.assignOrPush(obj, key.String(), val)
			} else {
				_ = obj.Get(b.o.attrkey).(*goja.Object).Set(key.String(), val)
			}
		}
	}
	tag := goja.Value(vm.ToValue(name))
	if b.o.tagNameProcessors != nil {
		tag = b.process(b.o.tagNameProcessors, tag, nil)
	}
	_ = obj.Set("#name", tag)
	if b.o.xmlns {
		ns := vm.NewObject()
		_ = ns.Set("uri", "")
		local := name
		if i := strings.IndexByte(name, ':'); i >= 0 {
			local = name[i+1:]
		}
		_ = ns.Set("local", local)
		_ = obj.Set(b.o.attrkey+"ns", ns)
	}
	b.stack = append(b.stack, obj)
	return false
}

var (
	blank      = regexp.MustCompile(`^\s*$`)
	multiSpace = regexp.MustCompile(`\s{2,}`)
)

// trimJS is String#trim (JS whitespace includes the BOM and NBSP).
func trimJS(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0xA0, 0xFEFF, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
			return true
		}
		return r >= 0x2000 && r <= 0x200A
	})
}

func (b *builder) closeTag(string) bool {
	vm, o := b.vm, b.o
	obj := b.stack[len(b.stack)-1]
	b.stack = b.stack[:len(b.stack)-1]
	nodeName := obj.Get("#name")
	if !o.explicitChildren || !o.preserveChildrenOrder {
		_ = obj.Delete("#name")
	}
	cdata := false
	if c := obj.Get("cdata"); c != nil && c.StrictEquals(vm.ToValue(true)) {
		cdata = true
		_ = obj.Delete("cdata")
	}
	var s *goja.Object
	if len(b.stack) > 0 {
		s = b.stack[len(b.stack)-1]
	}
	var value goja.Value = obj
	var emptyStr goja.Value = goja.Undefined()
	chars := obj.Get(o.charkey).String()
	if blank.MatchString(chars) && !cdata {
		emptyStr = vm.ToValue(chars)
		_ = obj.Delete(o.charkey)
	} else {
		if o.trim {
			chars = trimJS(chars)
		}
		if o.normalize {
			chars = trimJS(multiSpace.ReplaceAllString(chars, " "))
		}
		var cv goja.Value = vm.ToValue(chars)
		if o.valueProcessors != nil {
			cv = b.process(o.valueProcessors, cv, nodeName)
		}
		_ = obj.Set(o.charkey, cv)
		if len(obj.Keys()) == 1 && has(obj, o.charkey) && !o.explicitCharkey {
			value = cv
		}
	}
	if vo, ok := value.(*goja.Object); ok && len(vo.Keys()) == 0 && !isFunction(vo) {
		if o.emptyTag.StrictEquals(vm.ToValue("")) {
			value = emptyStr
		} else {
			value = o.emptyTag
		}
	}
	if o.validator != nil {
		xpath := "/"
		var names []string
		for _, n := range b.stack {
			names = append(names, modules.ToString(n.Get("#name")))
		}
		xpath += strings.Join(append(names, modules.ToString(nodeName)), "/")
		var prev goja.Value = goja.Undefined()
		if s != nil {
			prev = modules.OrUndefined(s.Get(modules.ToString(nodeName)))
		}
		v, err := o.validator(goja.Undefined(), vm.ToValue(xpath), prev, value)
		if err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				b.err = ex.Value()
				return true
			}
			panic(err)
		}
		value = v
	}
	value = b.explicitChildren(value, s)
	if s != nil {
		b.assignOrPush(s, modules.ToString(nodeName), value)
		return false
	}
	if o.explicitRoot {
		root := vm.NewObject()
		_ = root.Set(modules.ToString(nodeName), value)
		value = root
	}
	b.result, b.done = value, true
	return true
}

func isFunction(o *goja.Object) bool { _, ok := goja.AssertFunction(o); return ok }

func (b *builder) explicitChildren(value goja.Value, s *goja.Object) goja.Value {
	o, vm := b.o, b.vm
	obj, isObj := value.(*goja.Object)
	if !o.explicitChildren || o.mergeAttrs || !isObj {
		return value
	}
	if !o.preserveChildrenOrder {
		node := vm.NewObject()
		if has(obj, o.attrkey) {
			_ = node.Set(o.attrkey, obj.Get(o.attrkey))
			_ = obj.Delete(o.attrkey)
		}
		if !o.charsAsChildren && has(obj, o.charkey) {
			_ = node.Set(o.charkey, obj.Get(o.charkey))
			_ = obj.Delete(o.charkey)
		}
		if len(obj.Keys()) > 0 {
			_ = node.Set(o.childkey, obj)
		}
		return node
	}
	if s == nil {
		return value
	}
	kids, ok := s.Get(o.childkey).(*goja.Object)
	if !ok {
		kids = vm.NewArray()
		_ = s.Set(o.childkey, kids)
	}
	clone := vm.NewObject()
	for _, k := range obj.Keys() {
		_ = clone.Set(k, obj.Get(k))
	}
	modules.Method(vm, kids, "push", clone)
	_ = obj.Delete("#name")
	if len(obj.Keys()) == 1 && has(obj, o.charkey) && !o.explicitCharkey {
		return obj.Get(o.charkey)
	}
	return value
}

func (b *builder) text(t string) {
	if len(b.stack) == 0 {
		return
	}
	s := b.stack[len(b.stack)-1]
	o := b.o
	_ = s.Set(o.charkey, s.Get(o.charkey).String()+t)
	if o.explicitChildren && o.preserveChildrenOrder && o.charsAsChildren &&
		(o.includeWhiteChars || trimJS(strings.ReplaceAll(t, `\n`, "")) != "") {
		kids, ok := s.Get(o.childkey).(*goja.Object)
		if !ok {
			kids = b.vm.NewArray()
			_ = s.Set(o.childkey, kids)
		}
		child := b.vm.NewObject()
		_ = child.Set("#name", "__text__")
		if o.normalize {
			t = trimJS(multiSpace.ReplaceAllString(t, " "))
		}
		_ = child.Set(o.charkey, t)
		modules.Method(b.vm, kids, "push", child)
	}
}

func (b *builder) cdata(t string) {
	b.text(t)
	if len(b.stack) > 0 {
		_ = b.stack[len(b.stack)-1].Set("cdata", true)
	}
}
