package lodash

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// defineArithmetic defines add, subtract, multiply, divide and the
// rounding functions with a precision.
func (l *lib) defineArithmetic() {
	if l.v3 {
		l.def("add", func(c goja.FunctionCall) goja.Value {
			return l.vm.ToValue(orZero(c.Argument(0).ToFloat()) + orZero(c.Argument(1).ToFloat()))
		})
	} else {
		l.def("add", l.operation(0, func(a, b goja.Value) goja.Value { return l.jsAdd(a, b) }))
		l.def("subtract", l.operation(0, func(a, b goja.Value) goja.Value { return l.vm.ToValue(a.ToFloat() - b.ToFloat()) }))
		l.def("multiply", l.operation(1, func(a, b goja.Value) goja.Value { return l.vm.ToValue(a.ToFloat() * b.ToFloat()) }))
		l.def("divide", l.operation(1, func(a, b goja.Value) goja.Value { return l.vm.ToValue(a.ToFloat() / b.ToFloat()) }))
	}
	l.def("round", l.rounder(func(f float64) float64 { return math.Floor(f + 0.5) }))
	l.def("floor", l.rounder(math.Floor))
	l.def("ceil", l.rounder(math.Ceil))
}

func orZero(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return f
}

// operation is lodash 4's createMathOperation: a missing operand leaves
// the other; strings meet strings (add concatenates), others numbers.
func (l *lib) operation(def float64, op func(a, b goja.Value) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		a, b := c.Argument(0), c.Argument(1)
		switch {
		case goja.IsUndefined(a) && goja.IsUndefined(b):
			return l.vm.ToValue(def)
		case goja.IsUndefined(b):
			return a
		case goja.IsUndefined(a):
			return b
		}
		if goja.IsString(a) || goja.IsString(b) {
			a, b = l.str(l.toStr(a)), l.str(l.toStr(b))
		} else {
			a, b = l.vm.ToValue(a.ToFloat()), l.vm.ToValue(b.ToFloat())
		}
		return op(a, b)
	}
}

// rounder rounds to a number of decimal places: lodash 4 shifts the
// decimal exponent in the number's text, so that 1.005 rounds to 1.01;
// lodash 3 multiplies by a power of ten.
func (l *lib) rounder(round func(float64) float64) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		n := c.Argument(0).ToFloat()
		prec := 0
		if !goja.IsUndefined(c.Argument(1)) {
			prec = toInteger(c.Argument(1))
		}
		if l.v3 {
			if prec == 0 {
				return l.vm.ToValue(round(n))
			}
			p := math.Pow(10, float64(prec))
			return l.vm.ToValue(round(n*p) / p)
		}
		prec = max(min(prec, 292), -292)
		if prec == 0 || math.IsNaN(n) || math.IsInf(n, 0) {
			return l.vm.ToValue(round(n))
		}
		shifted := round(l.shift(n, prec))
		return l.vm.ToValue(l.shift(shifted, -prec))
	}
}

// shift is n times 10^by, done on n's JavaScript text as lodash does.
func (l *lib) shift(n float64, by int) float64 {
	s := l.vm.ToValue(n).String()
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(strings.TrimPrefix(exp, "+"))
	f, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(e+by), 64)
	if err != nil {
		return math.NaN()
	}
	return f
}
