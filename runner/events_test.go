package runner

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

// TestEventOrder checks the order reporters rely on, which is Newman's:
// the pre-request script's output comes before the request starts, a
// script's pm.sendRequest is announced and answered where its callback
// runs, and the request line carries the URL as resolved, path variables
// filled and nothing encoded.
func TestEventOrder(t *testing.T) {
	srv := statusServer(t)
	src := `{"info": {"name": "t"}, "item": [{"name": "one",
	  "request": {"method": "GET", "url": {"raw": "BASE/:id?q=a b", "host": ["BASE"], "path": [":id"],
	    "query": [{"key": "q", "value": "a b"}], "variable": [{"key": "id", "value": "200"}]}},
	  "event": [
	    {"listen": "prerequest", "script": {"exec": ["console.log('pre')"]}},
	    {"listen": "test", "script": {"exec": ["pm.sendRequest('BASE/200', function () { console.log('sent'); });"]}}]}]}`
	col, err := collection.ParseCollection([]byte(strings.ReplaceAll(src, "BASE", srv.URL)), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	opts := Options{Listener: ListenerFunc(func(e *Event) {
		switch e.Kind {
		case ConsoleLogged:
			got = append(got, "console "+strings.Join(e.Console.Args, " "))
		case ScriptDone:
			got = append(got, "script "+e.Script.Event)
		case RequestStarted:
			got = append(got, "started "+e.Exchange.Request.ResolvedURL)
		case RequestDone:
			got = append(got, fmt.Sprint("done ", e.Exchange.Response.Code))
		}
	})}
	New(col, opts).Run(context.Background())
	want := []string{
		"console 'pre'", "script prerequest",
		"started " + srv.URL + "/200?q=a b", "done 200",
		"started " + srv.URL + "/200", "done 200", "console 'sent'", "script test",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestInspectString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "'plain'"},
		{"it's", `"it's"`},
		{`it's "x"`, "`it's \"x\"`"},
		{"a\nb\\", `'a\nb\\'`},
	}
	for _, tt := range tests {
		if got := inspectString(tt.in); got != tt.want {
			t.Errorf("inspectString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
