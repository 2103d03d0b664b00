package xml2js

import (
	"math"
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// emitter is the little of EventEmitter a Parser needs.
type emitter struct {
	vm        *goja.Runtime
	listeners map[string][]goja.Callable
}

func (e *emitter) on(name string, fn goja.Callable) {
	e.listeners[name] = append(e.listeners[name], fn)
}

// emit calls the listeners; an 'error' nobody listens to is thrown, as
// Node's EventEmitter does.
func (e *emitter) emit(this goja.Value, name string, args ...goja.Value) bool {
	ls := append([]goja.Callable(nil), e.listeners[name]...)
	if len(ls) == 0 {
		if name == "error" {
			panic(modules.OrUndefined(args[0]))
		}
		return false
	}
	for _, fn := range ls {
		if _, err := fn(this, args...); err != nil {
			panic(err)
		}
	}
	return true
}

func parserClass(vm *goja.Runtime, defaults *goja.Object) *goja.Object {
	proto := vm.NewObject()
	ctor := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		p := vm.NewObject()
		_ = p.SetPrototype(proto)
		em := &emitter{vm: vm, listeners: map[string][]goja.Callable{}}
		opts := mergeOptions(vm, defaults, c.Argument(0))
		if opts.Get("xmlns").ToBoolean() {
			_ = opts.Set("xmlnskey", opts.Get("attrkey").String()+"ns")
		}
		if opts.Get("normalizeTags").ToBoolean() {
			procs, ok := opts.Get("tagNameProcessors").(*goja.Object)
			if !ok {
				procs = vm.NewArray()
				_ = opts.Set("tagNameProcessors", procs)
			}
			callMethod(vm, procs, "unshift", processors(vm).Get("normalize"))
		}
		_ = p.Set("parseStringPromise", func(c goja.FunctionCall) goja.Value {
			promise, resolve, reject := vm.NewPromise()
			cb := vm.ToValue(func(err, v goja.Value) {
				if err != nil && err.ToBoolean() {
					_ = reject(err)
				} else {
					_ = resolve(modules.OrUndefined(v))
				}
			})
			callMethod(vm, p, "parseString", c.Argument(0), cb)
			return vm.ToValue(promise)
		})
		_ = p.Set("parseString", func(c goja.FunctionCall) goja.Value {
			return parseString(vm, p, em, readOptions(opts), c.Argument(0), c.Argument(1))
		})
		_ = p.Set("reset", func(goja.FunctionCall) goja.Value {
			em.listeners = map[string][]goja.Callable{}
			return goja.Undefined()
		})
		_ = p.Set("options", opts)
		for _, name := range []string{"on", "addListener"} {
			_ = p.Set(name, func(c goja.FunctionCall) goja.Value {
				if fn, ok := goja.AssertFunction(c.Argument(1)); ok {
					em.on(c.Argument(0).String(), fn)
				}
				return p
			})
		}
		_ = p.Set("emit", func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(em.emit(p, c.Argument(0).String(), c.Arguments[min(1, len(c.Arguments)):]...))
		})
		_ = p.Set("removeAllListeners", func(goja.FunctionCall) goja.Value {
			em.listeners = map[string][]goja.Callable{}
			return p
		})
		return p
	})
	return jsClass(vm, ctor, proto, true)
}

func parseString(vm *goja.Runtime, p *goja.Object, em *emitter, o *options, str, cb goja.Value) goja.Value {
	if fn, ok := goja.AssertFunction(cb); ok {
		em.on("end", func(this goja.Value, args ...goja.Value) (goja.Value, error) {
			em.listeners = map[string][]goja.Callable{}
			return fn(goja.Undefined(), goja.Null(), args[0])
		})
		em.on("error", func(this goja.Value, args ...goja.Value) (goja.Value, error) {
			em.listeners = map[string][]goja.Callable{}
			return fn(goja.Undefined(), args[0])
		})
	}
	if str == nil || goja.IsUndefined(str) || goja.IsNull(str) {
		kind := "undefined"
		if str != nil && goja.IsNull(str) {
			kind = "null"
		}
		em.emit(p, "error", vm.NewTypeError("Cannot read properties of %s (reading 'toString')", kind))
		return vm.ToValue(true)
	}
	text := str.String()
	if trimJS(text) == "" {
		em.emit(p, "end", goja.Null())
		return vm.ToValue(true)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	b := &builder{vm: vm, o: o}
	s := &sax{h: b, upper: !o.strict}
	if err := s.parse(text); err != nil {
		e, _ := vm.New(vm.Get("Error"), vm.ToValue(err.Error()))
		if len(em.listeners["error"]) > 0 {
			em.emit(p, "error", e)
		}
		return vm.ToValue(true)
	}
	switch {
	case b.err != nil:
		em.emit(p, "error", b.err)
	case b.done:
		em.emit(p, "end", b.result)
	default:
		em.emit(p, "end", goja.Null())
	}
	return vm.ToValue(true)
}

// saxHandler for builder: text and cdata from sax go to the open element.
var _ saxHandler = (*builder)(nil)

var prefixMatch = regexp.MustCompile(`^[^\n\r\x{2028}\x{2029}]*:`)

func processors(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	str := func(c goja.FunctionCall) string { return c.Argument(0).String() }
	_ = o.Set("normalize", func(c goja.FunctionCall) goja.Value { return vm.ToValue(strings.ToLower(str(c))) })
	_ = o.Set("firstCharLowerCase", func(c goja.FunctionCall) goja.Value {
		s := []rune(str(c))
		if len(s) == 0 {
			return vm.ToValue("")
		}
		return vm.ToValue(strings.ToLower(string(s[0])) + string(s[1:]))
	})
	_ = o.Set("stripPrefix", func(c goja.FunctionCall) goja.Value {
		s := str(c)
		if strings.HasPrefix(s, "xmlns") {
			return vm.ToValue(s)
		}
		return vm.ToValue(prefixMatch.ReplaceAllString(s, ""))
	})
	_ = o.Set("parseNumbers", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		n := v.ToFloat()
		if math.IsNaN(n) {
			return v
		}
		name := "parseFloat"
		if math.Mod(n, 1) == 0 {
			name = "parseInt"
		}
		return modules.Call(vm, vm.Get(name), nil, v, vm.ToValue(10))
	})
	_ = o.Set("parseBooleans", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		s := strings.ToLower(v.String())
		if s == "true" || s == "false" {
			return vm.ToValue(s == "true")
		}
		return v
	})
	return o
}
