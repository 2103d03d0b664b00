package runner

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// Options configure a run. The zero value runs one iteration with no
// environment, globals or data.
type Options struct {
	// Iterations is how many times the collection runs; zero means one,
	// or one per data row when Data is given.
	Iterations  int
	Environment *collection.Scope
	Globals     *collection.Scope
	// Data holds one scope per iteration data row.
	Data []*collection.Scope
	// ScriptTimeout bounds each script; zero means scripts.DefaultTimeout.
	ScriptTimeout time.Duration
	// RequestTimeout bounds each request; zero means no limit.
	RequestTimeout time.Duration
	// Folders limits the run to these folders or requests, by name or id,
	// in the order given (newman --folder).
	Folders []string
	// Bail stops the run early (newman --bail).
	Bail Bail
	// DelayRequest waits this long before each request after the first.
	DelayRequest time.Duration
	// Timeout bounds the whole run; zero means no limit. A run that
	// exceeds it stops with ErrTimeout in Summary.Error.
	Timeout time.Duration
	// ClientCerts are the TLS client certificates; each https request
	// presents the first whose match patterns take its URL.
	ClientCerts []ClientCert
	// CookieJar replaces the run's cookie jar, so that it can be loaded
	// before and exported after the run (newman --cookie-jar).
	CookieJar *CookieJar
	// Listener receives the run's events; nil drops them.
	Listener Listener
	// Client overrides the HTTP client (tests); nil builds one.
	Client *http.Client
	HTTPOptions
}

// Bail says when a run stops early.
type Bail struct {
	// Failure stops the run after the first item with a failed
	// assertion, script error or request error.
	Failure bool
	// Folder aborts the run at the first item whose script or request
	// errored, as postman-runtime's abortOnError does for Newman's
	// "--bail folder": the run ends with that error, and the iteration
	// it cut short is not counted.
	Folder bool
}

// ClientCert is one TLS client certificate and the URLs it is for.
type ClientCert struct {
	Name string
	// Matches are URL match patterns ("https://example.com/*"); empty
	// or "<all_urls>" matches every URL.
	Matches []string
	// Cert and Key are PEM file paths; Passphrase decrypts the key.
	Cert, Key, Passphrase string
}

// ErrTimeout is the run error when Options.Timeout runs out; the text is
// Newman's.
var ErrTimeout = errors.New("callback timed out")

// Runner runs one collection once; build it with New.
type Runner struct {
	col      *collection.Collection
	opts     Options
	started  bool // a request has been sent; later ones wait DelayRequest
	client   *http.Client
	sandbox  *scripts.Sandbox
	vars     scripts.Vars
	summary  *Summary
	listener Listener
	cursor   Cursor
	item     *collection.Item
	done     bool // RunDone was emitted
}

// New prepares a run of col.
func New(col *collection.Collection, opts Options) *Runner {
	r := &Runner{col: col, opts: opts, summary: &Summary{}}
	r.listener = opts.Listener
	if r.listener == nil {
		r.listener = ListenerFunc(func(*Event) {})
	}
	r.client = opts.Client
	if r.client == nil {
		r.client = newClient(opts)
	}
	sender := scriptSender{r: r, exchanges: &sync.Map{}, announced: map[*collection.Request]*Exchange{}}
	r.sandbox = scripts.New(scripts.Options{
		Timeout:            opts.ScriptTimeout,
		Sender:             sender,
		OnSendRequest:      sender.reported,
		OnSendRequestStart: sender.started,
		OnAssertion:        func(a scripts.Assertion) { r.assertion(a) },
		Jar:                scriptJar{r},
		OnConsole: func(level string, args []string) {
			r.emit(&Event{Kind: ConsoleLogged, Item: r.item, Console: &ConsoleMessage{Level: level, Args: args}})
		},
	})
	r.vars = scripts.Vars{
		Globals:     orEmpty(opts.Globals),
		Environment: orEmpty(opts.Environment),
		Collection:  collection.NewScope(col.Info.Name, col.Variables),
		// pm.variables.set lasts the whole run in Newman 6, not one item.
		Local: collection.NewScope("local", nil),
	}
	return r
}

func orEmpty(s *collection.Scope) *collection.Scope {
	if s == nil {
		return collection.NewScope("", nil)
	}
	return s
}

// Vars are the run's variable scopes, for exporting after the run.
func (r *Runner) Vars() scripts.Vars { return r.vars }

