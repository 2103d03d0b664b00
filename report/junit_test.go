package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/fixtures/xsdcheck"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

func loadJUnitSchema(t *testing.T) *xsdcheck.Schema {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "junit-10.xsd"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := xsdcheck.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestJUnitReport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.xml")
	j := NewJUnit(Options{"export": path}, Env{Now: time.Now,
		Collection: &collection.Collection{Info: collection.Info{ID: "c1", Name: "Echo <fail> & co"}}})
	fakeRun(j, true)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := loadJUnitSchema(t).Validate(data); err != nil {
		t.Fatalf("report does not follow the JUnit schema: %v\n%s", err, data)
	}
	doc := string(data)
	for _, want := range []string{
		`<testsuites name="Echo &lt;fail> &amp; co" tests="0" time="0.015">`,
		`<testsuite name="Reads / Get with query" id="get-query" timestamp="2026-11-26T04:00:00.000Z" tests="1" failures="0" errors="0" time="0.012">`,
		`<testcase name="status is 200" time="0.012" classname="ReadsGetWithQuery"/>`,
		`<testsuite name="Post body" id="post-body" timestamp="2026-11-26T04:00:00.000Z" tests="1" failures="1" errors="1" time="0.003">`,
		"<system-err><![CDATA[Iteration: 0\n\n---\ntestScriptError: notDefined is not defined\n---\n]]></system-err>",
		`<failure type="AssertionFailure" message="no json">`,
		`<![CDATA[Failed 1 times.]]>`,
		`<![CDATA[Collection JSON ID: c1.]]>`,
		`<![CDATA[Request name: Post body.]]>`,
		"<![CDATA[Stacktrace: Error: no json\n   at Object.eval sandbox-script.js:1:2).]]>",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("report lacks %s\n%s", want, doc)
		}
	}
}

func TestJUnitSchemaCatchesMistakes(t *testing.T) {
	s := loadJUnitSchema(t)
	for _, bad := range []string{
		`<testsuites><testsuite name="a" tests="1" failures="0"/></testsuites>`,                           // errors missing
		`<testsuites><testcase name="a"/></testsuites>`,                                                   // testcase outside a suite
		`<testsuites><testsuite name="a" tests="1" failures="0" errors="0" time="1s"/></testsuites>`,      // time not a number
		`<testsuites><testsuite name="a" tests="1" failures="0" errors="0" colour="x"/></testsuites>`,     // unknown attribute
		`<testsuites><testsuite name="a" tests="1" failures="0" errors="0">text</testsuite></testsuites>`, // text in element content
		`<testsuites><testsuite name="a"`,
	} {
		if err := s.Validate([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func TestClassName(t *testing.T) {
	for in, want := range map[string]string{
		"Session Management / Step 1: Start Authentication Journey": "SessionManagementStep1StartAuthenticationJourney",
		"Wrong status":           "WrongStatus",
		"getHTTPResponse code":   "GetHttpResponseCode",
		"Refresh Users' Session": "RefreshUsersSession",
	} {
		if got := className(in); got != want {
			t.Errorf("className(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJUnitItemsWithoutIDs: items without an id (common in hand-written
// collections) get an id made up once, as postman-collection gives them,
// so that each is its own test suite, with the same id in every report.
func TestJUnitItemsWithoutIDs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.xml")
	j := NewJUnit(Options{"export": path}, Env{Now: time.Now, Collection: &collection.Collection{Info: collection.Info{Name: "c"}}})
	a := &collection.Item{Name: "a", Request: &collection.Request{}}
	b := &collection.Item{Name: "b", Request: &collection.Request{}}
	j.Event(&runner.Event{Kind: runner.RunStarted})
	for _, it := range []*collection.Item{a, b} {
		j.Event(&runner.Event{Kind: runner.ItemStarted, Item: it})
		j.Event(&runner.Event{Kind: runner.RequestDone, Item: it, Exchange: &runner.Exchange{Response: &runner.Response{Code: 200}}})
		j.Event(&runner.Event{Kind: runner.AssertionDone, Item: it, Assertion: &scripts.Assertion{Name: "ok", Passed: true}})
		j.Event(&runner.Event{Kind: runner.ItemDone, Item: it})
	}
	j.Event(&runner.Event{Kind: runner.RunDone, Summary: &runner.Summary{}})
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if n := strings.Count(string(data), "<testsuite "); n != 2 {
		t.Fatalf("%d test suites, want 2:\n%s", n, data)
	}
	idA, idB := itemID(a), itemID(b)
	if idA == "" || idA == idB || idA != itemID(a) {
		t.Errorf("made-up ids %q and %q: want distinct, stable ids", idA, idB)
	}
	if !strings.Contains(string(data), `id="`+idA+`"`) {
		t.Errorf("report lacks the id %s:\n%s", idA, data)
	}
}
