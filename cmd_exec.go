package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"golang.org/x/term"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/report"
	"github.com/pmrun/pmrun/runner"
)

// runCollection loads every input, checks every output path, runs and
// reports; it returns the exit status. Errors are returned only for bad
// input found before anything is sent.
func runCollection(ctx context.Context, source string, f runFlags, nested []string, stdout, stderr io.Writer) (int, error) {
	in, err := loadInputs(ctx, source, f)
	if err != nil {
		return exitFailure, err
	}
	if err := checkExports(f); err != nil {
		return exitFailure, err
	}
	opts, err := runnerOptions(f, in)
	if err != nil {
		return exitFailure, err
	}
	// The masker listens first, so reporters see its view of the
	// secrets as of each event; error lines on stderr are masked too.
	secrets := report.NewMasker(in.environment, in.globals, collection.NewScope("", in.collection.Variables))
	reporters, err := buildReporters(f, nested, in, stdout, stderr, secrets)
	if err != nil {
		return exitFailure, err
	}
	stderr = secrets.Writer(stderr)
	fmt.Fprint(stderr, in.collection.DeprecationWarning())
	opts.Listener = reporters
	r := runner.New(in.collection, opts)
	summary := r.Run(ctx)
	closeErr := reporters.Close()
	exportErr := writeExports(f, in, summary)

	status := exitOK
	if summary.Error != nil && !summary.Interrupted {
		printError(stderr, summary.Error)
		var bug *runner.PanicError
		if errors.As(summary.Error, &bug) {
			fmt.Fprintf(stderr, "%s\n", bug.Stack)
		}
	}
	for _, err := range []error{closeErr, exportErr} {
		if err != nil {
			printError(stderr, err)
			status = exitFailure
		}
	}
	if summary.Failed() && !f.suppressExitCode {
		status = exitFailure
	}
	if summary.Interrupted {
		fmt.Fprintln(stderr, "pmrun: run interrupted; the reports cover what ran")
		status = exitInterrupted
	}
	return status, nil
}

// runnerOptions turns the flags and loaded inputs into the run's options.
func runnerOptions(f runFlags, in *inputs) (runner.Options, error) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	opts := runner.Options{
		Iterations:     f.iterationCount,
		Environment:    in.environment,
		Globals:        in.globals,
		Data:           in.data,
		ScriptTimeout:  ms(f.timeoutScript),
		RequestTimeout: ms(f.timeoutRequest),
		Folders:        f.folders,
		DelayRequest:   ms(f.delayRequest),
		Timeout:        ms(f.timeout),
		ClientCerts:    in.clientCerts,
		CookieJar:      in.cookieJar,
		HTTPOptions: runner.HTTPOptions{
			WorkingDir:       in.workingDir,
			InsecureFileRead: !f.noInsecureFileRead,
			Insecure:         f.insecure,
			IgnoreRedirects:  f.ignoreRedirects,
			ExtraCACerts:     in.extraCACerts,
		},
	}
	if f.bailSet {
		// --bail alone, or with "failure", stops gracefully after a failed
		// item; "folder" aborts at a script or request error.
		opts.Bail.Failure = len(f.bail) == 0 || slices.Contains(f.bail, "failure") || slices.Contains(f.bail, "")
		opts.Bail.Folder = slices.Contains(f.bail, "folder")
		for _, m := range f.bail {
			if m != "" && m != "folder" && m != "failure" {
				return opts, &usageError{msg: fmt.Sprintf("invalid --bail modifier %q", m), hint: "expected folder, failure or both: --bail folder,failure"}
			}
		}
	}
	return opts, nil
}

// buildReporters makes the chosen reporters with their options. Unknown
// names get Newman's warning and are skipped.
func buildReporters(f runFlags, nested []string, in *inputs, stdout, stderr io.Writer, secrets *report.Masker) (report.Multi, error) {
	names := []string{}
	for _, n := range f.reporters {
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	options := reporterOptions(nested, names)
	env := report.Env{
		Stdout:         stdout,
		Collection:     in.collection,
		Color:          useColor(f.color, stdout),
		TableColors:    report.TableColors(os.LookupEnv, f.color != "auto"),
		DisableUnicode: f.disableUnicode,
		Verbose:        f.verbose,
		Silent:         f.silent,
		IsTerminal:     isTerminal(stdout),
		Width:          terminalWidth(stdout),
		Secrets:        secrets,
	}
	// cli and progress both draw on the terminal: Newman warns when both
	// are chosen.
	var dominant []string
	for _, n := range names {
		if n == "cli" || n == "progress" {
			dominant = append(dominant, n)
		}
	}
	if len(dominant) > 1 {
		fmt.Fprintf(stderr, "newman: %s reporters might not work well together.\n", strings.Join(dominant, ", "))
	}
	out := report.Multi{secrets}
	for _, name := range names {
		opts := report.Options(options[name])
		if p := opts["export"]; p != "" {
			if err := report.CheckExportPath(p); err != nil {
				return nil, &usageError{msg: fmt.Sprintf("%s reporter: cannot write the report to %q: %v", name, p, err), hint: "create the directory or choose another --reporter-" + name + "-export path"}
			}
		}
		r, err := report.New(name, opts, env)
		if errors.Is(err, report.ErrUnknownReporter) {
			fmt.Fprintf(stderr, "newman: could not find %q reporter\n", name)
			fmt.Fprintln(stderr, "  ensure that the reporter is installed in the same directory as newman")
			fmt.Fprintf(stderr, "  pmrun provides the reporters %v\n\n", report.Names)
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// useColor resolves --color: on, off, or auto (a terminal, and NO_COLOR
// unset).
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "on":
		return true
	case "off":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	return isTerminal(w)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// terminalWidth is stdout's width when it and stderr are terminals and CI
// is unset, as Newman's cli reporter decides; zero otherwise.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !isTerminal(w) || !isTerminal(os.Stderr) || os.Getenv("CI") != "" {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return width
}

func itoa(n int) string { return strconv.Itoa(n) }
