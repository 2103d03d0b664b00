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

	"github.com/spf13/cobra"
)

// Exit statuses, as Newman's, plus the shell's for an interrupted run.
const (
	exitOK          = 0
	exitFailure     = 1
	exitInterrupted = 130
)

var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// The first Ctrl-C ends the run and lets the reports be written; a
	// second one kills pmrun at once (report files are renamed into
	// place whole, so none is left half-written).
	go func() {
		<-ctx.Done()
		stop()
	}()
	status := exitOK
	args, nested := splitReporterArgs(args)
	root := newRootCommand(stdout, stderr, nested, &status)
	root.SetArgs(joinOptionalValues(args))
	if err := root.ExecuteContext(ctx); err != nil {
		printError(stderr, err)
		return exitFailure
	}
	return status
}

// printError prints an error as Newman does ("error: …" and a blank
// line), with a hint line for command-line mistakes.
func printError(w io.Writer, err error) {
	fmt.Fprintf(w, "error: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) && ue.hint != "" {
		fmt.Fprintf(w, "  %s\n", ue.hint)
	}
	fmt.Fprintln(w)
}

func newRootCommand(stdout, stderr io.Writer, nested []string, status *int) *cobra.Command {
	root := &cobra.Command{
		Use:           "pmrun",
		Short:         "Run Postman collections, a drop-in for newman run",
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &usageError{msg: fmt.Sprintf("invalid command `%s`", args[0]), hint: "see `pmrun help` for the commands"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	root.Flags().BoolP("version", "v", false, "output the version number")
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return translateFlagError(c.Flags(), err) })
	root.AddCommand(newRunCommand(stdout, stderr, nested, status))
	return root
}
