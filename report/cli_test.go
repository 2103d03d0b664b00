package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fakeRun replays the events of a run of the echo-pass / echo-fail
// collections (testdata/collections) with fixed timings, so that the
// output is stable; the golden files were checked line by line against
// Newman 6.2.2's output for the same collections.
func fakeRun(l runner.Listener, failing bool) {
	folder := &collection.Item{ID: "folder-reads", Name: "Reads"}
	get := &collection.Item{ID: "get-query", Name: "Get with query", Parent: folder, Request: &collection.Request{}}
	post := &collection.Item{ID: "post-body", Name: "Post body", Request: &collection.Request{}}
	start := time.Date(2026, 11, 26, 4, 0, 0, 0, time.UTC)
	s := &runner.Summary{Started: start, Finished: start.Add(154 * time.Millisecond)}
	s.Stats.Iterations.Total = 1
	s.Stats.Requests.Total = 2
	s.Stats.TestScripts.Total = 2
	s.Stats.Assertions.Total = 2
	cur := runner.Cursor{Iterations: 1, Length: 2}
	emit := func(e *runner.Event) { e.Cursor = cur; l.Event(e) }
	resp := func(code int, status string, body string, ms int) *runner.Exchange {
		// The cli prints the URL as resolved, the JSON report as sent.
		return &runner.Exchange{Request: runner.SentRequest{Method: "GET", URL: "http://127.0.0.1:28417/get?x=hello%20you",
			ResolvedURL: "http://127.0.0.1:28417/get?x=hello you"},
			Response: &runner.Response{Code: code, Status: status, Body: []byte(body), HeaderSize: 120, Time: time.Duration(ms) * time.Millisecond}}
	}
	send := func(it *collection.Item, ex *runner.Exchange) {
		emit(&runner.Event{Kind: runner.RequestStarted, Item: it, Exchange: ex})
		emit(&runner.Event{Kind: runner.RequestDone, Item: it, Exchange: ex})
	}
	emit(&runner.Event{Kind: runner.RunStarted})
	emit(&runner.Event{Kind: runner.IterationStarted})
	emit(&runner.Event{Kind: runner.ItemStarted, Item: get})
	send(get, resp(200, "OK", `{"args":{"x":"hello"}}`, 12))
	emit(&runner.Event{Kind: runner.ConsoleLogged, Item: get, Console: &runner.ConsoleMessage{Level: "log", Args: []string{"'seen'", "'hello'"}}})
	emit(&runner.Event{Kind: runner.AssertionDone, Item: get, Assertion: &scripts.Assertion{Name: "status is 200", Passed: true}})
	emit(&runner.Event{Kind: runner.ItemDone, Item: get})
	cur.Position = 1
	emit(&runner.Event{Kind: runner.ItemStarted, Item: post})
	if failing {
		ex := resp(404, "Not Found", `{"status":404}`, 3)
		ex.Request.Method = "POST"
		send(post, ex)
		a := &scripts.Assertion{Name: "json echoed", Error: &scripts.Error{Name: "Error", Message: "no json"}}
		emit(&runner.Event{Kind: runner.AssertionDone, Item: post, Assertion: a})
		serr := &scripts.Error{Name: "ReferenceError", Message: "notDefined is not defined"}
		emit(&runner.Event{Kind: runner.ScriptDone, Item: post, Script: &runner.ScriptRun{Event: "test", Result: &scripts.Result{Error: serr}}})
		s.Stats.Assertions.Failed = 1
		s.Stats.TestScripts.Failed = 1
		s.Failures = []runner.Failure{
			{Error: a.Error, At: "assertion:0 in test-script", Item: post, Cursor: cur, Test: a.Name},
			{Error: serr, At: "test-script", Item: post, Cursor: cur},
		}
	} else {
		ex := resp(200, "OK", `{"json":{"a":1}}`, 3)
		ms := func(f float64) time.Duration { return time.Duration(f * float64(time.Millisecond)) }
		ex.Response.Timings = &runner.Timings{Prepare: ms(14), Wait: ms(2), TCP: ms(0.605), FirstByte: ms(2), Download: ms(7), Process: ms(0.233), Total: ms(28)}
		send(post, ex)
		emit(&runner.Event{Kind: runner.AssertionDone, Item: post, Assertion: &scripts.Assertion{Name: "json echoed", Passed: true}})
	}
	emit(&runner.Event{Kind: runner.ItemDone, Item: post})
	s.ResponseTimes.Add(12 * time.Millisecond)
	s.ResponseTimes.Add(3 * time.Millisecond)
	s.ReceivedBytes = 38
	emit(&runner.Event{Kind: runner.IterationDone})
	emit(&runner.Event{Kind: runner.RunDone, Summary: s})
}

