// Package core registers the small Node core modules scripts may require:
// path, querystring, events, assert, uuid, atob, btoa, and url and util
// (goja_nodejs's, completed with what Newman's sandbox has). buffer comes
// from goja_nodejs, which registers it itself.
package core

import (
	"encoding/base64"

	"github.com/dop251/goja"
	_ "github.com/dop251/goja_nodejs/buffer" // require('buffer')

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

func init() {
	modules.Register("path", modules.JS("path", pathJS))
	modules.Register("querystring", modules.JS("querystring", querystringJS))
	modules.Register("events", modules.JS("events", eventsJS))
	modules.Register("assert", modules.JS("assert", assertJS))
	modules.Register("uuid", loadUUID)
	modules.Register("url", loadURL)
	modules.Register("util", loadUtil)
	// Newman's sandbox answers require('fs') with browserify's empty
	// module; there is no file system behind it.
	modules.Register("fs", func(*goja.Runtime, *goja.Object) {})
	modules.Register("atob", func(vm *goja.Runtime, m *goja.Object) { _ = m.Set("exports", Atob(vm)) })
	modules.Register("btoa", func(vm *goja.Runtime, m *goja.Object) { _ = m.Set("exports", Btoa(vm)) })
}

// Atob is the atob function: base64 to a binary string.
func Atob(vm *goja.Runtime) goja.Value {
	return vm.ToValue(func(v goja.Value) goja.Value {
		s := v.String()
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			b, err = base64.RawStdEncoding.DecodeString(s)
		}
		if err != nil {
			panic(vm.NewTypeError("The string to be decoded is not correctly encoded."))
		}
		runes := make([]rune, len(b))
		for i, c := range b {
			runes[i] = rune(c)
		}
		return vm.ToValue(string(runes))
	})
}

// Btoa is the btoa function: a binary string to base64.
func Btoa(vm *goja.Runtime) goja.Value {
	return vm.ToValue(func(v goja.Value) goja.Value {
		s := v.String()
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 0xff {
				panic(vm.NewTypeError("The string to be encoded contains characters outside of the Latin1 range."))
			}
			b = append(b, byte(r))
		}
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	})
}

// loadUUID is uuid@3's API: the module is v4, with v4 and v1 on it.
func loadUUID(vm *goja.Runtime, m *goja.Object) {
	v4 := vm.ToValue(func() string { return collection.NewUUID() }).(*goja.Object)
	_ = v4.Set("v4", v4)
	_ = v4.Set("v1", v4)
	_ = m.Set("exports", v4)
}

func mustCompile(name, src string) *goja.Program {
	return goja.MustCompile(name, "(function (module, exports) {\n"+src+"\n})", true)
}

// runWith runs a compiled module body against an existing module object,
// to add to what another loader exported.
func runWith(vm *goja.Runtime, prog *goja.Program, module *goja.Object) {
	fn, err := vm.RunProgram(prog)
	if err != nil {
		panic(err)
	}
	call, _ := goja.AssertFunction(fn)
	if _, err := call(goja.Undefined(), module, module.Get("exports")); err != nil {
		panic(err)
	}
}
