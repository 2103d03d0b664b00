package runner

import (
	"context"
	"fmt"
	"net/http"
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
	// Listener receives the run's events; nil drops them.
	Listener Listener
	// Client overrides the HTTP client (tests); nil builds one.
	Client *http.Client
}

// Runner runs one collection once; build it with New.
type Runner struct {
	col      *collection.Collection
	opts     Options
	client   *http.Client
	sandbox  *scripts.Sandbox
	vars     scripts.Vars
	summary  *Summary
	listener Listener
	cursor   Cursor
	item     *collection.Item
	// scriptEvent is the event of the script running, for assertions.
	scriptEvent string
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
	sender := scriptSender{r: r, exchanges: &sync.Map{}}
	r.sandbox = scripts.New(scripts.Options{
		Timeout:       opts.ScriptTimeout,
		Sender:        sender,
		OnSendRequest: sender.reported,
		OnAssertion:   func(a scripts.Assertion) { r.assertion(a) },
		Jar:           scriptJar{r},
		OnConsole: func(level string, args []string) {
			r.emit(&Event{Kind: ConsoleLogged, Item: r.item, Console: &ConsoleMessage{Level: level, Args: args}})
		},
	})
	r.vars = scripts.Vars{
		Globals:     orEmpty(opts.Globals, "globals"),
		Environment: orEmpty(opts.Environment, "environment"),
		Collection:  collection.NewScope(col.Info.Name, col.Variables),
		// pm.variables.set lasts the whole run in Newman 6, not one item.
		Local: collection.NewScope("local", nil),
	}
	return r
}

func orEmpty(s *collection.Scope, name string) *collection.Scope {
	if s == nil {
		return collection.NewScope(name, nil)
	}
	return s
}

// Vars are the run's variable scopes, for exporting after the run.
func (r *Runner) Vars() scripts.Vars { return r.vars }

// Run executes every iteration and returns the summary. It stops early
// when ctx is cancelled, recording that in Summary.Error.
func (r *Runner) Run(ctx context.Context) *Summary {
	items := flatten(r.col.Items)
	iterations := r.opts.Iterations
	if iterations <= 0 {
		iterations = max(1, len(r.opts.Data))
	}
	r.summary.Started = time.Now()
	r.emit(&Event{Kind: RunStarted})
	for i := 0; i < iterations && ctx.Err() == nil; i++ {
		r.cursor = Cursor{Iteration: i, Iterations: iterations, Length: len(items)}
		r.vars.Data = r.dataFor(i)
		r.emit(&Event{Kind: IterationStarted})
		r.summary.Stats.Iterations.Total++
		stop := r.runIteration(ctx, items)
		r.emit(&Event{Kind: IterationDone})
		if stop {
			break
		}
	}
	if err := ctx.Err(); err != nil {
		r.summary.Error = fmt.Errorf("run interrupted: %w", err)
	}
	r.summary.Finished = time.Now()
	r.emit(&Event{Kind: RunDone, Summary: r.summary})
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
// reports whether the run must stop (setNextRequest(null)).
func (r *Runner) runIteration(ctx context.Context, items []*collection.Item) bool {
	for pos := 0; pos < len(items) && ctx.Err() == nil; {
		r.cursor.Position = pos
		next := r.runItem(ctx, items[pos])
		if next == nil {
			pos++
			continue
		}
		if *next == "" {
			return true
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

// flatten lists the requests of a collection in run order, depth first.
func flatten(items []*collection.Item) []*collection.Item {
	var out []*collection.Item
	for _, it := range items {
		if it.IsFolder() {
			out = append(out, flatten(it.Items)...)
			continue
		}
		out = append(out, it)
	}
	return out
}

func (r *Runner) emit(e *Event) {
	e.Cursor = r.cursor
	if e.Item == nil {
		e.Item = r.item
	}
	r.listener.Event(e)
}
