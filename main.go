// Command pmrun runs Postman collections without Postman or Node: a drop-in
// for `newman run`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/report"
	"github.com/pmrun/pmrun/runner"
)

// Exit statuses, as Newman's.
const (
	exitOK      = 0
	exitFailure = 1
)

var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	status := exitOK
	root := newRootCommand(stdout, stderr, &status)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "error: %v\n", err)
		return exitFailure
	}
	return status
}

func newRootCommand(stdout, stderr io.Writer, status *int) *cobra.Command {
	root := &cobra.Command{
		Use:           "pmrun",
		Short:         "Run Postman collections, a drop-in for newman run",
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newRunCommand(stdout, stderr, status))
	return root
}

// runFlags are the options of `pmrun run`.
type runFlags struct {
	environment string
	globals     string
	envVars     []string
	globalVars  []string
}

func newRunCommand(stdout, stderr io.Writer, status *int) *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run <collection>",
		Short: "Run a collection",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			failed, err := runCollection(cmd.Context(), args[0], f, stdout)
			if err != nil {
				return err
			}
			if failed {
				*status = exitFailure
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.environment, "environment", "e", "", "environment file `path`")
	fl.StringVarP(&f.globals, "globals", "g", "", "globals file `path`")
	fl.StringArrayVar(&f.envVars, "env-var", nil, "set an environment variable `key=value` (repeatable)")
	fl.StringArrayVar(&f.globalVars, "global-var", nil, "set a global variable `key=value` (repeatable)")
	return cmd
}

// runCollection loads everything, runs, and reports whether the run failed.
func runCollection(ctx context.Context, path string, f runFlags, stdout io.Writer) (bool, error) {
	col, err := collection.ReadCollection(path)
	if err != nil {
		return false, err
	}
	env, err := loadScope(f.environment, "environment")
	if err != nil {
		return false, err
	}
	globals, err := loadScope(f.globals, "globals")
	if err != nil {
		return false, err
	}
	if err := applyVars(env, f.envVars, "--env-var"); err != nil {
		return false, err
	}
	if err := applyVars(globals, f.globalVars, "--global-var"); err != nil {
		return false, err
	}
	cli := report.NewCLI(stdout, report.CLIOptions{CollectionName: col.Info.Name})
	r := runner.New(col, runner.Options{Environment: env, Globals: globals, Listener: cli})
	summary := r.Run(ctx)
	return summary.Failed(), nil
}

func loadScope(path, kind string) (*collection.Scope, error) {
	if path == "" {
		return collection.NewScope(kind, nil), nil
	}
	return collection.ReadVariableFile(path, kind)
}

// applyVars sets key=value pairs given on the command line, split at the
// first "=".
func applyVars(s *collection.Scope, pairs []string, flag string) error {
	for _, p := range pairs {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return errors.New(flag + " " + p + ": expected key=value")
		}
		s.Set(k, v)
	}
	return nil
}
