package chai

import (
	"strings"

	"github.com/dop251/goja"
)

// assertionErrors makes chai's AssertionError objects. Like assertion-error
// they are plain objects inheriting from Error.prototype (instanceof Error,
// but typed and rendered as objects), with own message, showDiff, actual,
// expected, operator and a non-enumerable stack. The constructor is named
// "r" because that is its name in Newman's minified sandbox bundle, which
// shows in messages such as "expected r{ …(6) } to equal 1".
type assertionErrors struct {
	vm        *goja.Runtime
	errorCtor *goja.Object
	ctor      *goja.Object
	proto     *goja.Object
}

// errorProps are the optional own properties of an AssertionError, in the
// order chai's assertion-error defines them.
type errorProps struct {
	showDiff    bool
	actual      goja.Value
	expected    goja.Value
	operator    goja.Value
	hasActual   bool
	hasExpected bool
}

func (ae *assertionErrors) init(vm *goja.Runtime, b *builtins) {
	ae.vm = vm
	ae.errorCtor = b.errorCtor
	ae.proto = vm.CreateObject(b.errorProto)
	ae.ctor = vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		msg := "Unspecified AssertionError"
		if m := call.Argument(0); m.ToBoolean() {
			msg = m.String()
		}
		o := ae.build(msg, errorProps{})
		if props, ok := call.Argument(1).(*goja.Object); ok {
			for _, k := range props.Keys() {
				switch k {
				case "name", "message", "stack", "constructor", "toJSON":
				default:
					_ = o.Set(k, props.Get(k))
				}
			}
		}
		return o
	}).(*goja.Object)
	_ = ae.proto.DefineDataProperty("name", vm.ToValue("AssertionError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ae.proto.DefineDataProperty("constructor", ae.ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ae.proto.DefineDataProperty("toJSON", vm.ToValue(ae.toJSON), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ae.ctor.DefineDataProperty("prototype", ae.proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = ae.ctor.DefineDataProperty("name", vm.ToValue("r"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// build returns a new AssertionError object; panic with it to throw.
func (ae *assertionErrors) build(msg string, p errorProps) *goja.Object {
	vm := ae.vm
	o := vm.CreateObject(ae.proto)
	_ = o.Set("message", msg)
	_ = o.Set("showDiff", p.showDiff)
	if p.hasActual {
		_ = o.Set("actual", orUndefined(p.actual))
	}
	if p.hasExpected {
		_ = o.Set("expected", orUndefined(p.expected))
	}
	if p.operator != nil {
		_ = o.Set("operator", p.operator)
	}
	// The stack comes from a real Error made here; its first line reads
	// "Error: <message>" as in Newman's sandbox. Frames of native code (the
	// assertion machinery itself) are dropped, as chai drops its own.
	if e, err := vm.New(ae.errorCtor, vm.ToValue(msg)); err == nil {
		if s := e.Get("stack"); s != nil {
			_ = o.DefineDataProperty("stack", vm.ToValue(dropNativeFrames(s.String())), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return o
}

func dropNativeFrames(stack string) string {
	lines := strings.SplitAfter(stack, "\n")
	out := lines[:0]
	for _, l := range lines {
		if !strings.HasSuffix(strings.TrimRight(l, "\n"), "(native)") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "")
}

// toJSON mirrors assertion-error's toJSON: name, own enumerable
// properties, then the stack unless toJSON(false).
func (ae *assertionErrors) toJSON(call goja.FunctionCall) goja.Value {
	vm := ae.vm
	this := call.This.ToObject(vm)
	out := vm.NewObject()
	_ = out.Set("name", this.Get("name"))
	for _, k := range this.Keys() {
		if k == "constructor" || k == "toJSON" || k == "stack" {
			continue
		}
		_ = out.Set(k, this.Get(k))
	}
	if s := this.Get("stack"); s != nil && s.ToBoolean() && !call.Argument(0).StrictEquals(vm.ToValue(false)) {
		_ = out.Set("stack", s)
	}
	return out
}

// AssertionErrorConstructor returns the JS AssertionError constructor of
// this runtime (chai.AssertionError).
func (e *Expect) AssertionErrorConstructor() *goja.Object { return e.errors.ctor }

// NewAssertionError builds (without throwing) an AssertionError carrying msg.
func (e *Expect) NewAssertionError(msg string) *goja.Object {
	return e.errors.build(msg, errorProps{})
}

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
