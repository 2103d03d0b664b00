package scripts_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/fixtures/echo"
	"github.com/pmrun/pmrun/runner"
)

// outcome is one assertion as both runners report it.
type outcome struct {
	Item, Name string
	Skipped    bool
	Message    string // "" when it passed
}

func (o outcome) String() string {
	s := o.Item + " / " + o.Name
	if o.Skipped {
		s += " [skipped]"
	}
	if o.Message != "" {
		s += ": " + o.Message
	}
	return s
}

// TestPMAPIConformance runs fixtures/collections/pm-api under pmrun and
// under Newman (NEWMAN=/path/to/newman) against the echo fixture and
// compares the assertions each item reports: names, skips and messages.
// Asynchronous callbacks may finish in another order, so each item's
// assertions are compared as a sorted list.
func TestPMAPIConformance(t *testing.T) {
	newman := os.Getenv("NEWMAN")
	if newman == "" {
		t.Skip("set NEWMAN to a newman binary to compare with Newman")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, err := echo.Start(ctx, echo.Options{EchoAddr: "127.0.0.1:0", RawAddr: "127.0.0.1:0", RedirectAddr: "127.0.0.1:0", RawDelay: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	colPath := filepath.Join("..", "fixtures", "collections", "pm-api.postman_collection.json")
	vars := map[string]string{"baseUrl": srv.EchoURL, "rawUrl": srv.RawURL}

	want := newmanOutcomes(ctx, t, newman, colPath, vars)
	got := pmrunOutcomes(ctx, t, colPath, vars)
	if len(want) == 0 {
		t.Fatal("Newman reported no assertions")
	}
	t.Logf("%d assertions from Newman, %d from pmrun", len(want), len(got))
	g, w := strings.Join(got, "\n"), strings.Join(want, "\n")
	if os.Getenv("CONFORMANCE_DUMP") != "" {
		_ = os.WriteFile(os.Getenv("CONFORMANCE_DUMP")+".pmrun", []byte(g), 0o644)
		_ = os.WriteFile(os.Getenv("CONFORMANCE_DUMP")+".newman", []byte(w), 0o644)
	}
	if g != w {
		t.Errorf("pmrun and Newman differ\n--- pmrun\n%s\n--- newman\n%s", g, w)
	}
}

func sortedPerItem(items []string, per map[string][]outcome) []string {
	var out []string
	for _, it := range items {
		var lines []string
		for _, o := range per[it] {
			lines = append(lines, o.String())
		}
		sort.Strings(lines)
		out = append(out, lines...)
	}
	return out
}

func newmanOutcomes(ctx context.Context, t *testing.T, newman, colPath string, vars map[string]string) []string {
	t.Helper()
	report := filepath.Join(t.TempDir(), "newman.json")
	args := []string{"run", colPath, "-r", "json", "--reporter-json-export", report}
	for k, v := range vars {
		args = append(args, "--env-var", k+"="+v)
	}
	if out, err := exec.CommandContext(ctx, newman, args...).CombinedOutput(); err != nil && !strings.Contains(err.Error(), "exit status 1") {
		t.Fatalf("newman: %v\n%s", err, out)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Run struct {
			Executions []struct {
				ID   string `json:"id"`
				Item struct {
					ID   string `json:"id"`
					Name string `json:"name"`
				} `json:"item"`
				Assertions []struct {
					Assertion string `json:"assertion"`
					Skipped   bool   `json:"skipped"`
					Error     *struct {
						Message string `json:"message"`
					} `json:"error"`
				} `json:"assertions"`
			} `json:"executions"`
		} `json:"run"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	per := map[string][]outcome{}
	var items []string
	lastID := ""
	for _, ex := range rep.Run.Executions {
		// Newman repeats an item's execution for each pm.sendRequest it
		// makes; count it once.
		if ex.ID == lastID {
			continue
		}
		lastID = ex.ID
		if _, seen := per[ex.Item.Name]; !seen {
			items = append(items, ex.Item.Name)
		}
		per[ex.Item.Name] = nil
		for _, a := range ex.Assertions {
			o := outcome{Item: ex.Item.Name, Name: a.Assertion, Skipped: a.Skipped}
			if a.Error != nil {
				o.Message = a.Error.Message
			}
			per[ex.Item.Name] = append(per[ex.Item.Name], o)
		}
	}
	return sortedPerItem(items, per)
}

func pmrunOutcomes(ctx context.Context, t *testing.T, colPath string, vars map[string]string) []string {
	t.Helper()
	col, err := collection.ReadCollection(colPath)
	if err != nil {
		t.Fatal(err)
	}
	env := collection.NewScope("env", nil)
	for k, v := range vars {
		env.Set(k, v)
	}
	per := map[string][]outcome{}
	sent := map[string]bool{}
	var items []string
	var current []outcome
	listener := runner.ListenerFunc(func(e *runner.Event) {
		switch e.Kind {
		case runner.ItemStarted:
			current = nil
		case runner.RequestDone:
			if e.Item != nil {
				sent[e.Item.Name] = true
			}
		case runner.AssertionDone:
			a := e.Assertion
			o := outcome{Item: e.Item.Name, Name: a.Name, Skipped: a.Skipped}
			if a.Error != nil && !a.Skipped {
				o.Message = a.Error.Message
			}
			current = append(current, o)
		case runner.ItemDone:
			// Newman's report has no execution for a skipped request.
			if !sent[e.Item.Name] {
				return
			}
			if _, seen := per[e.Item.Name]; !seen {
				items = append(items, e.Item.Name)
			}
			per[e.Item.Name] = current
		}
	})
	runner.New(col, runner.Options{Environment: env, Listener: listener}).Run(ctx)
	return sortedPerItem(items, per)
}