func TestCLIGolden(t *testing.T) {
	tests := []struct {
		name    string
		failing bool
		opts    CLIOptions
	}{
		{"pass", false, CLIOptions{CollectionName: "Echo pass"}},
		{"fail", true, CLIOptions{CollectionName: "Echo fail", TableColors: true}},
		{"fail-plain", true, CLIOptions{CollectionName: "Echo fail", DisableUnicode: true}},
		{"fail-color", true, CLIOptions{CollectionName: "Echo fail", Color: true, TableColors: true}},
		{"quiet", true, CLIOptions{CollectionName: "Echo fail", NoBanner: true, NoSummary: true, NoSuccessAssertions: true, NoConsole: true}},
		{"no-failures", true, CLIOptions{CollectionName: "Echo fail", NoFailures: true, NoAssertions: true}},
		{"verbose", false, CLIOptions{CollectionName: "Echo pass", Verbose: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			fakeRun(NewCLI(&buf, tt.opts), tt.failing)
			golden(t, filepath.Join("testdata", "cli-"+tt.name+".golden"), buf.Bytes())
		})
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (rerun with -update after checking):\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

func TestConsoleWrapsAtTerminalWidth(t *testing.T) {
	for _, tt := range []struct{ width, lineLen int }{{0, 54}, {40, 34}, {15, 54}} {
		var buf bytes.Buffer
		c := NewCLI(&buf, CLIOptions{Width: tt.width})
		c.Event(&runner.Event{Kind: runner.ConsoleLogged, Console: &runner.ConsoleMessage{Level: "log", Args: []string{strings.Repeat("x", 100)}}})
		first := strings.Split(buf.String(), "\n")[1]
		if got := len(strings.TrimPrefix(first, "  │ ")); got != tt.lineLen {
			t.Errorf("width %d: first line has %d characters, want %d", tt.width, got, tt.lineLen)
		}
	}
}

func TestConsoleMessagesShareABox(t *testing.T) {
	logged := func(arg string) *runner.Event {
		return &runner.Event{Kind: runner.ConsoleLogged, Console: &runner.ConsoleMessage{Level: "log", Args: []string{arg}}}
	}
	passed := &runner.Event{Kind: runner.AssertionDone, Assertion: &scripts.Assertion{Name: "ok", Passed: true}}
	tests := []struct {
		name   string
		events []*runner.Event
		gaps   []time.Duration // before each event
		want   string
	}{
		{"messages in a row share one box", []*runner.Event{logged("a"), logged("b")}, []time.Duration{0, 0},
			"  ┌\n  │ a\n  │ b\n  └\n"},
		{"other output closes the box", []*runner.Event{logged("a"), passed, logged("b")}, []time.Duration{0, 0, 0},
			"  ┌\n  │ a\n  └\n  ✓  ok\n  ┌\n  │ b\n  └\n"},
		{"a pause closes the box", []*runner.Event{logged("a"), logged("b")}, []time.Duration{0, time.Second},
			"  ┌\n  │ a\n  └\n  ┌\n  │ b\n  └\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			c := NewCLI(&buf, CLIOptions{NoSummary: true})
			now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			c.now = func() time.Time { return now }
			for i, e := range tt.events {
				now = now.Add(tt.gaps[i])
				c.Event(e)
			}
			c.Event(&runner.Event{Kind: runner.RunDone, Summary: &runner.Summary{}})
			if got := buf.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestRequestLineWithoutStart(t *testing.T) {
	var buf bytes.Buffer
	c := NewCLI(&buf, CLIOptions{})
	ex := &runner.Exchange{Request: runner.SentRequest{Method: "GET", URL: "http://h/x"}, Err: errors.New("refused")}
	c.Event(&runner.Event{Kind: runner.RequestDone, Exchange: ex})
	if got, want := buf.String(), "  GET http://h/x [errored]\n     refused\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRequestsSideBySide(t *testing.T) {
	var buf bytes.Buffer
	c := NewCLI(&buf, CLIOptions{})
	a := &runner.Exchange{Request: runner.SentRequest{Method: "GET", ResolvedURL: "http://h/a"}}
	b := &runner.Exchange{Request: runner.SentRequest{Method: "POST", ResolvedURL: "http://h/b"}}
	c.Event(&runner.Event{Kind: runner.RequestStarted, Exchange: a})
	c.Event(&runner.Event{Kind: runner.RequestStarted, Exchange: b})
	b.Response = &runner.Response{Code: 201, Status: "Created", Time: time.Millisecond}
	c.Event(&runner.Event{Kind: runner.RequestDone, Exchange: b})
	a.Err = errors.New("refused")
	c.Event(&runner.Event{Kind: runner.RequestDone, Exchange: a})
	want := "  GET http://h/a   POST http://h/b [201 Created, 0B, 1ms]\n[errored]\n     refused\n"
	if got := buf.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
