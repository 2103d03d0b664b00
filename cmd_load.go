package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
)

// inputs are everything a run reads before it starts.
type inputs struct {
	collection       *collection.Collection
	collectionSource []byte // as read, for --export-collection
	environment      *collection.Scope
	globals          *collection.Scope
	data             []*collection.Scope
	cookieJar        *runner.CookieJar
	clientCerts      []runner.ClientCert
	extraCACerts     []byte
	workingDir       string
}

// loadInputs reads the collection, environment, globals, data, cookie jar
// and certificates, each from a path or an http(s) URL, and applies
// --env-var and --global-var. Errors read like Newman's.
func loadInputs(ctx context.Context, source string, f runFlags) (*inputs, error) {
	in := &inputs{}
	data, err := readSource(ctx, source)
	if err != nil {
		return nil, fmt.Errorf("collection could not be loaded: %w", err)
	}
	// Decoded, so that --export-collection edits and writes UTF-8 text
	// whatever the file's encoding.
	in.collectionSource = collection.DecodeText(data)
	if in.collection, err = collection.ParseCollection(data, source); err != nil {
		return nil, fmt.Errorf("collection could not be loaded: %w", err)
	}
	if in.environment, err = loadScope(ctx, f.environment, "environment"); err != nil {
		return nil, fmt.Errorf("could not load environment: %w", err)
	}
	if in.globals, err = loadScope(ctx, f.globals, "globals"); err != nil {
		return nil, fmt.Errorf("could not load globals: %w", err)
	}
	if f.iterationData != "" {
		raw, err := readSource(ctx, f.iterationData)
		if err == nil {
			in.data, err = collection.ParseData(raw, f.iterationData)
		}
		if err != nil {
			return nil, fmt.Errorf("iteration data could not be loaded: %w", err)
		}
	}
	applyVars(in.environment, f.envVars)
	applyVars(in.globals, f.globalVars)
	if f.cookieJar != "" {
		raw, err := os.ReadFile(f.cookieJar)
		if err == nil {
			in.cookieJar, err = runner.ParseCookieJar(raw)
		}
		if err != nil {
			return nil, fmt.Errorf("cookie jar could not be loaded: %s: %w", f.cookieJar, unwrapPathError(err))
		}
	} else if f.exportCookieJar != "" {
		in.cookieJar = runner.NewCookieJar()
	}
	if in.clientCerts, err = loadClientCerts(f); err != nil {
		return nil, err
	}
	if f.sslExtraCACerts != "" {
		if in.extraCACerts, err = runner.LoadCACerts(f.sslExtraCACerts); err != nil {
			return nil, fmt.Errorf("extra CA certificates could not be loaded: %w", namePathError(err))
		}
	}
	in.workingDir = f.workingDir
	if in.workingDir != "" {
		st, err := os.Stat(in.workingDir)
		if err != nil || !st.IsDir() {
			return nil, &usageError{msg: fmt.Sprintf("--working-dir %q is not a directory", in.workingDir)}
		}
	}
	return in, nil
}

// readSource reads a file, or fetches an http(s) URL (proxies from
// HTTP_PROXY, HTTPS_PROXY and NO_PROXY).
func readSource(ctx context.Context, source string) ([]byte, error) {
	if !strings.HasPrefix(source, "http://") && !strings.HasPrefix(source, "https://") {
		data, err := os.ReadFile(source)
		if err != nil {
			return nil, fmt.Errorf("unable to read data from file %q: %w", source, unwrapPathError(err))
		}
		return data, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, source, nil)
	if err != nil {
		return nil, fmt.Errorf("unable to fetch data from url %q: %w", source, err)
	}
	req.Header.Set("User-Agent", "pmrun/"+version)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		var ue interface{ Unwrap() error }
		if errors.As(err, &ue) {
			err = ue.Unwrap()
		}
		return nil, fmt.Errorf("unable to fetch data from url %q: %w", source, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return nil, fmt.Errorf("unable to fetch data from url %q: server answered %s", source, resp.Status)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("unable to fetch data from url %q: %w", source, err)
	}
	return data, nil
}

// namePathError words a file error as "<path>: <reason>", for messages
// that do not name the file themselves.
func namePathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

// unwrapPathError drops the "open <path>:" prefix the message already has.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func loadScope(ctx context.Context, source, kind string) (*collection.Scope, error) {
	if source == "" {
		// Unnamed, as Newman's scope without a file (no name in the
		// JSON report, pm.environment.name undefined).
		return collection.NewScope("", nil), nil
	}
	data, err := readSource(ctx, source)
	if err != nil {
		return nil, err
	}
	return collection.ParseVariableFile(unboxValueList(data), source, kind)
}

// unboxValueList turns a bare array of variables (an old export form)
// into {"values": [...]}, as postman-collection's VariableScope reads it.
func unboxValueList(data []byte) []byte {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '[' {
		return data
	}
	return append(append([]byte(`{"values": `), trimmed...), '}')
}

// applyVars sets --env-var/--global-var key=value pairs, split at the
// first "="; a pair without "=" sets the key with no value, as Newman.
func applyVars(s *collection.Scope, pairs []string) {
	vars := make([]collection.CLIVariable, len(pairs))
	for i, p := range pairs {
		vars[i] = collection.ParseCLIVariable(p)
	}
	collection.ApplyCLIVariables(s, vars)
}

// loadClientCerts gathers --ssl-client-cert-list entries, then the
// --ssl-client-cert one, which matches every URL, and checks each loads.
func loadClientCerts(f runFlags) ([]runner.ClientCert, error) {
	var certs []runner.ClientCert
	if f.sslClientCertList != "" {
		raw, err := os.ReadFile(f.sslClientCertList)
		if err != nil {
			return nil, fmt.Errorf("unable to read the client certificate list %q: %w", f.sslClientCertList, unwrapPathError(err))
		}
		var list []struct {
			Name    string   `json:"name"`
			Matches []string `json:"matches"`
			Key     struct {
				Src string `json:"src"`
			} `json:"key"`
			Cert struct {
				Src string `json:"src"`
			} `json:"cert"`
			Passphrase string `json:"passphrase"`
		}
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, fmt.Errorf("client certificate list %s: expected a JSON array of {name, matches, key: {src}, cert: {src}, passphrase}: %w", f.sslClientCertList, runner.DescribeJSONError(err))
		}
		for i, c := range list {
			if c.Cert.Src == "" {
				return nil, fmt.Errorf("client certificate list %s: [%d].cert.src is missing: give the path of the certificate's PEM file", f.sslClientCertList, i)
			}
			certs = append(certs, runner.ClientCert{Name: c.Name, Matches: c.Matches, Cert: c.Cert.Src, Key: c.Key.Src, Passphrase: c.Passphrase})
		}
	}
	if f.sslClientCert != "" {
		certs = append(certs, runner.ClientCert{Name: "client-cert", Matches: []string{"<all_urls>"},
			Cert: f.sslClientCert, Key: f.sslClientKey, Passphrase: f.sslClientPassphrase})
	}
	for _, c := range certs {
		if _, err := runner.LoadClientCert(c); err != nil {
			return nil, fmt.Errorf("client certificate %q could not be loaded: %w", c.Name, namePathError(err))
		}
	}
	return certs, nil
}
