package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
)

// JUnit writes Newman's JUnit XML: a testsuite per request (all its
// iterations together), a testcase per assertion name, a failure element
// with Newman's messages for failed assertions, and request and script
// errors in the suite's system-err. It keeps per request only the counts
// and messages the report needs, never response bodies.
type JUnit struct {
	path    string
	env     Env
	suites  []*junitSuite
	byID    map[string]*junitSuite
	cur     *junitSuite
	errMsg  *strings.Builder // the current execution's system-err text
	errored bool
	summary *runner.Summary
}

type junitSuite struct {
	item             *collection.Item
	tests            int // assertions of the last execution, as Newman counts
	failures, errors int
	// executions counts the item's runs; timeSum and lastTime are their
	// response times in seconds, all Newman's report needs of them.
	executions          int
	timeSum, lastTime   float64
	cases               []*junitCase
	caseByName          map[string]*junitCase
	systemErr           strings.Builder
	hasSystemErr        bool
	executionAssertions int
}

// junitCase is one assertion name of a suite: how many times it failed
// since it last passed, and the first of those failures.
type junitCase struct {
	name  string
	fails int
	first junitFailure
}

type junitFailure struct{ message, stack string }

// NewJUnit returns a junit reporter writing to opts["export"] or Newman's
// default newman/newman-run-report-<timestamp>.xml.
func NewJUnit(opts Options, env Env) *JUnit {
	return &JUnit{path: ExportPath(opts["export"], "newman-run-report.xml", env.Now()), env: env, byID: map[string]*junitSuite{}}
}

// Event implements runner.Listener.
func (j *JUnit) Event(e *runner.Event) {
	switch e.Kind {
	case runner.ItemStarted:
		j.startExecution(e)
	case runner.RequestDone:
		if j.cur == nil {
			return
		}
		j.cur.executionAssertions = 0
		t := 0.0
		if ex := e.Exchange; ex.Err != nil {
			j.cur.errors++
			j.errored = true
			fmt.Fprintf(j.errMsg, "RequestError: Error: %s\n", ex.Err)
		} else {
			t = float64(ex.Response.Time.Milliseconds()) / 1000
		}
		j.cur.executions++
		j.cur.timeSum += t
		j.cur.lastTime = t
		j.errMsg.WriteString("\n---\n")
	case runner.ScriptDone:
		if j.cur != nil && e.Script.Result.Error != nil {
			err := e.Script.Result.Error
			j.cur.errors++
			j.errored = true
			// Newman writes the sandbox error's stack, which is empty,
			// so its message.
			fmt.Fprintf(j.errMsg, "%sScriptError: %s\n---\n", e.Script.Event, err.Message)
		}
	case runner.AssertionDone:
		j.assertion(e)
	case runner.ItemDone:
		j.endExecution()
	case runner.RunDone:
		j.endExecution()
		j.summary = e.Summary
	}
}

func (j *JUnit) startExecution(e *runner.Event) {
	s := j.byID[itemID(e.Item)]
	if s == nil {
		s = &junitSuite{item: e.Item, caseByName: map[string]*junitCase{}}
		j.byID[itemID(e.Item)] = s
		j.suites = append(j.suites, s)
	}
	j.cur = s
	j.errMsg = &strings.Builder{}
	fmt.Fprintf(j.errMsg, "Iteration: %d\n", e.Cursor.Iteration)
	j.errored = false
}

func (j *JUnit) assertion(e *runner.Event) {
	if j.cur == nil {
		return
	}
	a := e.Assertion
	j.cur.executionAssertions++
	c := j.cur.caseByName[a.Name]
	if c == nil {
		c = &junitCase{name: a.Name}
		j.cur.caseByName[a.Name] = c
		j.cur.cases = append(j.cur.cases, c)
	}
	if a.Error != nil && !a.Skipped {
		j.cur.failures++
		stack := fmt.Sprintf("%s: %s\n   at Object.eval sandbox-script.js:%d:%d)", a.Error.Name, a.Error.Message, a.Index+1, e.Cursor.Position+1)
		if c.fails == 0 {
			c.first = junitFailure{message: a.Error.Message, stack: stack}
		}
		c.fails++
	} else {
		// Newman resets the failure list when the same test later passes.
		c.fails = 0
	}
}

