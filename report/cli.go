package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
)

// CLIOptions are the cli reporter's settings; the zero value prints
// everything, without colours.
type CLIOptions struct {
	NoSummary           bool
	NoFailures          bool
	NoAssertions        bool
	NoSuccessAssertions bool
	NoConsole           bool
	NoBanner            bool
	// ShowTimestamps prefixes requests, assertions and console boxes
	// with the local time.
	ShowTimestamps bool
	// Verbose prints sizes, headers counts and bodies of each exchange.
	Verbose bool
	// DisableUnicode uses the plain-text symbols.
	DisableUnicode bool
	// Color turns ANSI colours on.
	Color bool
	// TableColors colours the failure table's header and rules.
	TableColors bool
	// CollectionName is printed under the banner.
	CollectionName string
	// Secrets masks secret values in everything printed; nil masks nothing.
	Secrets *Masker
	// Width is the terminal's width; console and body boxes wrap six
	// columns short of it. Zero means Newman's 60 for logs and CI.
	Width int
}

// wrapWidth is where Newman wraps box text: the terminal width (when over
// 20 columns) or 60, less 6.
func (c *CLI) wrapWidth() int {
	if c.opts.Width > 20 {
		return c.opts.Width - 6
	}
	return 54
}

// CLI prints a run as Newman's cli reporter does, as it happens.
type CLI struct {
	w        io.Writer // box, so that output closes an open console box
	box      *boxWriter
	out      *bufio.Writer // what box writes to; see flushAfter
	opts     CLIOptions
	sym      symbols
	group    *collection.Item // the folder of the last item printed
	failures int
	now      func() time.Time
	phases   phaseStats
	// started holds the exchanges whose request line is printed and
	// whose outcome is not yet: several when a script sends requests
	// side by side, and Newman prints their outcomes as they come.
	started map[*runner.Exchange]bool
}

// NewCLI returns a cli reporter writing to w.
func NewCLI(w io.Writer, opts CLIOptions) *CLI {
	out := bufio.NewWriterSize(w, 8<<10)
	// The masker sits under the box so every write is masked whole;
	// wrapped text (console, bodies) is masked before it is cut.
	box := &boxWriter{w: opts.Secrets.Writer(out)}
	c := &CLI{w: box, box: box, out: out, opts: opts, sym: unicodeSymbols, now: time.Now}
	if opts.DisableUnicode {
		c.sym = plainSymbols
	}
	return c
}

type symbols struct {
	top, middle, bottom, folder, root, sub, ok, dot, star, up, down string
}

var (
	unicodeSymbols = symbols{top: "┌", middle: "│", bottom: "└", folder: "❏", root: "→", sub: "↳", ok: "✓", dot: ".", star: "★", up: "↑", down: "↓"}
	plainSymbols   = symbols{top: "-", middle: "|", bottom: "-", folder: "Folder", root: "Root", sub: "Sub-folder", ok: "Pass", dot: ".", star: "*", up: "^", down: "v"}
)

// flushAfter says after which events the output goes out. An item prints
// some seven lines; written one by one they cost a system call each,
// about a tenth of a fast run. They go out as the request leaves (its
// line shows while it is in flight), when its response is in, and when
// the item ends; assertions and the item's name wait for the next of
// those, and a pre-request script's output goes out when it ends.
func flushAfter(e *runner.Event) bool {
	switch e.Kind {
	case runner.ItemStarted, runner.AssertionDone:
		return false
	case runner.ScriptDone:
		return e.Script == nil || e.Script.Event != "test"
	}
	return true
}

// Event implements runner.Listener.
func (c *CLI) Event(e *runner.Event) {
	if flushAfter(e) {
		defer c.out.Flush()
	}
	switch e.Kind {
	case runner.RunStarted:
		if !c.opts.NoBanner {
			fmt.Fprint(c.w, "newman\n\n")
		}
		if c.opts.CollectionName != "" {
			fmt.Fprintln(c.w, c.opts.CollectionName)
		}
	case runner.IterationStarted:
		if e.Cursor.Iterations > 1 {
			fmt.Fprintf(c.w, "\n%s\n", c.paint(underline+gray, fmt.Sprintf("Iteration %d/%d", e.Cursor.Iteration+1, e.Cursor.Iterations)))
		}
	case runner.ItemStarted:
		c.itemStarted(e.Item)
	case runner.RequestStarted:
		c.requestStarted(e.Exchange)
	case runner.RequestDone:
		if c.opts.Verbose {
			// Newman measures phases only with --verbose.
			c.phases.add(e.Exchange)
		}
		c.requestDone(e.Exchange)
	case runner.AssertionDone:
		c.assertion(e)
	case runner.ScriptDone:
		if next := e.Script.Result.NextRequest; next != nil && *next != "" && e.Script.Event == "test" {
			fmt.Fprintf(c.w, "\n%s\n", c.paint(gray, "Attempting to set next request to "+*next))
		}
		if err := e.Script.Result.Error; err != nil {
			c.failures++
			fmt.Fprintf(c.w, "%s\n", c.paint(red+bold, fmt.Sprintf("%3d⠄ %s in %s-script", c.failures, err.Name, e.Script.Event)))
		}
	case runner.ConsoleLogged:
		if !c.opts.NoConsole {
			c.console(e.Console)
		}
	case runner.RunDone:
		c.done(e.Summary)
	}
}

