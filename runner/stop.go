package runner

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/pmrun/pmrun/scripts"
)

// The ways a run waits or stops early: --delay-request and --bail.

// delay waits Options.DelayRequest before every request but the run's
// first; it reports false when ctx ended the wait.
func (r *Runner) delay(ctx context.Context) bool {
	if r.opts.DelayRequest <= 0 || !r.started {
		r.started = true
		return true
	}
	t := time.NewTimer(r.opts.DelayRequest)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// bail decides, after an item, whether --bail stops the run: any failure
// since failuresBefore does. Failed assertions also add the script error
// postman-runtime raises when it stops on them, "AssertionFailure" naming
// the failed tests, as Newman reports it.
func (r *Runner) bail(failuresBefore int) bool {
	added := r.summary.Failures[failuresBefore:]
	if len(added) == 0 {
		return false
	}
	var names []string
	for _, f := range added {
		if f.Test != "" {
			names = append(names, f.Test)
		}
	}
	if len(names) > 0 {
		err := &scripts.Error{Name: "AssertionFailure", Message: strings.Join(names, ", ")}
		r.summary.Stats.TestScripts.Failed++
		r.summary.Stats.Scripts.Failed++
		r.item = added[0].Item
		r.fail(Failure{Error: err, At: "test-script"})
		r.emit(&Event{Kind: ScriptDone, Script: &ScriptRun{Event: "test", Result: &scripts.Result{Error: err}}})
		r.item = nil
	}
	return true
}

// abortOnError ends the run with the first script or request error since
// failuresBefore, as "--bail folder" does in Newman.
func (r *Runner) abortOnError(failuresBefore int) bool {
	for _, f := range r.summary.Failures[failuresBefore:] {
		if f.Test == "" {
			r.summary.Error = errors.New(f.Error.Message)
			return true
		}
	}
	return false
}
