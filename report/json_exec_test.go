package report

import (
	"encoding/json"
	"errors"
	"net"
	"regexp"
	"syscall"
	"testing"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

// mapExecution is the execution entry built from maps, as the json
// reporter built it before executionJSON; both must marshal alike.
func mapExecution(ex *execution) map[string]any {
	e := map[string]any{
		"cursor": cursorJSON(ex.cursor),
		"item":   itemJSON(ex.item),
		"id":     itemID(ex.item),
	}
	req := ex.exchange.Request
	request := map[string]any{
		"url":    urlJSON(req.URL),
		"header": headersJSON(req.Headers),
		"method": req.Method,
	}
	if req.BodySpec != nil {
		request["body"] = bodyJSON(req.BodySpec)
		if file, ok := request["body"].(map[string]any)["file"].(map[string]any); ok {
			file["value"] = nil
		}
	}
	if r := ex.item.Request; r != nil && r.Description != "" {
		request["description"] = descriptionJSON(r.Description)
	}
	if ex.exchange.Err == nil && ex.auth != nil {
		request["auth"] = ex.auth
	}
	e["request"] = request
	if ex.exchange.Err != nil {
		e["requestError"] = runner.NodeErrorFields(ex.exchange.Err)
	}
	for k, errs := range ex.scriptErrs {
		list := make([]any, len(errs))
		for i, err := range errs {
			list[i] = map[string]any{"error": errorJSON(err)}
		}
		e[k] = list
	}
	asserts := make([]any, len(ex.assertions))
	for i, a := range ex.assertions {
		entry := map[string]any{"assertion": a.Name, "skipped": a.Skipped}
		if a.Error != nil && !a.Skipped {
			err := errorJSON(a.Error)
			err["index"] = a.Index
			err["test"] = a.Name
			entry["error"] = err
		}
		asserts[i] = entry
	}
	if len(asserts) > 0 {
		e["assertions"] = asserts
	}
	return e
}

var uuidPattern = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`)

func TestExecutionJSONMatchesMaps(t *testing.T) {
	item := &collection.Item{ID: "i-1", Name: "Get <thing> & more", Request: &collection.Request{Method: "POST",
		URL: collection.URL{Raw: "{{u}}/x?a=1"}, Headers: []collection.Header{{Key: "A", Value: "1", Disabled: true}, {Key: "B", Value: "\u2028"}}}}
	sent := runner.SentRequest{Method: "POST", URL: "http://u:p@h.example.com:8080/p/%20q/:id?a=1&b&c=&d=%26#frag",
		Headers:  []collection.Header{{Key: "Host", Value: "h.example.com:8080", System: true}, {Key: "X", Value: "<y>"}},
		BodySpec: &collection.Body{Mode: "raw", Raw: `{"a":1}`, Language: "json"}}
	refused := &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}, Err: syscall.ECONNREFUSED}
	tests := []struct {
		name string
		ex   *execution
	}{
		{"first item", &execution{item: item, cursor: runner.Cursor{Length: 1, Iterations: 1},
			exchange: &runner.Exchange{Request: sent}, assertions: []scripts.Assertion{{Name: "ok", Passed: true}}}},
		{"iteration start, failures and errors", &execution{item: item, cursor: runner.Cursor{Position: 0, Iteration: 1, Length: 5, Iterations: 3},
			exchange: &runner.Exchange{Request: runner.SentRequest{Method: "GET", URL: "http://127.0.0.1:9/"}, Err: refused},
			assertions: []scripts.Assertion{
				{Name: "bad", Index: 1, Error: &scripts.Error{Name: "AssertionError", Message: "expected 1 to equal 2"}},
				{Name: "skipped", Skipped: true, Error: &scripts.Error{Name: "X"}},
			},
			scriptErrs: map[string][]*scripts.Error{
				"testScript":       {{Name: "ReferenceError", Message: "x is not defined", Stack: "ReferenceError: x\n at y"}},
				"prerequestScript": {{Name: "Error", Message: "a"}, {Name: "Error", Message: "b"}},
			}}},
		{"no id, name, request or assertions", &execution{item: &collection.Item{}, cursor: runner.Cursor{Position: 3, Iteration: 2, Length: 5, Iterations: 3},
			exchange: &runner.Exchange{Request: runner.SentRequest{URL: "https://a/"}, Err: errors.New("odd")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(mapExecution(tt.ex))
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(executionJSON(tt.ex))
			if err != nil {
				t.Fatal(err)
			}
			w, g := uuidPattern.ReplaceAllString(string(want), "UUID"), uuidPattern.ReplaceAllString(string(got), "UUID")
			if g != w {
				t.Errorf("typed\n%s\nmaps\n%s", g, w)
			}
		})
	}
	hs := []collection.Header{{Key: "K", Value: "<v>"}, {Key: "S", Value: "1", System: true}}
	got, _ := json.Marshal(responseMetaOut{ID: "r", Status: "OK", Code: 200, Header: headersOut(hs)})
	want, _ := json.Marshal(map[string]any{"id": "r", "status": "OK", "code": 200, "header": headersJSON(hs)})
	if string(got) != string(want) {
		t.Errorf("response meta\n%s\nwant\n%s", got, want)
	}
}
