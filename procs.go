package main

import (
	"os"
	"runtime"
)

// pmrun works one step at a time, as Newman does on Node's one thread:
// a script, then a request, then its response. A second Go processor has
// little to run in parallel (the garbage collector's marking) and costs
// more than it brings: while pmrun waits for a response, the idle
// processor's thread spins looking for work, and each hand-off between
// the goroutines net/http uses per request (writer, reader, caller) may
// wake a thread on the other processor. On the bench's 1000-request run
// one processor takes a third less CPU (150 -> 105 ms median, 10 runs)
// and less wall time. GOMAXPROCS in the environment still decides.
func init() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
}
