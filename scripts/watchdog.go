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
// A script's first sample, its baseline, comes within this time of its
// start.
const memoryCheckEvery = 50 * time.Millisecond

// watchdog is a sandbox's one timer over all its scripts. Arming a timer
// per script cost more than a short script itself: each new timer earlier
// than the poller's next wake-up breaks it out of epoll (an eventfd write
// and a thread wake-up), some 370 times in a 1000-request run. The
// watchdog's timer instead ticks only while scripts keep running: a tick
// that finds no script running is not re-armed, and the next script arms
// it again.
type watchdog struct {
	mu       sync.Mutex
	timer    *time.Timer // nil until the first script
	armed    bool        // a tick is due
	cur      *state      // the running script, nil between scripts
	start    time.Time   // when cur started
	baseline uint64      // heap bytes at cur's first tick
	sampled  bool        // baseline is set
}

// watch puts st under the deadline and the memory check; either stops the
// script by interrupting the runtime and the loop. The returned function
// ends the watch: once it returns, st is not interrupted.
func (s *Sandbox) watch(st *state) (stop func()) {
	d := &s.dog
	d.mu.Lock()
	d.cur, d.start, d.sampled = st, time.Now(), false
	if !d.armed {
		d.armed = true
		d.arm(s, min(memoryCheckEvery, s.opts.Timeout))
	}
	d.mu.Unlock()
	return s.unwatch
}

func (s *Sandbox) unwatch() {
	s.dog.mu.Lock()
	s.dog.cur = nil
	s.dog.mu.Unlock()
}

func (d *watchdog) arm(s *Sandbox, after time.Duration) {
	if d.timer == nil {
		d.timer = time.AfterFunc(after, s.tick)
		return
	}
	d.timer.Reset(after)
}

// tick checks the running script, if any, against its deadline and its
// memory limit, and comes again while scripts run.
func (s *Sandbox) tick() {
	d := &s.dog
	d.mu.Lock()
	defer d.mu.Unlock()
	st := d.cur
	if st == nil {
		d.armed = false
		return
	}
	elapsed := time.Since(d.start)
	if elapsed >= s.opts.Timeout {
		s.kill(st)
		d.armed = false
		return
	}
	limit := s.opts.MemoryLimit
	if limit == 0 {
		limit = DefaultMemoryLimit
	}
	used := heapBytes()
	switch {
	case !d.sampled:
		d.baseline, d.sampled = used, true
	case used > d.baseline && used-d.baseline > limit:
		st.overMem.Store(true)
		s.kill(st)
		d.armed = false
		return
	}
	d.arm(s, min(memoryCheckEvery, s.opts.Timeout-elapsed))
}

// kill ends st's run unless it has ended already.
func (s *Sandbox) kill(st *state) {
	if st.ended.CompareAndSwap(runActive, runTimedOut) {
		s.vm.Interrupt(errTimeout)
		s.loop.StopNoWait()
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
