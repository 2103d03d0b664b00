package report

import (
	"io"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

// BenchmarkCLIItem feeds the cli reporter the events of one refresh item:
// start, response, three passing assertions, done.
func BenchmarkCLIItem(b *testing.B) {
	item := &collection.Item{Name: "Refresh session 1", Request: &collection.Request{Method: "POST"}}
	ex := &runner.Exchange{
		Request: runner.SentRequest{Method: "POST", URL: "http://127.0.0.1:8080/am/json/realms/root/realms/alpha/sessions?_action=refresh"},
		Response: &runner.Response{Code: 200, Status: "OK", Body: make([]byte, 310), HeaderSize: 120,
			Time: 1200 * time.Microsecond},
	}
	events := []*runner.Event{
		{Kind: runner.ItemStarted, Item: item},
		{Kind: runner.RequestStarted, Item: item, Exchange: ex},
		{Kind: runner.RequestDone, Item: item, Exchange: ex},
		{Kind: runner.AssertionDone, Item: item, Assertion: &scripts.Assertion{Name: "Status code is 200", Passed: true}},
		{Kind: runner.AssertionDone, Item: item, Assertion: &scripts.Assertion{Name: "Session belongs to the demo user", Passed: true, Index: 1}},
		{Kind: runner.AssertionDone, Item: item, Assertion: &scripts.Assertion{Name: "Session has expiry times", Passed: true, Index: 2}},
		{Kind: runner.ScriptDone, Item: item, Script: &runner.ScriptRun{Event: "test", Result: &scripts.Result{}}},
		{Kind: runner.ItemDone, Item: item},
	}
	cli := NewCLI(io.Discard, CLIOptions{})
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range events {
			cli.Event(e)
		}
	}
}
