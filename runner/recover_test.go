package runner

import (
	"context"
	"errors"
	"testing"
)

// TestPanicEndsTheRunNotTheProcess: a panic anywhere in a run (here a
// listener's) ends the run with a PanicError, and the reporters still get
// RunDone so that their reports are written.
func TestPanicEndsTheRunNotTheProcess(t *testing.T) {
	srv := statusServer(t)
	col := testCollection(t, srv.URL)
	tests := []struct {
		name      string
		panicOn   Kind
		wantDone  bool
		wantItems int
	}{
		{"in the middle of the run", RequestDone, true, 1},
		{"while reporting the end", RunDone, false, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var done bool
			opts := Options{Listener: ListenerFunc(func(e *Event) {
				if e.Kind == tt.panicOn && !done {
					panic("listener broke")
				}
				if e.Kind == RunDone {
					done = true
				}
			})}
			s := New(col, opts).Run(context.Background())
			var pe *PanicError
			if !errors.As(s.Error, &pe) || pe.Value != "listener broke" || len(pe.Stack) == 0 {
				t.Fatalf("run error = %v, want the PanicError with its stack", s.Error)
			}
			if done != tt.wantDone {
				t.Errorf("RunDone reached the listener: %v, want %v", done, tt.wantDone)
			}
			if s.Stats.Items.Total != tt.wantItems || !s.Failed() {
				t.Errorf("items = %d, failed = %v; want %d items and a failed run", s.Stats.Items.Total, s.Failed(), tt.wantItems)
			}
		})
	}
}