func (c *CLI) itemStarted(it *collection.Item) {
	parent := it.Parent
	if parent != c.group && parent != nil {
		fmt.Fprintf(c.w, "\n%s %s", c.sym.folder, fullName(parent))
	}
	c.group = parent
	marker := c.sym.sub
	if parent == nil {
		marker = c.sym.root
	}
	fmt.Fprintf(c.w, "\n%s %s\n", marker, it.Name)
}

// requestStarted prints the request line as Newman's beforeRequest does,
// so that what happens while the request is out lands after it. Newman
// prints the URL as resolved, before encoding.
func (c *CLI) requestStarted(ex *runner.Exchange) {
	if c.started == nil {
		c.started = map[*runner.Exchange]bool{}
	}
	c.started[ex] = true
	if c.opts.ShowTimestamps {
		fmt.Fprintf(c.w, "  %s  ", c.paint(gray, "["+localeString(c.now())+"]"))
	} else {
		io.WriteString(c.w, "  ")
	}
	url := ex.Request.ResolvedURL
	if url == "" {
		url = ex.Request.URL
	}
	fmt.Fprintf(c.w, "%s %s ", c.paint(gray, ex.Request.Method), c.paint(gray, url))
}

func (c *CLI) requestDone(ex *runner.Exchange) {
	if !c.started[ex] {
		// A request that failed before it could start (an auth the
		// runtime refuses) still gets its line.
		c.requestStarted(ex)
	}
	delete(c.started, ex)
	if ex.Err != nil {
		c.failures++
		fmt.Fprintf(c.w, "%s\n%s\n", c.paint(red, "[errored]"), c.paint(red, "     "+ex.Err.Error()))
		return
	}
	if c.opts.Verbose {
		c.verbose(ex)
		return
	}
	r := ex.Response
	size := int64(r.BodySize() + r.HeaderSize)
	fmt.Fprintf(c.w, "%s\n", c.paint(gray, fmt.Sprintf("[%d %s, %s, %s]", r.Code, r.Status, fileSize(size), prettyMS(float64(r.Time.Microseconds())/1000))))
}

func (c *CLI) assertion(e *runner.Event) {
	a := e.Assertion
	if c.opts.NoAssertions {
		if a.Error != nil && !a.Skipped {
			c.failures++
		}
		return
	}
	switch {
	case a.Skipped:
		if !c.opts.NoSuccessAssertions {
			fmt.Fprintf(c.w, "%s %s\n", c.paint(cyan, "  - "), c.paint(cyan, "[skipped] "+a.Name))
		}
	case a.Error == nil:
		if c.opts.NoSuccessAssertions {
			return
		}
		if c.opts.ShowTimestamps {
			fmt.Fprintf(c.w, "  %s%s %s\n", c.paint(gray, "["+localeTime(c.now())+"]"), c.paint(green, "  "+c.sym.ok+" "), c.paint(gray, a.Name))
			return
		}
		fmt.Fprintf(c.w, "%s %s\n", c.paint(green, "  "+c.sym.ok+" "), c.paint(gray, a.Name))
	default:
		c.failures++
		if c.opts.ShowTimestamps {
			fmt.Fprintf(c.w, "  %s%s %s\n", c.paint(gray, "["+localeTime(c.now())+"]"),
				c.paint(red+bold, fmt.Sprintf("%2d%s", c.failures, c.sym.dot)), c.paint(red+bold, a.Name))
			return
		}
		fmt.Fprintf(c.w, "%s %s\n", c.paint(red+bold, fmt.Sprintf("%3d%s", c.failures, c.sym.dot)), c.paint(red+bold, a.Name))
	}
}

// console prints a console message in Newman's box, wrapped at the width
// Newman uses without a terminal.
func (c *CLI) console(m *runner.ConsoleMessage) {
	color := map[string]string{"info": cyan, "warn": yellow, "debug": blue, "error": red}[m.Level]
	if color == "" {
		color = gray
	}
	parts := make([]string, len(m.Args))
	for i, a := range m.Args {
		parts[i] = a
	}
	text := wrap(c.opts.Secrets.String(strings.Join(parts, ", ")), c.wrapWidth(), "  "+c.paint(color, c.sym.middle)+" ")
	if c.opts.ShowTimestamps {
		fmt.Fprintf(c.w, "\n  %s", c.paint(gray, "["+localeTime(c.now())+"]\n"))
	}
	c.box.message(c.now(), c.paint(color, "  "+c.sym.top)+"\n", text+"\n", c.paint(color, "  "+c.sym.bottom)+"\n")
}

