// Package report owns the reporters fed by runner events: cli (Newman's
// terminal output, line for line), json (Newman's report structure, with
// executions streamed to disk), junit (Newman's JUnit XML) and progress
// (a progress bar). Build them with New, run several at once with Multi,
// and Close them after the run: report files are written then, whole
// (temporary file and rename), even for an interrupted run.
package report
