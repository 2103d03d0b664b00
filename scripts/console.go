package scripts

import (
	"github.com/dop251/goja"
)

// installConsole defines console.* to hand messages to Options.OnConsole,
// each argument inspected as Newman's cli reporter shows it.
func (s *Sandbox) installConsole() {
	console := s.vm.NewObject()
	for _, level := range []string{"log", "info", "warn", "error", "debug", "clear"} {
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
		parts[i] = s.inspect(a)
	}
	s.opts.OnConsole(level, parts)
}
