package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// installLegacyJSON makes the global JSON.parse behave as liquid-json,
// which postman-sandbox puts in its place: a byte order mark is dropped,
// and invalid text throws a JSONError with liquid-json's message.
func (s *Sandbox) installLegacyJSON() {
	vm := s.vm
	jsonObj := vm.Get("JSON").(*goja.Object)
	parse, _ := goja.AssertFunction(jsonObj.Get("parse"))
	must(jsonObj.Set("parse", func(call goja.FunctionCall) goja.Value {
		args := call.Arguments
		if len(args) > 0 {
			if str, ok := args[0].Export().(string); ok && strings.HasPrefix(str, "\ufeff") {
				args = append([]goja.Value{vm.ToValue(strings.TrimPrefix(str, "\ufeff"))}, args[1:]...)
			}
		}
		v, err := parse(jsonObj, args...)
		if err == nil {
			return v
		}
		if isInterrupt(err) {
			panic(err)
		}
		panic(s.jsonError(modules.ToString(arg(args, 0))))
	}))
}
