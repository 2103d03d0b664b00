package lodash

import (
	"math"
	"math/rand/v2"
	"time"

	"github.com/dop251/goja"
)

// defineFunction defines the utilities: function makers, random numbers,
// ids, and the timer-based debounce, throttle, delay and defer, which use
// the runtime's setTimeout.
func (l *lib) defineFunction() {
	l.def("identity", func(c goja.FunctionCall) goja.Value { return c.Argument(0) })
	l.def("noop", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	l.def("constant", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		return l.vm.ToValue(func(goja.FunctionCall) goja.Value { return v })
	})
	if !l.v3 {
		stub := func(name string, make func() goja.Value) {
			l.def(name, func(goja.FunctionCall) goja.Value { return make() })
		}
		stub("stubArray", func() goja.Value { return l.vm.NewArray() })
		stub("stubObject", func() goja.Value { return l.vm.NewObject() })
		stub("stubString", func() goja.Value { return l.str("") })
		stub("stubTrue", func() goja.Value { return l.vm.ToValue(true) })
		stub("stubFalse", func() goja.Value { return l.vm.ToValue(false) })
		l.def("defaultTo", func(c goja.FunctionCall) goja.Value {
			v := c.Argument(0)
			if isNil(v) || goja.IsNumber(v) && math.IsNaN(v.ToFloat()) {
				return c.Argument(1)
			}
			return v
		})
	}
	l.def("now", func(goja.FunctionCall) goja.Value { return l.vm.ToValue(time.Now().UnixMilli()) })
	l.def("random", l.random)
	l.def("uniqueId", func(c goja.FunctionCall) goja.Value {
		l.idCounter++
		return l.str(l.toStr(c.Argument(0)) + itoa(l.idCounter))
	})
	l.def("times", func(c goja.FunctionCall) goja.Value {
		n, fn := intArg(c, 0, 0), l.iteratee(c.Argument(1), l.thisArg(c, 2))
		if l.v3 && !isFunction(c.Argument(1)) {
			fn = l.iteratee(goja.Undefined(), goja.Undefined()) // lodash 4 takes shorthands here
		}
		if n < 1 || n > 1<<53-1 {
			return l.vm.NewArray()
		}
		if n > maxArray {
			panic(l.rangeError("Invalid array length"))
		}
		out := make([]goja.Value, n)
		for i := range out {
			out[i] = fn(l.vm.ToValue(i))
		}
		return l.arr(out)
	})
	l.def("property", func(c goja.FunctionCall) goja.Value { return l.fnValue(l.property(c.Argument(0))) })
	l.def("matches", func(c goja.FunctionCall) goja.Value {
		return l.fnValue(l.iteratee(l.clone(c.Argument(0), true, nil), goja.Undefined()))
	})
	l.def("matchesProperty", func(c goja.FunctionCall) goja.Value {
		return l.fnValue(l.matchesProperty(c.Argument(0), c.Argument(1)))
	})
	l.def(l.alias("callback iteratee", "iteratee"), func(c goja.FunctionCall) goja.Value {
		if isFunction(c.Argument(0)) && !l.v3 {
			return c.Argument(0)
		}
		return l.fnValue(l.iteratee(c.Argument(0), c.Argument(1)))
	})
	l.def("negate", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.vm.ToValue(!l.invoke(fn, call.This, call.Arguments...).ToBoolean())
		})
	})
	l.def("once", func(c goja.FunctionCall) goja.Value { return l.before(2, c.Argument(0)) })
	l.def("before", func(c goja.FunctionCall) goja.Value {
		if l.v3 && isFunction(c.Argument(0)) {
			return l.before(toInteger(c.Argument(1)), c.Argument(0))
		}
		return l.before(toInteger(c.Argument(0)), c.Argument(1))
	})
	l.def("after", func(c goja.FunctionCall) goja.Value {
		n, f := c.Argument(0), c.Argument(1)
		if l.v3 && isFunction(n) {
			n, f = f, n
		}
		fn, count := l.function(f), toInteger(n)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if count--; count < 1 {
				return l.invoke(fn, call.This, call.Arguments...)
			}
			return goja.Undefined()
		})
	})
	l.def("memoize", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		resolver, hasResolver := goja.AssertFunction(c.Argument(1))
		if !isNil(c.Argument(1)) && !hasResolver {
			panic(l.vm.NewTypeError("Expected a function"))
		}
		cache := map[string]goja.Value{}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			key := call.Argument(0)
			if hasResolver {
				key = l.invoke(resolver, call.This, call.Arguments...)
			}
			k := l.propertyKey(key)
			if v, ok := cache[k]; ok {
				return v
			}
			v := l.invoke(fn, call.This, call.Arguments...)
			cache[k] = v
			return v
		})
	})
	l.def("partial", func(c goja.FunctionCall) goja.Value {
		fn, bound := l.function(c.Argument(0)), append([]goja.Value(nil), c.Arguments[min(1, len(c.Arguments)):]...)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.invoke(fn, call.This, append(append([]goja.Value(nil), bound...), call.Arguments...)...)
		})
	})
	l.def("bind", func(c goja.FunctionCall) goja.Value {
		fn, this := l.function(c.Argument(0)), c.Argument(1)
		bound := append([]goja.Value(nil), c.Arguments[min(2, len(c.Arguments)):]...)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.invoke(fn, this, append(append([]goja.Value(nil), bound...), call.Arguments...)...)
		})
	})
	l.def("flow", func(c goja.FunctionCall) goja.Value {
		fns := l.flattenArgs(c.Arguments)
		for _, f := range fns {
			l.function(f)
		}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if len(fns) == 0 {
				return call.Argument(0)
			}
			res := l.invoke(l.function(fns[0]), call.This, call.Arguments...)
			for _, f := range fns[1:] {
				res = l.invoke(l.function(f), call.This, res)
			}
			return res
		})
	})
	flowRight := l.reversedFlow()
	call, _ := goja.AssertFunction(flowRight)
	for _, name := range []string{"flowRight", l.alias("backflow", ""), l.alias("compose", "")} {
		if name != "" {
			_ = l.fn.Set(name, flowRight)
			l.funcs[name] = call
		}
	}
	l.def("attempt", func(c goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			// Calling a non-function throws, and attempt answers the error.
			return l.vm.NewTypeError("Expected a function")
		}
		v, err := fn(goja.Undefined(), c.Arguments[min(1, len(c.Arguments)):]...)
		if err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				if o, isObj := asObject(ex.Value()); isObj && o.ClassName() == "Error" {
					return o
				}
				e, _ := l.vm.New(l.vm.Get("Error"), ex.Value())
				return e
			}
			panic(err)
		}
		return v
	})
	l.def("noConflict", func(goja.FunctionCall) goja.Value { return l.fn })
	l.def("mixin", func(c goja.FunctionCall) goja.Value {
		target, src := l.fn, c.Argument(0)
		if !isNil(c.Argument(1)) && (isFunction(c.Argument(0)) || l.isPlainSource(c.Argument(1))) {
			target, _ = asObject(c.Argument(0))
			src = c.Argument(1)
		}
		for _, k := range l.keys(src) {
			if fn, ok := goja.AssertFunction(src.ToObject(l.vm).Get(k)); ok && target != nil {
				_ = target.Set(k, src.ToObject(l.vm).Get(k))
				if target == l.fn {
					l.funcs[k] = fn
					l.addChainMethod(k, fn)
				}
			}
		}
		return target
	})
	l.defineTimers()
}

