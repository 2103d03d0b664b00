package scripts

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
	"github.com/dop251/goja_nodejs/eventloop"
	"github.com/dop251/goja_nodejs/require"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/chai"
	"github.com/pmrun/pmrun/scripts/modules"
	_ "github.com/pmrun/pmrun/scripts/modules/core"     // require('path'), ('uuid')…
	_ "github.com/pmrun/pmrun/scripts/modules/cryptojs" // require('crypto-js'), CryptoJS
	_ "github.com/pmrun/pmrun/scripts/modules/lodash"   // require('lodash'), the legacy _
	_ "github.com/pmrun/pmrun/scripts/modules/moment"   // require('moment')
)

// DefaultTimeout bounds a script when the run sets no --timeout-script, so
// that a script that loops fails its own test instead of hanging the run.
const DefaultTimeout = 30 * time.Second

// Options configure a Sandbox. The zero value is ready to use.
type Options struct {
	// Timeout bounds each script's run, timers included; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// OnConsole receives console.log and friends, each argument rendered
	// as node's util.inspect renders it for Newman's cli reporter; nil
	// drops them.
	OnConsole func(level string, args []string)
	// OnAssertion, when set, receives each assertion as it completes, so
	// that it can be reported in order with console messages; the Result
	// lists them all too.
	OnAssertion func(Assertion)
	// Sender sends pm.sendRequest's requests; nil makes pm.sendRequest
	// fail with an error.
	Sender Sender
	// OnSendRequest, when set, is told of each pm.sendRequest exchange on
	// the script's goroutine, once it completes, so that the run can
	// report it as Newman does.
	OnSendRequest func(req *collection.Request, resp *Response, err error)
	// OnSendRequestStart, when set, is told of each pm.sendRequest request
	// on the script's goroutine as the script makes it, before it goes out
	// (Newman's beforeRequest).
	OnSendRequestStart func(req *collection.Request)
	// Jar backs pm.cookies.jar(); nil gives scripts an empty jar that
	// refuses writes.
	Jar CookieJar
	// MemoryLimit bounds how far the heap may grow while one script runs
	// before the script is stopped; zero means DefaultMemoryLimit.
	MemoryLimit uint64
}

// Sandbox runs every script of one collection run in one goja runtime. Each
// script is compiled once; pm and the legacy globals are set up once and
// read the current Execution, so that running a script allocates little.
// A Sandbox is not safe for concurrent use.
type Sandbox struct {
	opts     Options
	loop     *eventloop.EventLoop
	vm       *goja.Runtime
	programs map[string]*goja.Program
	// funcs holds the function each program evaluates to; see scriptFunc.
	funcs map[*goja.Program]goja.Value

	// cur is the script being run; nil between runs.
	cur *state

	timeouts timeoutQueue

	setInterval, clearInterval goja.Callable
	noop                       goja.Value
	expect                     *chai.Expect
	dog                        watchdog
}

// state is what one script's run reads and writes.
type state struct {
	exec      *Execution
	res       *Result
	testIndex int
	tests     *goja.Object // the legacy tests object
	jsonCache jsonCache    // pm.response.json(), parsed once
	cookies   []Cookie     // pm.cookies, read once
	// syncs copy arrays handed to the script back into the request.
	syncs     []func()
	ctx       context.Context
	cancel    context.CancelFunc
	warned    map[string]bool
	legacy    map[string]goja.Value // legacy globals built in this script
	finishing bool                  // past the script: no more warnings
	// async is set once the script uses a timer or other deferred work;
	// it picks the timeout message, as in postman-sandbox.
	async bool
	// ended is runActive while the script runs, then runFinished or
	// runTimedOut, whichever the run or the watchdog sets first.
	ended    atomic.Int32
	overMem  atomic.Bool
	pendings []*pendingTest
	timers   []func() // clear each timer the script set
}

const (
	runActive int32 = iota
	runFinished
	runTimedOut
	runFailed // a Go panic inside the sandbox ended it
)

// maxCallDepth is how deep script functions may call, near V8's default.
const maxCallDepth = 10000

// New returns a sandbox with its runtime ready.
func New(opts Options) *Sandbox {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	registry := require.NewRegistry(require.WithLoader(noFileLoader))
	modules.Install(registry)
	s := &Sandbox{
		opts:     opts,
		loop:     eventloop.NewEventLoop(eventloop.EnableConsole(false), eventloop.WithRegistry(registry)),
		programs: map[string]*goja.Program{},
	}
	s.loop.Run(func(vm *goja.Runtime) {
		s.vm = vm
		// Without a limit goja grows its stack on the heap until the
		// timeout or memory watchdog ends a runaway recursion; V8 stops it
		// at about this depth with a RangeError.
		vm.SetMaxCallStackSize(maxCallDepth)
		vm.SetFieldNameMapper(goja.TagFieldNameMapper("js", true))
		buffer.Enable(vm)
		// The source is embedded and covered by tests, so failing here is a
		// build defect, not bad input.
		if err := installSugar(vm); err != nil {
			panic(err)
		}
		s.installGlobals()
	})
	return s
}