// Run executes every iteration and returns the summary. It stops early
// when ctx is cancelled (Summary.Interrupted), when Options.Timeout runs
// out (ErrTimeout) or when Options.Bail says so.
func (r *Runner) Run(ctx context.Context) (summary *Summary) {
	r.summary.Started = time.Now()
	defer func() { r.summary.Vars = r.vars }()
	defer func() {
		if p := recover(); p != nil {
			summary = r.recovered(p)
		}
	}()
	items, err := r.col.RunOrder(r.opts.Folders)
	if err != nil {
		r.summary.Error = err
		r.summary.Finished = time.Now()
		return r.summary
	}
	if r.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, r.opts.Timeout, ErrTimeout)
		defer cancel()
	}
	// A script stuck in a loop must not hold up a cancelled run.
	defer context.AfterFunc(ctx, r.sandbox.Interrupt)()
	iterations := r.opts.Iterations
	if iterations <= 0 {
		iterations = max(1, len(r.opts.Data))
	}
	r.cursor = Cursor{Iterations: iterations, Length: len(items)}
	r.emit(&Event{Kind: RunStarted})
	for i := 0; i < iterations && ctx.Err() == nil; i++ {
		r.cursor = Cursor{Iteration: i, Iterations: iterations, Length: len(items)}
		r.vars.Data = r.dataFor(i)
		r.emit(&Event{Kind: IterationStarted})
		stop := r.runIteration(ctx, items)
		// Newman counts an iteration when it ends, so neither an aborted
		// nor a cut-short one.
		if r.summary.Error == nil && ctx.Err() == nil {
			r.summary.Stats.Iterations.Total++
		}
		r.emit(&Event{Kind: IterationDone})
		if stop {
			break
		}
	}
	switch cause := context.Cause(ctx); {
	case cause == nil:
	case errors.Is(cause, ErrTimeout):
		r.summary.Error = ErrTimeout
	default:
		r.summary.Interrupted = true
		r.summary.Error = fmt.Errorf("run interrupted: %w", cause)
	}
	r.summary.Finished = time.Now()
	r.summary.Vars = r.vars
	r.done = true
	r.emit(&Event{Kind: RunDone, Summary: r.summary})
	return r.summary
}

// PanicError is the run's error when pmrun itself failed (a bug): the
// run stopped there, and the reports cover what ran before.
type PanicError struct {
	Value any
	// Stack is where it happened, for a bug report.
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("pmrun internal error: %v (please report it with the collection that caused it)", e.Value)
}

// recovered ends a run that panicked as a run that errored, so that the
// reporters still get RunDone and write their reports.
func (r *Runner) recovered(p any) *Summary {
	r.summary.Error = &PanicError{Value: p, Stack: debug.Stack()}
	r.summary.Finished = time.Now()
	r.summary.Vars = r.vars
	r.item = nil
	if !r.done {
		// A reporter that panics on RunDone itself gets no second one.
		r.done = true
		func() {
			defer func() { _ = recover() }()
			r.emit(&Event{Kind: RunDone, Summary: r.summary})
		}()
	}
	return r.summary
}

// dataFor picks the data row of an iteration; with more iterations than
// rows the last row is reused, as Newman does.
func (r *Runner) dataFor(i int) *collection.Scope {
	if len(r.opts.Data) == 0 {
		return collection.NewScope("data", nil)
	}
	return r.opts.Data[min(i, len(r.opts.Data)-1)]
}

// runIteration runs the items in order, following setNextRequest. It
// reports whether the run must stop (bail).
func (r *Runner) runIteration(ctx context.Context, items []*collection.Item) bool {
	for pos := 0; pos < len(items) && ctx.Err() == nil; {
		if !r.delay(ctx) {
			return true
		}
		r.cursor.Position = pos
		failuresBefore := len(r.summary.Failures)
		next := r.runItem(ctx, items[pos])
		if r.opts.Bail.Folder && r.abortOnError(failuresBefore) {
			return true
		}
		if r.opts.Bail.Failure && r.bail(failuresBefore) {
			return true
		}
		if next == nil {
			pos++
			continue
		}
		if *next == "" {
			// setNextRequest(null) ends this iteration; postman-runtime
			// then goes on with the next one.
			return false
		}
		target := indexOf(items, *next)
		if target < 0 {
			// Newman ends the iteration when the named request is unknown.
			return false
		}
		pos = target
	}
	return false
}

func indexOf(items []*collection.Item, nameOrID string) int {
	for i, it := range items {
		if it.ID == nameOrID {
			return i
		}
	}
	for i, it := range items {
		if it.Name == nameOrID {
			return i
		}
	}
	return -1
}

func (r *Runner) emit(e *Event) {
	e.Cursor = r.cursor
	if e.Item == nil {
		e.Item = r.item
	}
	r.listener.Event(e)
}