func (j *JUnit) endExecution() {
	if j.cur == nil {
		return
	}
	j.cur.tests = j.cur.executionAssertions
	if j.errored {
		j.cur.systemErr.WriteString(j.errMsg.String())
		j.cur.hasSystemErr = true
	}
	j.cur = nil
}

// Close writes the report file, whole.
func (j *JUnit) Close() error {
	if j.summary == nil {
		return nil
	}
	// Each element goes out in one write, masked whole.
	return WriteFile(j.path, func(w io.Writer) error { return j.write(j.env.Secrets.Writer(w)) })
}

func (j *JUnit) write(w io.Writer) error {
	col := j.env.Collection
	if col == nil {
		col = &collection.Collection{}
	}
	total := 0.0
	for _, s := range j.suites {
		total += s.timeSum
	}
	stamp := j.summary.Started.UTC().Format("2006-01-02T15:04:05.000Z")
	fmt.Fprintf(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"%s\" tests=\"%d\" time=\"%.3f\">\n",
		xmlAttr(col.Info.Name), j.summary.Stats.Tests.Total, total)
	for _, s := range j.suites {
		if s.executions == 0 {
			continue // no request was sent: Newman has no execution for it
		}
		name := fullName(s.item)
		mean, last := s.timeSum/float64(s.executions), s.lastTime
		fmt.Fprintf(w, "  <testsuite name=\"%s\" id=\"%s\" timestamp=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\"",
			xmlAttr(name), xmlAttr(itemID(s.item)), stamp, s.tests, s.failures, s.errors, mean)
		if len(s.cases) == 0 && !s.hasSystemErr {
			io.WriteString(w, "/>\n")
			continue
		}
		io.WriteString(w, ">\n")
		if s.hasSystemErr {
			fmt.Fprintf(w, "    <system-err>%s</system-err>\n", cdata(s.systemErr.String()))
		}
		class := className(name)
		for _, c := range s.cases {
			fmt.Fprintf(w, "    <testcase name=\"%s\" time=\"%.3f\" classname=\"%s\"", xmlAttr(c.name), last, xmlAttr(class))
			if c.fails == 0 {
				io.WriteString(w, "/>\n")
				continue
			}
			f := c.first
			fmt.Fprintf(w, ">\n      <failure type=\"AssertionFailure\" message=\"%s\">\n", xmlAttr(f.message))
			for _, line := range []string{
				fmt.Sprintf("Failed %d times.", c.fails),
				"Collection JSON ID: " + collectionID(col) + ".",
				"Collection name: " + col.Info.Name + ".",
				"Request name: " + name + ".",
				"Test description: " + c.name + ".",
				"Error message: " + f.message + ".",
				"Stacktrace: " + f.stack + ".",
			} {
				fmt.Fprintf(w, "        %s\n", cdata(line))
			}
			io.WriteString(w, "      </failure>\n    </testcase>\n")
		}
		io.WriteString(w, "  </testsuite>\n")
	}
	_, err := io.WriteString(w, "</testsuites>") // no final newline, as Newman
	return err
}

// className is Newman's getClassName: lodash camelCase, first letter up,
// non-word characters dropped ("Folder / Step 1: Go" → "FolderStep1Go").
func className(name string) string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = nil
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// lodash splits words at lower→upper and letter↔digit changes.
			if len(cur) > 0 {
				prev := cur[len(cur)-1]
				if (unicode.IsLower(prev) && unicode.IsUpper(r)) ||
					(unicode.IsDigit(prev) != unicode.IsDigit(r)) ||
					(unicode.IsUpper(prev) && unicode.IsUpper(r) && i+1 < len(runes) && unicode.IsLower(runes[i+1])) {
					flush()
				}
			}
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	var b strings.Builder
	for _, w := range words {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	out := b.String()
	return strings.Map(func(r rune) rune {
		if r == '_' || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, out)
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", "\"", "&quot;", "\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;")

func xmlAttr(s string) string { return attrEscaper.Replace(s) }

// cdata wraps s in a CDATA section, splitting any "]]>" inside it.
func cdata(s string) string {
	return "<![CDATA[" + strings.ReplaceAll(s, "]]>", "]]]]><![CDATA[>") + "]]>"
}