// noFileLoader keeps require() away from the host's file system.
func noFileLoader(path string) ([]byte, error) {
	return nil, require.ModuleFileDoesNotExistError
}

// Execution is one script's input: which event runs, for which item, with
// which request, response and variables. The sandbox writes the changes a
// script makes straight into the scopes and the request.
type Execution struct {
	Event  string // "prerequest" or "test"
	Script collection.Script
	Item   *collection.Item
	// Request is what will be (prerequest) or was (test) sent.
	Request  *collection.Request
	Response *Response
	Vars     Vars
	// Iteration counts from 0.
	Iteration      int
	IterationCount int
	// CollectionName heads pm.execution.location; EventItemName is
	// location.current, the name of the collection, folder or item whose
	// script this is (the item's name when empty).
	CollectionName string
	EventItemName  string
}

// Vars are the variable scopes a script sees.
type Vars struct {
	Globals     *collection.Scope
	Environment *collection.Scope
	Collection  *collection.Scope
	Data        *collection.Scope
	// Local holds pm.variables.set values; like Newman 6, it lives for the run.
	Local *collection.Scope
}

// Resolver returns the resolver for these scopes in Postman's precedence:
// local, iteration data, environment, collection, globals.
func (v Vars) Resolver(dynamic func(string) (string, bool)) *collection.Resolver {
	return &collection.Resolver{Scopes: []*collection.Scope{v.Local, v.Data, v.Environment, v.Collection, v.Globals}, Dynamic: dynamic}
}

// Response is the response a test script sees.
type Response struct {
	ID           string
	Code         int
	Status       string
	Proto        string
	Headers      []collection.Header
	Body         []byte
	ResponseTime time.Duration

	text *string // Body as text, made once
}

// Result is what a script's run produced.
type Result struct {
	Assertions []Assertion
	// Error is the error the script threw, or its timeout.
	Error *Error
	// NextRequest is set by setNextRequest: a name or id, or "" for null
	// which ends the iteration.
	NextRequest *string
	SkipRequest bool
	// Visualizer is what pm.visualizer.set left, nil if nothing.
	Visualizer *Visualization
}

// Visualization is a pm.visualizer.set call: a Handlebars template, its
// data and options, as JSON.
type Visualization struct {
	Template string
	Data     any
	Options  any
}

// Assertion is the outcome of one pm.test or tests[…] entry.
type Assertion struct {
	Name    string
	Index   int
	Passed  bool
	Skipped bool
	Error   *Error
}

// Error is a JavaScript error as Newman reports it.
type Error struct {
	Name    string
	Message string
	Stack   string

	// noName and noMessage mark a thrown value that had neither (a
	// string, a plain object), which assertions report differently.
	noName, noMessage bool
}

func (e *Error) Error() string { return e.Name + ": " + e.Message }

// Run executes one script and waits for its timers and pending work.
func (s *Sandbox) Run(exec *Execution) *Result {
	res := &Result{}
	if strings.TrimSpace(exec.Script.Exec) == "" {
		return res
	}
	prog, err := s.compile(exec.Script.Exec)
	if err != nil {
		res.Error = &Error{Name: "SyntaxError", Message: v8SyntaxMessage(err.Error())}
		return res
	}
	st := &state{exec: exec, res: res}
	s.cur = st
	defer func() { s.cur = nil }()

	stop := s.watch(st)
	s.loop.Run(func(vm *goja.Runtime) {
		defer s.recoverPanic(st)
		fn, err := s.scriptFunc(prog)
		if err == nil {
			err = s.callScript(fn)
		}
		if err != nil && res.Error == nil && !isSkip(err) && !throwsNothing(err) {
			res.Error = toError(err)
		}
	})
	stop()
	if !st.ended.CompareAndSwap(runActive, runFinished) && st.ended.Load() == runTimedOut {
		// Like postman-sandbox, a timeout replaces whatever the script was
		// doing with one error.
		res.Error = &Error{Name: "Error", Message: timeoutMessage(st)}
		if st.overMem.Load() {
			res.Error.Message = "sandbox: script exceeded its memory limit"
		}
	}
	s.vm.ClearInterrupt()
	s.clearTimers(st)
	s.loop.Terminate()
	if st.cancel != nil {
		st.cancel()
	}
	for _, sync := range st.syncs {
		sync()
	}
	s.finishPendingTests()
	s.finishLegacyTests()
	return res
}

