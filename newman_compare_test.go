package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/fixtures/newmanrun"
)

// TestCLIMatchesNewman runs the echo collections in process and compares
// the cli output with Newman 6.2.2's for the same collections
// (testdata/newman, captured against the same echo fixture). Timings,
// sizes, ports and the table widths they drive are masked; console boxes
// are left out, since rendering console arguments is the script sandbox's
// part, not the reporter's.
func TestCLIMatchesNewman(t *testing.T) {
	srv := newmanrun.StartEcho(context.Background(), t)
	for _, name := range []string{"echo-pass"} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			run([]string{"run", filepath.Join("testdata", "collections", name+".postman_collection.json"),
				"--env-var", "echo=" + srv.EchoURL}, &out, &errOut)
			want, err := os.ReadFile(filepath.Join("testdata", "newman", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := maskCLI(out.String()), maskCLI(string(want)); got != want {
				t.Errorf("cli output differs from Newman's:\n--- pmrun ---\n%s\n--- newman ---\n%s", got, want)
			}
		})
	}
}

var (
	timingRE  = regexp.MustCompile(`\d+(\.\d+)?(ms|µs|s)\b`)
	sizeRE    = regexp.MustCompile(`\d+(\.\d+)?k?B\b`)
	portRE    = regexp.MustCompile(`127\.0\.0\.1:\d+`)
	borderRE  = regexp.MustCompile(`[─]+`)
	spacesRE  = regexp.MustCompile(` {2,}`)
	consoleRE = regexp.MustCompile(`(?m)^  [┌│└].*\n`)
)

func maskCLI(s string) string {
	s = consoleRE.ReplaceAllString(s, "")
	s = timingRE.ReplaceAllString(s, "T")
	s = sizeRE.ReplaceAllString(s, "S")
	s = portRE.ReplaceAllString(s, "HOST")
	s = borderRE.ReplaceAllString(s, "─")
	s = spacesRE.ReplaceAllString(s, " ")
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, strings.TrimRight(l, " "))
	}
	return strings.Join(lines, "\n")
}

// TestJSONMatchesNewman compares the json report with Newman's for the
// same collection, reduced as the conformance harness reduces reports:
// per execution the item name, method, URL path and query, response code
// and assertions; run.stats; the failures.
func TestJSONMatchesNewman(t *testing.T) {
	srv := newmanrun.StartEcho(context.Background(), t)
	out := filepath.Join(t.TempDir(), "r.json")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"run", filepath.Join("testdata", "collections", "echo-pass.postman_collection.json"),
		"--env-var", "echo=" + srv.EchoURL, "-r", "json", "--reporter-json-export", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "newman", "echo-pass.json"))
	if err != nil {
		t.Fatal(err)
	}
	if g, w := reduceReport(t, got), reduceReport(t, want); g != w {
		t.Errorf("json report differs from Newman's:\n--- pmrun ---\n%s\n--- newman ---\n%s", g, w)
	}
}

// reduceReport keeps the fields CI tools and the conformance harness read.
func reduceReport(t *testing.T, data []byte) string {
	t.Helper()
	var r struct {
		Run struct {
			Stats      map[string]map[string]int
			Executions []struct {
				Item    struct{ Name string }
				Request struct {
					Method string
					URL    struct {
						Path  []string
						Query []struct{ Key, Value string }
					}
				}
				Response   struct{ Code int }
				Assertions []struct {
					Assertion string
					Skipped   bool
					Error     *struct{ Name, Message string }
				}
			}
			Failures []struct {
				Error  struct{ Name, Message string }
				Source struct{ Name string }
			}
		}
	}
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(r.Run, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
