package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/fixtures/amserver"
	"github.com/pmrun/pmrun/fixtures/newmanrun"
)

// TestForgeRockConformance is issue 2's must-show: Newman 6.2.2 and pmrun
// run fixtures/forgerock's collection against one fake AM server, once as
// it is and once with a bogus session token, and report the same
// assertions with the same results and messages, and the same cli output
// and JUnit report but for timings, made-up ids and ports. It runs when NEWMAN names a newman binary
// (make conformance sets it).
func TestForgeRockConformance(t *testing.T) {
	newman := newmanrun.Binary(t)
	srv := httptest.NewServer(amserver.New(amserver.Options{}))
	defer srv.Close()
	dir := filepath.Join("fixtures", "forgerock")
	colPath := filepath.Join(dir, "session-management.postman_collection.json")
	base := []string{"-e", filepath.Join(dir, "local.postman_environment.json"), "--env-var", "amUrl=" + srv.URL + "/am"}
	for _, tt := range []struct {
		name     string
		extra    []string
		wantExit int
	}{
		{"pass", nil, 0},
		{"bogus token", []string{"--env-var", "demoSSOToken=bogus"}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			args := append(append([]string{}, base...), tt.extra...)

			newmanRun := newmanrun.Exec(context.Background(), t, newman, newmanrun.Run{
				Collection: colPath,
				Args:       append(args, "--reporter-junit-export", filepath.Join(tmp, "newman.xml")),
				Reporters:  "cli,json,junit",
			})
			if newmanRun.ExitCode != tt.wantExit {
				t.Fatalf("newman exited %d, want %d:\n%s", newmanRun.ExitCode, tt.wantExit, newmanRun.Stdout)
			}

			pmrunReport := filepath.Join(tmp, "pmrun.json")
			var pmrunOut, pmrunErr bytes.Buffer
			if code := run(append(append([]string{"run", colPath}, args...), "-r", "cli,json,junit", "--reporter-json-export", pmrunReport,
				"--reporter-junit-export", filepath.Join(tmp, "pmrun.xml")), &pmrunOut, &pmrunErr); code != tt.wantExit {
				t.Fatalf("pmrun exited %d, want %d:\n%s%s", code, tt.wantExit, pmrunOut.String(), pmrunErr.String())
			}

			want, got := reportAssertions(newmanRun.Report), reportAssertions(newmanrun.ReadReport(t, pmrunReport))
			if len(want) == 0 {
				t.Fatal("Newman's report holds no assertions")
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("assertions differ:\n--- pmrun ---\n%s\n--- newman ---\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if g, w := maskRun(pmrunOut.String()), maskRun(newmanRun.Stdout); g != w {
				t.Errorf("cli output differs:\n--- pmrun ---\n%s\n--- newman ---\n%s", g, w)
			}
			if g, w := maskJUnit(t, filepath.Join(tmp, "pmrun.xml")), maskJUnit(t, filepath.Join(tmp, "newman.xml")); g != w {
				t.Errorf("junit report differs:\n--- pmrun ---\n%s\n--- newman ---\n%s", g, w)
			}
		})
	}
}

// reportAssertions lists a JSON report's assertions, one line each:
// item, assertion, outcome and, for a failure, the error's name and
// message.
func reportAssertions(r *newmanrun.Report) []string {
	var out []string
	for _, ex := range r.Run.Executions {
		for _, a := range ex.Assertions {
			outcome := "passed"
			switch {
			case a.Skipped:
				outcome = "skipped"
			case a.Error != nil:
				outcome = fmt.Sprintf("failed: %s: %s", a.Error.Name, a.Error.Message)
			}
			out = append(out, fmt.Sprintf("%s / %s: %s", ex.Item.Name, a.Assertion, outcome))
		}
	}
	return out
}

var (
	runTimingRE = regexp.MustCompile(`\d+(\.\d+)?(ms|µs|s|m)\b`)
	runPortRE   = regexp.MustCompile(`127\.0\.0\.1:\d+`)
	runRuleRE   = regexp.MustCompile(`─+`)
	runSpacesRE = regexp.MustCompile(` {2,}`)
)

var (
	junitTimeRE = regexp.MustCompile(`(time|timestamp)="[^"]*"`)
	junitIDRE   = regexp.MustCompile(`id="[0-9a-f-]{36}"`)
)

// maskJUnit reads a JUnit report, its times, timestamps, made-up ids and
// ports hidden.
func maskJUnit(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := junitTimeRE.ReplaceAllString(string(data), `$1="T"`)
	s = junitIDRE.ReplaceAllString(s, `id="ID"`)
	return runPortRE.ReplaceAllString(s, "HOST")
}

// maskRun hides what differs from run to run in cli output: timings,
// the server's port, and the table widths timings drive.
func maskRun(s string) string {
	s = runTimingRE.ReplaceAllString(s, "T")
	s = runPortRE.ReplaceAllString(s, "HOST")
	s = runRuleRE.ReplaceAllString(s, "─")
	s = runSpacesRE.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
