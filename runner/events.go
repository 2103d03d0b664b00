package runner

import (
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// Kind says what an Event reports.
type Kind int

// The events of a run, in the order they happen for each item.
const (
	RunStarted Kind = iota
	IterationStarted
	ItemStarted
	ScriptDone // a pre-request or test script finished
	// RequestStarted comes as a request is about to go out, once its
	// pre-request scripts ran and it was resolved (Newman's
	// beforeRequest); Exchange holds the request's method and URLs.
	RequestStarted
	RequestDone   // a response arrived, or the request failed
	AssertionDone // one pm.test or tests[…] outcome
	ConsoleLogged
	ItemDone
	IterationDone
	RunDone
)

// Event is one thing that happened during a run. Which fields are set
// depends on Kind.
type Event struct {
	Kind   Kind
	Cursor Cursor
	// Item is the request being run (ItemStarted … ItemDone).
	Item *collection.Item
	// Script is set for ScriptDone.
	Script *ScriptRun
	// Exchange is set for RequestStarted and RequestDone.
	Exchange *Exchange
	// Assertion is set for AssertionDone; At says where it ran
	// ("test-script", "prerequest-script").
	Assertion *scripts.Assertion
	// Console is set for ConsoleLogged.
	Console *ConsoleMessage
	// Summary is set for RunDone.
	Summary *Summary
}

// Cursor is where in the run an event happened.
type Cursor struct {
	Iteration  int // from 0
	Iterations int
	Position   int // the item's position in the run order, from 0
	Length     int // how many items an iteration runs
}

// ScriptRun is one script's execution.
type ScriptRun struct {
	Event  string // "prerequest" or "test"
	Result *scripts.Result
}

// ConsoleMessage is what a script wrote with console.*.
//
// Contract with scripts/: each of Args is one console argument rendered as
// Node's util.inspect renders it without colours, which is what Newman's
// cli reporter prints: strings single-quoted ('seen'), numbers and
// booleans bare, objects as { a: 1, b: [ 1, 2 ] }, undefined and null
// bare. The cli reporter joins them with ", " and wraps them in its box;
// other reporters may show them as they are. (Until scripts/ renders them
// so, strings arrive unquoted and objects as JSON.)
type ConsoleMessage struct {
	Level string // log, info, warn, error, debug
	Args  []string
}

// Exchange is what went over the wire for one request: the request as
// sent, the response as received, and its timings.
type Exchange struct {
	Request  SentRequest
	Response *Response
	// Err is set when no response arrived (connection refused, timeout…).
	Err error
	// Replayed marks a request its auth sent again (digest): Newman's
	// cli lists both, its JSON report lists the item's execution twice,
	// both times with the last request and response.
	Replayed bool
}

// SentRequest is the request after resolution, as pmrun sent it.
type SentRequest struct {
	Method string
	// URL is the encoded URL that went on the wire, fragment included, as
	// Newman's JSON report and scripts after the request show it.
	URL string
	// ResolvedURL is the URL before encoding, path variables filled
	// (Url#toString), which Newman's cli prints.
	ResolvedURL string
	Headers     []collection.Header
	Body        []byte
	// BodySpec is the request's body definition as resolved (mode and
	// fields), which Newman's JSON report shows; nil when it has none.
	BodySpec *collection.Body
}

// Response is a received response, its body decoded.
type Response struct {
	Code    int
	Status  string
	Proto   string
	Headers []collection.Header
	Body    []byte
	// HeaderSize counts the bytes of the status line and headers.
	HeaderSize int
	Time       time.Duration
	// Timings are the request's phases when measured (http.go fills them
	// with net/http/httptrace); nil when not.
	Timings *Timings
}

// Timings are the phases of one request as postman-runtime reports them
// (postman-collection's Response.timingPhases), for --verbose. A zero
// phase prints as "(cache)", as Newman does for a reused connection's DNS
// and TCP phases.
type Timings struct {
	Prepare, Wait, DNS, TCP, TLS, FirstByte, Download, Process, Total time.Duration
	// Secure says TLS was negotiated, so the ssl-handshake phase applies.
	Secure bool
}

// Listener receives a run's events as they happen, one at a time.
type Listener interface {
	Event(e *Event)
}

// ListenerFunc adapts a function to a Listener.
type ListenerFunc func(e *Event)

// Event calls f.
func (f ListenerFunc) Event(e *Event) { f(e) }
