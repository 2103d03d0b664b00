// Package moment is require('moment'): moment 2.30.1's common API, the
// version postman-sandbox 4.7.1 bundles, in the English locale. It is
// written in JavaScript (moment.js here, our own code) because a moment is
// a mutable, chainable script object through and through.
//
// Local time is UTC: Newman shows scripts the host's zone, but the sandbox
// must not leak the host's environment, so moment() reads and formats
// local time as UTC (utcOffset() is 0) whatever TZ says. Fixed offsets
// (utcOffset(n), parseZone) work as in moment.
package moment

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

//go:embed moment.js
var source string

// loader compiles moment.js the first time a script requires it: some
// 15ms that runs which never use moment should not pay at start-up.
var loader = sync.OnceValue(func() modules.Loader { return modules.JS("moment", source) })

func init() {
	modules.Register("moment", func(vm *goja.Runtime, module *goja.Object) { loader()(vm, module) })
}
