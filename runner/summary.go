package runner

import (
	"math"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// Summary is what a run adds up to: Newman's run.stats, run.timings and
// run.failures.
type Summary struct {
	Stats    Stats
	Failures []Failure
	Started  time.Time
	Finished time.Time
	// Response times of every response, for average, min, max and s.d.
	ResponseTimes TimingStats
	// ReceivedBytes counts response bodies.
	ReceivedBytes int64
	// Error is set when the run itself failed or stopped early
	// (interrupted, timed out, unknown folder).
	Error error
	// Interrupted says the run was cut short by its context (Ctrl-C).
	Interrupted bool
	// Vars are the variable scopes as the run left them, for exports
	// and reports.
	Vars scripts.Vars
}

// Stats count Newman's totals; Failed counts the ones that failed.
type Stats struct {
	Iterations, Items, Scripts, Prerequests, Requests, Tests,
	Assertions, TestScripts, PrerequestScripts Count
}

// Count is one line of Newman's summary table.
type Count struct {
	Total   int
	Pending int
	Failed  int
}

// Failure is one entry of Newman's failure table.
type Failure struct {
	Error  *scripts.Error
	At     string // "assertion:1 in test-script", "test-script", "request"
	Item   *collection.Item
	Cursor Cursor
	// Test is the assertion's name for assertion failures.
	Test string
	// Cause is the request's error for request failures, whose Node
	// fields (code, errno…) reports show (NodeErrorFields).
	Cause error
}

// Failed reports whether anything in the run failed.
func (s *Summary) Failed() bool {
	return len(s.Failures) > 0 || s.Error != nil
}

// TimingStats accumulates durations without keeping them.
type TimingStats struct {
	Count           int
	Sum, SumSquares float64 // milliseconds
	Min, Max        float64
}

// Add records one duration.
func (t *TimingStats) Add(d time.Duration) {
	ms := float64(d.Microseconds()) / 1000
	if t.Count == 0 || ms < t.Min {
		t.Min = ms
	}
	if ms > t.Max {
		t.Max = ms
	}
	t.Count++
	t.Sum += ms
	t.SumSquares += ms * ms
}

// Average is the mean in milliseconds.
func (t TimingStats) Average() float64 {
	if t.Count == 0 {
		return 0
	}
	return t.Sum / float64(t.Count)
}

// StdDev is the population standard deviation in milliseconds.
func (t TimingStats) StdDev() float64 {
	if t.Count == 0 {
		return 0
	}
	avg := t.Average()
	return math.Sqrt(math.Max(0, t.SumSquares/float64(t.Count)-avg*avg))
}