// wrap cuts text into lines of at most width runes, as the word-wrap
// package does with cut: true, each line behind indent.
func wrap(text string, width int, indent string) string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		runes := []rune(para)
		for len(runes) > width {
			lines = append(lines, string(runes[:width]))
			runes = runes[width:]
		}
		if len(runes) > 0 {
			lines = append(lines, string(runes))
		}
	}
	return indent + strings.Join(lines, "\n"+indent)
}

func (c *CLI) done(s *runner.Summary) {
	defer c.box.close()
	if !c.opts.NoSummary {
		fmt.Fprintf(c.w, "\n%s\n", c.summaryTable(s))
	}
	if !c.opts.NoFailures && len(s.Failures) > 0 {
		fmt.Fprintf(c.w, "\n%s\n", c.failureTable(s.Failures))
	}
}

func (c *CLI) summaryTable(s *runner.Summary) string {
	t := &table{chars: boxChars, widths: []int{25}}
	if c.opts.DisableUnicode {
		t.chars = plainChars
	}
	if c.opts.Color && c.opts.TableColors {
		t.borderColor = gray
	}
	t.head = []cell{{text: ""}, {text: "executed"}, {text: "  failed"}}
	rows := []struct {
		label string
		count runner.Count
	}{
		{"iterations", s.Stats.Iterations},
		{"requests", s.Stats.Requests},
		{"test-scripts", s.Stats.TestScripts},
		{"prerequest-scripts", s.Stats.PrerequestScripts},
		{"assertions", s.Stats.Assertions},
	}
	for _, r := range rows {
		label := c.paint(green, r.label)
		failed := fmt.Sprint(r.count.Failed)
		if r.count.Failed > 0 {
			label, failed = c.paint(red, r.label), c.paint(red, failed)
		}
		t.rows = append(t.rows, []cell{{text: label}, {text: fmt.Sprint(r.count.Total)}, {text: failed}})
	}
	duration := float64(s.Finished.Sub(s.Started).Microseconds()) / 1000
	t.rows = append(t.rows,
		[]cell{{text: "total run duration: " + prettyMS(duration), span: 3, left: true}},
		[]cell{{text: "total data received: " + fileSize(s.ReceivedBytes) + " (approx)", span: 3, left: true}},
	)
	for _, line := range []struct {
		label string
		stats runner.TimingStats
	}{
		{"average response time:", s.ResponseTimes},
		{"average DNS lookup time:", c.phases.dns},
		{"average first byte time:", c.phases.firstByte},
	} {
		if rt := line.stats; rt.Count > 0 && rt.Average() > 0 {
			t.rows = append(t.rows, []cell{{text: fmt.Sprintf("%s %s [min: %s, max: %s, s.d.: %s]", line.label,
				prettyMS(rt.Average()), prettyMS(rt.Min), prettyMS(rt.Max), prettyMS(rt.StdDev())), span: 3, left: true}})
		}
	}
	return t.String()
}

func (c *CLI) failureTable(failures []runner.Failure) string {
	t := &table{chars: blankChars}
	if c.opts.TableColors {
		t.headColor, t.borderColor = red, gray
	}
	t.head = []cell{{text: c.paint(red+underline, "#")}, {text: c.paint(red+underline, "failure"), left: true}, {text: c.paint(red+underline, "detail"), left: true}}
	digits := len(fmt.Sprint(len(failures)))
	for i, f := range failures {
		name := f.Error.Name
		if f.Cursor.Iterations > 1 {
			name += "\n" + c.paint(gray, fmt.Sprintf("iteration: %d", f.Cursor.Iteration+1))
		}
		// Masked before layout, so that columns line up with the mask.
		detail := c.opts.Secrets.String(f.Test)
		detail += "\n" + c.paint(gray, c.opts.Secrets.String(f.Error.Message))
		if f.At != "" {
			detail += "\n" + c.paint(gray, "at "+f.At)
		}
		switch {
		case f.At == "request":
			// Newman's request failures carry no item to name.
			detail += c.paint(gray, "\ninside \"\"")
		case f.Item != nil:
			detail += c.paint(gray, "\ninside \""+fullName(f.Item)+"\"")
		}
		t.rows = append(t.rows, []cell{
			{text: fmt.Sprintf("%0*d.", digits, i+1)},
			{text: name, left: true},
			{text: detail, left: true},
		})
	}
	return t.String()
}

// fullName is an item's path from the collection: "Folder / Item".
func fullName(it *collection.Item) string {
	var names []string
	for p := it; p != nil; p = p.Parent {
		name := p.Name
		if name == "" {
			name = p.ID
		}
		names = append([]string{name}, names...)
	}
	return strings.Join(names, " / ")
}

const (
	red       = "\x1b[31m"
	green     = "\x1b[32m"
	yellow    = "\x1b[33m"
	blue      = "\x1b[34m"
	cyan      = "\x1b[36m"
	gray      = "\x1b[90m"
	white     = "\x1b[37m"
	bold      = "\x1b[1m"
	underline = "\x1b[4m"
	reset     = "\x1b[0m"
)

// paint colours s when colours are on.
func (c *CLI) paint(color, s string) string {
	if !c.opts.Color {
		return s
	}
	return color + s + reset
}
