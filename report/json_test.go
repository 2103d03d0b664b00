package report

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

func TestJSONReport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.json")
	j, err := NewJSON(Options{"export": path}, Env{Collection: &collection.Collection{Info: collection.Info{ID: "c1", Name: "Echo fail"}}, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	fakeRun(j, true)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	var report struct {
		Collection struct{ Info struct{ Name string } }
		Run        struct {
			Stats      map[string]map[string]int
			Executions []struct {
				Item    struct{ Name string }
				Request struct {
					Method string
					URL    struct {
						Path  []string
						Query []map[string]any
					}
				}
				Response struct {
					Code   int
					Stream struct {
						Type string
						Data []byte
					}
				}
				Assertions []struct {
					Assertion string
					Skipped   bool
					Error     *struct{ Name, Message, Test string }
				}
				TestScript []struct{ Error struct{ Name string } }
			}
			Failures []struct {
				Error  struct{ Name, Message string }
				At     string
				Source struct{ Name string }
			}
			Error any
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, data)
	}
	r := report.Run
	if report.Collection.Info.Name != "Echo fail" || len(r.Executions) != 2 || len(r.Failures) != 2 || r.Error != nil {
		t.Fatalf("report: %+v", report)
	}
	if got := r.Stats["assertions"]; got["total"] != 2 || got["failed"] != 1 {
		t.Errorf("stats.assertions = %v", got)
	}
	e0, e1 := r.Executions[0], r.Executions[1]
	if e0.Item.Name != "Get with query" || e0.Request.Method != "GET" || e0.Response.Code != 200 ||
		strings.Join(e0.Request.URL.Path, "/") != "get" || e0.Request.URL.Query[0]["key"] != "x" {
		t.Errorf("execution 0: %+v", e0)
	}
	// Buffer JSON carries the body bytes, as Newman's response.stream.
	var stream struct{ Data []int }
	if err := json.Unmarshal(data[strings.Index(string(data), `"stream":`)+9:strings.Index(string(data), `,"cookie"`)], &stream); err != nil {
		t.Fatal(err)
	}
	body := make([]byte, len(stream.Data))
	for i, b := range stream.Data {
		body[i] = byte(b)
	}
	if string(body) != `{"args":{"x":"hello"}}` || e0.Response.Stream.Type != "Buffer" {
		t.Errorf("stream = %q (%s)", body, e0.Response.Stream.Type)
	}
	if a := e1.Assertions[0]; a.Error == nil || a.Error.Message != "no json" || a.Error.Test != "json echoed" {
		t.Errorf("failed assertion: %+v", a)
	}
	if len(e1.TestScript) != 1 || e1.TestScript[0].Error.Name != "ReferenceError" {
		t.Errorf("testScript errors: %+v", e1.TestScript)
	}
	if f := r.Failures[0]; f.At != "assertion:0 in test-script" || f.Source.Name != "Post body" || f.Error.Message != "no json" {
		t.Errorf("failure 0: %+v", f)
	}
}

// TestJSONMemoryIsFlat checks that the json reporter keeps executions on
// disk, not in memory: ten times the executions must not cost ten times
// the heap.
func TestJSONMemoryIsFlat(t *testing.T) {
	heapAfter := func(n int) uint64 {
		dir := t.TempDir()
		j, err := NewJSON(Options{"export": filepath.Join(dir, "r.json")}, Env{Now: time.Now})
		if err != nil {
			t.Fatal(err)
		}
		body := []byte(strings.Repeat("x", 20_000))
		item := &collection.Item{ID: "i", Name: "i", Request: &collection.Request{}}
		j.Event(&runner.Event{Kind: runner.RunStarted})
		for i := 0; i < n; i++ {
			j.Event(&runner.Event{Kind: runner.ItemStarted, Item: item})
			j.Event(&runner.Event{Kind: runner.RequestDone, Exchange: &runner.Exchange{
				Request:  runner.SentRequest{Method: "GET", URL: "http://127.0.0.1/x"},
				Response: &runner.Response{Code: 200, Body: append([]byte(nil), body...)}}})
			j.Event(&runner.Event{Kind: runner.AssertionDone, Assertion: &scripts.Assertion{Name: "ok", Passed: true}})
			j.Event(&runner.Event{Kind: runner.ItemDone})
		}
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		j.Event(&runner.Event{Kind: runner.RunDone, Summary: &runner.Summary{}})
		if err := j.Close(); err != nil {
			t.Fatal(err)
		}
		return m.HeapAlloc
	}
	small := heapAfter(30)
	large := heapAfter(300) // 5.4MB more of bodies than the small run
	if large > small+2_000_000 {
		t.Errorf("heap grew from %d to %d bytes with 10x the executions", small, large)
	}
}

func TestExportPath(t *testing.T) {
	now := time.Date(2026, 11, 26, 4, 20, 37, 622_000_000, time.UTC)
	dir := t.TempDir()
	tests := []struct{ given, want string }{
		{"", filepath.Join("newman", "newman-run-report-2026-11-26-04-20-37-622-0.json")},
		{"out.json", "out.json"},
		{dir, filepath.Join(dir, "newman-run-report-2026-11-26-04-20-37-622-0.json")},
	}
	for _, tt := range tests {
		if got := ExportPath(tt.given, "newman-run-report.json", now); got != tt.want {
			t.Errorf("ExportPath(%q) = %q, want %q", tt.given, got, tt.want)
		}
	}
}

func TestWriteFileIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("cut short")
	})
	if err == nil {
		t.Fatal("error not reported")
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("file = %q after a failed write, want the old content", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("file = %q, want new", got)
	}
}