func (l *lib) isPlainSource(v goja.Value) bool {
	_, ok := asObject(v)
	return ok
}

func (l *lib) fnValue(f iterFn) goja.Value {
	return l.vm.ToValue(func(c goja.FunctionCall) goja.Value { return f(c.Arguments...) })
}

// function asserts a function argument as lodash does.
func (l *lib) function(v goja.Value) goja.Callable {
	fn, ok := goja.AssertFunction(v)
	if !ok {
		panic(l.vm.NewTypeError("Expected a function"))
	}
	return fn
}

func (l *lib) reversedFlow() goja.Value {
	flow, _ := goja.AssertFunction(l.fn.Get("flow"))
	return l.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		fns := l.flattenArgs(c.Arguments)
		for i, j := 0, len(fns)-1; i < j; i, j = i+1, j-1 {
			fns[i], fns[j] = fns[j], fns[i]
		}
		return l.invoke(flow, goja.Undefined(), fns...)
	})
}

// before calls f for the first n-1 calls, then answers its last result.
func (l *lib) before(n int, f goja.Value) goja.Value {
	fn := l.function(f)
	var last goja.Value = goja.Undefined()
	return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if n--; n > 0 {
			last = l.invoke(fn, call.This, call.Arguments...)
		}
		if n <= 1 {
			fn = nil
		}
		return last
	})
}

// random is _.random([lower=0], [upper=1], [floating]).
func (l *lib) random(c goja.FunctionCall) goja.Value {
	args := c.Arguments
	floating := false
	if n := len(args); n > 0 && isBool(args[n-1]) {
		floating, args = args[n-1].ToBoolean(), args[:n-1]
	}
	lo, hi := 0.0, 1.0
	switch len(args) {
	case 0:
	case 1:
		hi = args[0].ToFloat()
	default:
		lo, hi = args[0].ToFloat(), args[1].ToFloat()
		if goja.IsUndefined(args[1]) {
			lo, hi = 0, lo
		}
	}
	if math.IsNaN(lo) {
		lo = 0
	}
	if math.IsNaN(hi) {
		hi = 0
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if floating || lo != math.Floor(lo) || hi != math.Floor(hi) {
		return l.vm.ToValue(lo + rand.Float64()*(hi-lo))
	}
	return l.vm.ToValue(lo + math.Floor(rand.Float64()*(hi-lo+1)))
}
