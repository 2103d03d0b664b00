package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

// TestJSONShapesAsNewman checks the parts of an execution whose shape
// follows Newman's report: header flags, the body definition, cursors,
// one copy of the execution per request the item made (pm.sendRequest's
// included), no assertions list without assertions, unnamed scopes with
// an id.
func TestJSONShapesAsNewman(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.json")
	j, err := NewJSON(Options{"export": path}, Env{Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	a := &collection.Item{ID: "a", Name: "a", Request: &collection.Request{}}
	b := &collection.Item{ID: "b", Name: "b", Request: &collection.Request{}}
	sent := func(url string) *runner.Exchange {
		return &runner.Exchange{Request: runner.SentRequest{Method: "POST", URL: url,
			Headers:  []collection.Header{{Key: "X-Off", Value: "1", Disabled: true}, {Key: "Host", Value: "h", System: true}},
			BodySpec: &collection.Body{Mode: "urlencoded", URLEncoded: []collection.Param{{Key: "k", Value: "v"}, {Key: "d", Value: "x", Disabled: true}}}},
			Response: &runner.Response{Code: 200, Body: []byte("ok")}}
	}
	cur := runner.Cursor{Iterations: 2, Length: 2}
	for it := 0; it < 2; it++ {
		for pos, item := range []*collection.Item{a, b} {
			cur.Iteration, cur.Position = it, pos
			j.Event(&runner.Event{Kind: runner.ItemStarted, Item: item, Cursor: cur})
			j.Event(&runner.Event{Kind: runner.RequestDone, Item: item, Cursor: cur, Exchange: sent("http://h/first")})
			if item == b && it == 0 {
				j.Event(&runner.Event{Kind: runner.RequestDone, Item: item, Cursor: cur, Exchange: sent("http://h/script")})
			}
			j.Event(&runner.Event{Kind: runner.ItemDone, Item: item, Cursor: cur})
		}
	}
	j.Event(&runner.Event{Kind: runner.RunDone, Summary: &runner.Summary{Vars: scripts.Vars{Environment: collection.NewScope("", nil)}}})
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Environment map[string]any
		Run         struct {
			Executions []struct {
				Cursor  map[string]any
				Request struct {
					URL          struct{ Path []string }
					Header, Body any
				}
				Assertions any `json:"assertions"`
			}
		}
	}
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if _, named := r.Environment["name"]; named || r.Environment["id"] == "" {
		t.Errorf("environment without a file = %v, want an id and no name", r.Environment)
	}
	ex := r.Run.Executions
	if len(ex) != 5 {
		t.Fatalf("%d executions, want 5 (b's first run twice)", len(ex))
	}
	if ex[1].Request.URL.Path[0] != "script" || ex[2].Request.URL.Path[0] != "script" {
		t.Errorf("b's copies show %v, %v; want the last request, twice", ex[1].Request.URL.Path, ex[2].Request.URL.Path)
	}
	wantHeaders := []any{
		map[string]any{"key": "X-Off", "value": "1", "disabled": true},
		map[string]any{"key": "Host", "value": "h", "system": true},
	}
	if !reflect.DeepEqual(ex[0].Request.Header, wantHeaders) {
		t.Errorf("headers = %v, want %v", ex[0].Request.Header, wantHeaders)
	}
	wantBody := map[string]any{"mode": "urlencoded", "urlencoded": []any{
		map[string]any{"key": "k", "value": "v"}, map[string]any{"key": "d", "value": "x", "disabled": true}}}
	if !reflect.DeepEqual(ex[0].Request.Body, wantBody) {
		t.Errorf("body = %v, want %v", ex[0].Request.Body, wantBody)
	}
	if ex[0].Assertions != nil {
		t.Errorf("assertions = %v, want none", ex[0].Assertions)
	}
	for i, want := range []struct {
		bof, cr any
	}{{true, false}, {nil, nil}, {nil, nil}, {nil, true}, {nil, nil}} {
		if ex[i].Cursor["bof"] != want.bof || ex[i].Cursor["cr"] != want.cr {
			t.Errorf("execution %d cursor = %v, want bof %v cr %v", i, ex[i].Cursor, want.bof, want.cr)
		}
	}
}
