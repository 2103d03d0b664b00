package main

import (
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// runFlags are the options of `pmrun run`, Newman's `newman run` options
// with the same names, meanings and defaults.
type runFlags struct {
	environment, globals, iterationData string
	reporters                           []string
	iterationCount                      int
	folders                             []string
	envVars, globalVars                 []string
	exportEnvironment, exportGlobals    string
	exportCollection, exportCookieJar   string
	cookieJar                           string
	postmanAPIKey                       string
	bail                                []string
	bailSet                             bool
	ignoreRedirects, suppressExitCode   bool
	silent, disableUnicode, verbose     bool
	color                               string
	delayRequest, timeout               int
	timeoutRequest, timeoutScript       int
	workingDir                          string
	noInsecureFileRead                  bool
	insecure                            bool
	sslClientCert, sslClientKey         string
	sslClientPassphrase                 string
	sslClientCertList, sslExtraCACerts  string
}

func newRunCommand(stdout, stderr io.Writer, nested []string, status *int) *cobra.Command {
	f := runFlags{reporters: []string{"cli"}, color: "auto"}
	cmd := &cobra.Command{
		Use:   "run <collection>",
		Short: "Initiate a Postman Collection run from a given URL or path",
		Long: `Initiate a Postman Collection run from a given URL or path, as newman run does.

Reporters: cli (default), json, junit, progress; -r cli,json,junit runs several.
Reporter options: --reporter-<name>-<option> [value] for one reporter
(--reporter-json-export out.json, --reporter-cli-no-summary), or
--reporter-<option> [value] for all of them (--reporter-export dir).
cli options: silent, no-summary, no-failures, no-assertions,
no-success-assertions, no-console, no-banner, show-timestamps.

Exit status: 0 when nothing failed (or with -x), 1 on any failed assertion,
script error, request error, bad option or unloadable file, 130 when
interrupted (the reports then cover what ran).
HTTP_PROXY, HTTPS_PROXY and NO_PROXY apply to requests and to fetching
the collection, environment, globals and data from URLs.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return &usageError{msg: "missing required argument 'collection'", hint: "usage: pmrun run <collection> [options]"}
			}
			if len(args) > 1 {
				return &usageError{msg: "too many arguments for 'run'. Expected 1 argument but got " + itoa(len(args)) + ".",
					hint: extraArgsHint(args)}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			f.bailSet = cmd.Flags().Changed("bail")
			code, err := runCollection(cmd.Context(), args[0], f, nested, stdout, stderr)
			*status = code
			return err
		},
	}
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return translateFlagError(c.Flags(), err) })
	defineRunFlags(cmd.Flags(), &f)
	return cmd
}

// defineRunFlags declares Newman's options; "spec" annotations keep
// Newman's wording of each for error messages.
func defineRunFlags(fl *pflag.FlagSet, f *runFlags) {
	str := func(p *string, name, short, spec, usage string) {
		fl.StringVarP(p, name, short, "", usage)
		spec1(fl, name, spec)
	}
	str(&f.environment, "environment", "e", "-e, --environment <path>", "Specify a URL or path to a Postman Environment")
	str(&f.globals, "globals", "g", "-g, --globals <path>", "Specify a URL or path to a file containing Postman Globals")
	fl.VarP(csvList{v: &f.reporters}, "reporters", "r", "Specify the reporters to use for this run (default cli)")
	spec1(fl, "reporters", "-r, --reporters [reporters]")
	fl.VarP(positiveInt{&f.iterationCount}, "iteration-count", "n", "Define the number of iterations to run")
	spec1(fl, "iteration-count", "-n, --iteration-count <n>")
	str(&f.iterationData, "iteration-data", "d", "-d, --iteration-data <path>", "Specify a data file to use for iterations (either JSON or CSV)")
	fl.StringArrayVar(&f.folders, "folder", nil, "Specify the folder to run from a collection. Can be specified multiple times to run multiple folders")
	spec1(fl, "folder", "--folder <path>")
	fl.StringArrayVar(&f.globalVars, "global-var", nil, "Allows the specification of global variables via the command line, in a key=value format")
	spec1(fl, "global-var", "--global-var <value>")
	fl.StringArrayVar(&f.envVars, "env-var", nil, "Allows the specification of environment variables via the command line, in a key=value format")
	spec1(fl, "env-var", "--env-var <value>")
	str(&f.exportEnvironment, "export-environment", "", "--export-environment <path>", "Exports the final environment to a file after completing the run")
	str(&f.exportGlobals, "export-globals", "", "--export-globals <path>", "Exports the final globals to a file after completing the run")
	str(&f.exportCollection, "export-collection", "", "--export-collection <path>", "Exports the executed collection to a file after completing the run")
	str(&f.postmanAPIKey, "postman-api-key", "", "--postman-api-key <apiKey>", "API Key used to load the resources from the Postman API (not supported: pmrun reaches loopback only)")
	fl.Var(csvList{v: &f.bail}, "bail", "Specify whether or not to gracefully stop a collection run on encountering an error and whether to end the run with an error based on the optional modifier (folder,failure)")
	fl.Lookup("bail").NoOptDefVal = noValue
	spec1(fl, "bail", "--bail [modifiers]")
	fl.BoolVar(&f.ignoreRedirects, "ignore-redirects", false, "Prevents Newman from automatically following 3XX redirect responses")
	fl.BoolVarP(&f.suppressExitCode, "suppress-exit-code", "x", false, "Specify whether or not to override the default exit code for the current run")
	fl.BoolVar(&f.silent, "silent", false, "Prevents Newman from showing output to CLI")
	fl.BoolVar(&f.disableUnicode, "disable-unicode", false, "Forces Unicode compliant symbols to be replaced by their plain text equivalents")
	fl.Var(colorMode{&f.color}, "color", "Enable/Disable colored output (auto|on|off)")
	spec1(fl, "color", "--color <value>")
	intOpt := func(p *int, name, usage string) {
		fl.Var(positiveInt{p}, name, usage)
		fl.Lookup(name).NoOptDefVal = noValue
		spec1(fl, name, "--"+name+" [n]")
	}
	intOpt(&f.delayRequest, "delay-request", "Specify the extent of delay between requests (milliseconds)")
	intOpt(&f.timeout, "timeout", "Specify a timeout for collection run (milliseconds)")
	intOpt(&f.timeoutRequest, "timeout-request", "Specify a timeout for requests (milliseconds)")
	intOpt(&f.timeoutScript, "timeout-script", "Specify a timeout for scripts (milliseconds)")
	str(&f.workingDir, "working-dir", "", "--working-dir <path>", "Specify the path to the working directory")
	fl.BoolVar(&f.noInsecureFileRead, "no-insecure-file-read", false, "Prevents reading the files situated outside of the working directory")
	fl.BoolVarP(&f.insecure, "insecure", "k", false, "Disables SSL validations")
	str(&f.sslClientCertList, "ssl-client-cert-list", "", "--ssl-client-cert-list <path>", "Specify the path to a client certificates configurations (JSON)")
	str(&f.sslClientCert, "ssl-client-cert", "", "--ssl-client-cert <path>", "Specify the path to a client certificate (PEM)")
	str(&f.sslClientKey, "ssl-client-key", "", "--ssl-client-key <path>", "Specify the path to a client certificate private key")
	str(&f.sslClientPassphrase, "ssl-client-passphrase", "", "--ssl-client-passphrase <passphrase>", "Specify the client certificate passphrase (for protected key)")
	str(&f.sslExtraCACerts, "ssl-extra-ca-certs", "", "--ssl-extra-ca-certs <path>", "Specify additionally trusted CA certificates (PEM)")
	str(&f.cookieJar, "cookie-jar", "", "--cookie-jar <path>", "Specify the path to a custom cookie jar (serialized tough-cookie JSON)")
	str(&f.exportCookieJar, "export-cookie-jar", "", "--export-cookie-jar <path>", "Exports the cookie jar to a file after completing the run")
	fl.BoolVar(&f.verbose, "verbose", false, "Show detailed information of collection run and each request sent")
}

func spec1(fl *pflag.FlagSet, name, spec string) {
	_ = fl.SetAnnotation(name, "spec", []string{spec})
}
