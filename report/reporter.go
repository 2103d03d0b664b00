package report

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
)

// Reporter receives a run's events as they happen and writes its report.
type Reporter interface {
	runner.Listener
	// Close ends the report once the run is over (after RunDone, also
	// for an interrupted run): report files are written then, whole.
	Close() error
}

// Options are one reporter's options from --reporter-<name>-<option> and
// --reporter-<option>, keyed by Newman's camelCase names ("noSummary",
// "export"); flags given without a value hold "true".
type Options map[string]string

// Bool reports whether a flag option is on.
func (o Options) Bool(name string) bool {
	v, ok := o[name]
	return ok && v != "false"
}

// Env is what reporters share besides their own options: the run's
// settings and where output goes.
type Env struct {
	Stdout     io.Writer
	Collection *collection.Collection
	// Color turns ANSI colours on (--color resolved against the terminal).
	Color bool
	// TableColors colours the failure table's header and rules, as
	// Newman's table library does when its environment check passes
	// (see TableColors).
	TableColors bool
	// DisableUnicode, Verbose and Silent are the newman run options.
	DisableUnicode, Verbose, Silent bool
	// IsTerminal says stdout is a terminal (the progress bar draws then).
	IsTerminal bool
	// Width is the terminal's width when stdout is one and the run is
	// not under CI (Newman's rule for wrapping), else zero.
	Width int
	// Secrets masks secret variable values in all output; nil masks
	// nothing. It must also be a listener ahead of the reporters.
	Secrets *Masker
	// Now is the clock used for default report file names.
	Now func() time.Time
}

// ErrUnknownReporter is returned by New for a name it does not know.
var ErrUnknownReporter = errors.New("unknown reporter")

// Names are the reporters pmrun provides.
var Names = []string{"cli", "json", "junit", "progress"}

// New builds the reporter called name.
func New(name string, opts Options, env Env) (Reporter, error) {
	if env.Now == nil {
		env.Now = time.Now
	}
	switch name {
	case "cli":
		return newCLIReporter(opts, env), nil
	case "json":
		return NewJSON(opts, env)
	case "junit":
		return NewJUnit(opts, env), nil
	case "progress":
		return NewProgress(opts, env), nil
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownReporter, name)
}

// Multi passes every event to each reporter in turn and closes them all.
type Multi []Reporter

// Event implements runner.Listener.
func (m Multi) Event(e *runner.Event) {
	for _, r := range m {
		r.Event(e)
	}
}

// Close closes every reporter and joins their errors.
func (m Multi) Close() error {
	var errs []error
	for _, r := range m {
		errs = append(errs, r.Close())
	}
	return errors.Join(errs...)
}

// nopCloser makes a listener that writes no file a Reporter.
type nopCloser struct{ runner.Listener }

func (nopCloser) Close() error { return nil }

func newCLIReporter(opts Options, env Env) Reporter {
	if env.Silent || opts.Bool("silent") {
		return nopCloser{runner.ListenerFunc(func(*runner.Event) {})}
	}
	name := ""
	if env.Collection != nil {
		name = env.Collection.Info.Name
		if name == "" {
			name = env.Collection.Info.ID
		}
	}
	return nopCloser{NewCLI(env.Stdout, CLIOptions{
		NoSummary:           opts.Bool("noSummary"),
		NoFailures:          opts.Bool("noFailures"),
		NoAssertions:        opts.Bool("noAssertions"),
		NoSuccessAssertions: opts.Bool("noSuccessAssertions"),
		NoConsole:           opts.Bool("noConsole"),
		NoBanner:            opts.Bool("noBanner"),
		ShowTimestamps:      opts.Bool("showTimestamps"),
		DisableUnicode:      env.DisableUnicode,
		Verbose:             env.Verbose,
		Color:               env.Color,
		TableColors:         env.TableColors,
		CollectionName:      name,
		Width:               env.Width,
		Secrets:             env.Secrets,
	})}
}
