package scripts

import (
	"runtime/metrics"
	"sync"
	"time"
)

// DefaultMemoryLimit is how far the heap may grow during one script when
// Options.MemoryLimit is zero.
const DefaultMemoryLimit = 1 << 30

// memoryCheckEvery is how often a running script's heap growth is sampled.
// Scripts that end sooner are never sampled, so that the common short
// script pays only for arming two timers.
const memoryCheckEvery = 50 * time.Millisecond

// watch arms the script's deadline and its memory check. Either stops the
// script by interrupting the runtime and the loop; the returned function
// disarms both.
func (s *Sandbox) watch(st *state) (stop func()) {
	kill := func() {
		if st.ended.CompareAndSwap(runActive, runTimedOut) {
			s.vm.Interrupt(errTimeout)
			s.loop.StopNoWait()
		}
	}
	deadline := time.AfterFunc(s.opts.Timeout, kill)

	limit := s.opts.MemoryLimit
	if limit == 0 {
		limit = DefaultMemoryLimit
	}
	var (
		mu       sync.Mutex
		sampler  *time.Timer
		baseline uint64
		stopped  bool
	)
	var check func()
	check = func() {
		used := heapBytes()
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			return
		}
		if baseline == 0 {
			baseline = used
		}
		if used > baseline && used-baseline > limit {
			st.overMem.Store(true)
			kill()
			return
		}
		sampler = time.AfterFunc(memoryCheckEvery, check)
	}
	mu.Lock()
	sampler = time.AfterFunc(memoryCheckEvery, check)
	mu.Unlock()
	return func() {
		deadline.Stop()
		mu.Lock()
		stopped = true
		sampler.Stop()
		mu.Unlock()
	}
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
var heapSampleMu sync.Mutex

// heapBytes reads the bytes held by live and not yet swept heap objects;
// unlike runtime.ReadMemStats it does not stop the world.
func heapBytes() uint64 {
	heapSampleMu.Lock()
	defer heapSampleMu.Unlock()
	metrics.Read(heapSample)
	if heapSample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return heapSample[0].Value.Uint64()
}
