// Package modules is the registry of what require() can load in a script.
// Each module is a package that registers itself from init, so that adding
// one (lodash, moment, crypto-js…) touches nothing else; the scripts
// package imports the module packages it ships and installs the registry
// into each runtime. Nothing here reaches the host: no file system, no
// process, no network.
package modules

import (
	"sort"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"
)

// Loader fills module.exports for one module, like a Node module's body.
type Loader = require.ModuleLoader

var (
	mu      sync.RWMutex
	loaders = map[string]Loader{}
)

// Register makes require(name) load the module. It panics on a duplicate
// name, a mistake only a build can make.
func Register(name string, load Loader) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := loaders[name]; dup {
		panic("modules: " + name + " registered twice")
	}
	loaders[name] = load
}

// Has reports whether a module is registered.
func Has(name string) bool {
	mu.RLock()
	defer mu.RUnlock()
	_, ok := loaders[name]
	return ok
}

// Names lists the registered modules, sorted.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]string, 0, len(loaders))
	for n := range loaders {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Install registers every module into r.
func Install(r *require.Registry) {
	mu.RLock()
	defer mu.RUnlock()
	for name, load := range loaders {
		r.RegisterNativeModule(name, load)
	}
}

// JS returns a Loader that runs src, a CommonJS module body that sets
// module.exports, once per runtime. The source is compiled on first use:
// compiling every module from init cost each pmrun start some 2.5 ms,
// mostly for modules the run never requires.
func JS(name, src string) Loader {
	compile := sync.OnceValue(func() *goja.Program {
		return goja.MustCompile(name+".js", "(function (module, exports) {\n"+src+"\n})", true)
	})
	return func(vm *goja.Runtime, module *goja.Object) {
		fn, err := vm.RunProgram(compile())
		if err != nil {
			panic(err)
		}
		call, _ := goja.AssertFunction(fn)
		if _, err := call(goja.Undefined(), module, module.Get("exports")); err != nil {
			panic(err)
		}
	}
}