var (
	errTimeout = errors.New("script timeout")
	errSkip    = errors.New("request skipped")
)

// isSkip tells the interrupt of pm.execution.skipRequest from an error.
func isSkip(err error) bool {
	var intr *goja.InterruptedError
	return errors.As(err, &intr) && intr.Value() == errSkip
}

func timeoutMessage(st *state) string {
	if st.async {
		return "sandbox: asynchronous script execution timeout"
	}
	return "sandbox: synchronous script execution timeout"
}

// compile wraps the source in a function, as Postman does, so that a
// top-level return works and each run gets fresh locals.
func (s *Sandbox) compile(src string) (*goja.Program, error) {
	if p, ok := s.programs[src]; ok {
		return p, nil
	}
	p, err := goja.Compile("script", "(function () {\n"+src+"\n})", false)
	if err != nil {
		return nil, err
	}
	s.programs[src] = p
	return p, nil
}

// scriptFunc returns the function prog evaluates to, made on the script's
// first run: it closes over nothing but the globals, so one function object
// serves every run (each call still gets fresh locals and its own this),
// and a run no longer builds a function object before calling it.
func (s *Sandbox) scriptFunc(prog *goja.Program) (goja.Value, error) {
	if fn, ok := s.funcs[prog]; ok {
		return fn, nil
	}
	fn, err := s.vm.RunProgram(prog)
	if err != nil {
		return nil, err
	}
	if s.funcs == nil {
		s.funcs = map[*goja.Program]goja.Value{}
	}
	s.funcs[prog] = fn
	return fn, nil
}

func (s *Sandbox) callScript(fn goja.Value) error {
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return errors.New("script did not compile to a function")
	}
	// A fresh this per script, as postman-sandbox gives each script its
	// own context object: this.x = 1 does not reach the next script.
	_, err := call(s.vm.NewObject())
	return err
}

// recoverPanic turns a Go panic inside the sandbox (a bug of ours, not
// the script's) into the script's error and ends the script, so that the
// run goes on. It must be deferred in every entry from the event loop into
// JavaScript: the script itself, timer callbacks and loop jobs.
func (s *Sandbox) recoverPanic(st *state) {
	r := recover()
	if r == nil {
		return
	}
	if st.ended.CompareAndSwap(runActive, runFailed) {
		st.res.Error = &Error{Name: "Error", Message: fmt.Sprintf("pmrun: internal error in the sandbox: %v", r)}
		s.loop.StopNoWait()
	}
}

// toError turns what goja raised into Newman's error shape.
// throwsNothing reports a script that threw null, undefined or a symbol:
// postman-sandbox passes on no error for those (a falsy or unserialisable
// value), so Newman counts no failure, and neither do we.
func throwsNothing(err error) bool {
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		return false
	}
	v := ex.Value()
	if v == nil || goja.IsNull(v) || goja.IsUndefined(v) {
		return true
	}
	_, isSymbol := v.(*goja.Symbol)
	return isSymbol
}

func toError(err error) *Error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return errorFromValue(ex.Value())
	}
	var overflow *goja.StackOverflowError
	if errors.As(err, &overflow) {
		return &Error{Name: "RangeError", Message: "Maximum call stack size exceeded"}
	}
	var syn *goja.CompilerSyntaxError
	if errors.As(err, &syn) {
		return &Error{Name: "SyntaxError", Message: v8SyntaxMessage(syn.Message)}
	}
	return &Error{Name: "Error", Message: err.Error()}
}

var (
	gojaPosition    = regexp.MustCompile(`^(?:SyntaxError: )?(?:script: )?(?:Line \d+:\d+ )?`)
	gojaMoreErrors  = regexp.MustCompile(` \(and \d+ more errors?\)$`)
	gojaAtPosition  = regexp.MustCompile(` at script:\d+:\d+$`)
	unexpectedToken = regexp.MustCompile(`^Unexpected token (\S+)$`)
)

// v8SyntaxMessage words a goja compile error as V8 does: no position, and
// the unexpected token quoted.
func v8SyntaxMessage(msg string) string {
	msg = gojaPosition.ReplaceAllString(msg, "")
	msg = gojaMoreErrors.ReplaceAllString(msg, "")
	msg = gojaAtPosition.ReplaceAllString(msg, "")
	if m := unexpectedToken.FindStringSubmatch(msg); m != nil && !strings.HasPrefix(m[1], "'") {
		msg = "Unexpected token '" + m[1] + "'"
	}
	return msg
}
