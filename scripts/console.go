package scripts

import (
	"github.com/dop251/goja"
)

// installConsole defines console.* to hand messages to Options.OnConsole.
func (s *Sandbox) installConsole() {
	console := s.vm.NewObject()
	for _, level := range []string{"log", "info", "warn", "error", "debug"} {
		must(console.Set(level, func(call goja.FunctionCall) goja.Value {
			s.console(level, call.Arguments)
			return goja.Undefined()
		}))
	}
	must(s.vm.Set("console", console))
}

func (s *Sandbox) console(level string, args []goja.Value) {
	if s.opts.OnConsole == nil {
		return
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = s.format(a)
	}
	s.opts.OnConsole(level, parts)
}

// format renders a console argument: strings as they are, other values
// as JSON where they have a JSON form.
func (s *Sandbox) format(v goja.Value) string {
	if goja.IsUndefined(v) {
		return "undefined"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); !isFn && obj.ClassName() != "Error" {
			if b, err := obj.MarshalJSON(); err == nil {
				return string(b)
			}
		}
	}
	return v.String()
}
