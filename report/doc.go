// Package report owns the reporters fed by runner events: cli, json, junit
// and progress.
package report
