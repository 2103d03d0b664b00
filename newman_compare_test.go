package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/fixtures/echo"
)

// TestCLIMatchesNewman runs the echo collections in process and compares
// the cli output with Newman 6.2.2's for the same collections
// (testdata/newman, captured against the same echo fixture). Timings,
// sizes, ports and the table widths they drive are masked; console boxes
// are left out, since rendering console arguments is the script sandbox's
// part, not the reporter's.
func TestCLIMatchesNewman(t *testing.T) {
	srv, err := echo.Start(context.Background(), echo.Options{RawDelay: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
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
