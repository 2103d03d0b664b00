package scripts

import "errors"

// errInterrupted stops a script when its run is cancelled.
var errInterrupted = errors.New("script interrupted: the run was cancelled")

// Interrupt stops the script running now, as its timeout would, because
// the run was cancelled (Ctrl-C, --timeout); when none is running, the
// next one to start stops at once. Safe to call from any goroutine.
func (s *Sandbox) Interrupt() {
	s.vm.Interrupt(errInterrupted)
	s.loop.StopNoWait()
}
