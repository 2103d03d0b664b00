package scripts_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/fixtures/echo"
	"github.com/pmrun/pmrun/fixtures/newmanrun"
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
func TestPMAPIConformance(t *testing.T) {
	compareAssertions(t, "pm-api", func(srv *echo.Servers) map[string]string {
		return map[string]string{"baseUrl": srv.EchoURL, "rawUrl": srv.RawURL}
	})
}

// compareAssertions runs fixtures/collections/<name> under pmrun and under
// Newman against fresh echo servers, with the variables vars gives as
// environment, and compares the assertions each item reports.
// Asynchronous callbacks may finish in another order, so each item's
// assertions are compared as a sorted list. With CONFORMANCE_DUMP=prefix
// both lists are written to prefix.<name>.pmrun and prefix.<name>.newman.
func compareAssertions(t *testing.T, name string, vars func(*echo.Servers) map[string]string) {
	t.Helper()
	newman := newmanrun.Binary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	env := vars(newmanrun.StartEcho(ctx, t))
	colPath := filepath.Join("..", "fixtures", "collections", name+".postman_collection.json")

	want := newmanOutcomes(ctx, t, newman, colPath, env)
	got := pmrunOutcomes(ctx, t, colPath, env)
	if len(want) == 0 {
		t.Fatal("Newman reported no assertions")
	}
	t.Logf("%d assertions from Newman, %d from pmrun", len(want), len(got))
	g, w := strings.Join(got, "\n"), strings.Join(want, "\n")
	if dump := os.Getenv("CONFORMANCE_DUMP"); dump != "" {
		_ = os.WriteFile(dump+"."+name+".pmrun", []byte(g), 0o644)
		_ = os.WriteFile(dump+"."+name+".newman", []byte(w), 0o644)
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
	rep := newmanrun.Exec(ctx, t, newman, newmanrun.Run{Collection: colPath, Vars: vars}).Report
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
