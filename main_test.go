package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"flag"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/tidwall/gjson"

	"github.com/pmrun/pmrun/fixtures/amserver"
	"github.com/pmrun/pmrun/fixtures/echo"
	"github.com/pmrun/pmrun/fixtures/xsdcheck"
)

// update rewrites golden files instead of comparing with them.
var update = flag.Bool("update", false, "rewrite golden files")

// TestMain lets testscript run `pmrun` as a command of the test binary,
// through the same run function main calls.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"pmrun": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the testdata/script scenarios. Each scenario gets its own
// fixture servers on 127.0.0.1: $AM_URL (ForgeRock AM), $ECHO_URL,
// $ECHO_HTTPS, $RAW_URL, $REDIRECT_URL (postman-echo clone, raw echo,
// redirect server; $CA_PEM trusts their certificate) and $FILES_URL,
// serving the scenario's work directory.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		Setup:               setupFixtures,
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"jsonq": cmdJSONQ, "junitcheck": cmdJUnitCheck, "subst": cmdSubst, "gencert": cmdGenCert},
		RequireExplicitExec: false,
	})
}

func setupFixtures(env *testscript.Env) error {
	ctx, cancel := context.WithCancel(context.Background())
	env.Defer(cancel)
	am, err := serve(ctx, amserver.New(amserver.Options{}))
	if err != nil {
		return err
	}
	files, err := serve(ctx, http.FileServer(http.Dir(env.WorkDir)))
	if err != nil {
		return err
	}
	srv, err := echo.Start(ctx, echo.Options{RawDelay: -1})
	if err != nil {
		return err
	}
	env.Defer(func() { srv.Close() })
	caPath := filepath.Join(env.WorkDir, "ca.pem")
	if err := os.WriteFile(caPath, srv.CA.CertPEM, 0o644); err != nil {
		return err
	}
	env.Setenv("AM_URL", am+"/am")
	env.Setenv("FILES_URL", files)
	env.Setenv("ECHO_URL", srv.EchoURL)
	env.Setenv("ECHO_HTTPS", echo.HTTPS(srv.EchoURL))
	env.Setenv("RAW_URL", srv.RawURL)
	env.Setenv("REDIRECT_URL", srv.RedirectURL)
	env.Setenv("CA_PEM", caPath)
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	env.Setenv("COLLECTIONS", filepath.Join(wd, "testdata", "collections"))
	return nil
}

// serve runs h on a random loopback port until ctx ends.
func serve(ctx context.Context, h http.Handler) (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(l)
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	return "http://" + l.Addr().String(), nil
}

// cmdJSONQ checks JSON files: `jsonq FILE PATH WANT` compares the gjson
// PATH of FILE with WANT (the raw JSON of the value, strings unquoted).
func cmdJSONQ(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: jsonq FILE PATH WANT")
	}
	data := ts.ReadFile(args[0])
	got := gjson.Get(data, args[1])
	value := got.Raw
	if got.Type == gjson.String {
		value = got.Str
	}
	if (value == args[2]) == neg {
		ts.Fatalf("%s %s = %s, want %s%s", args[0], args[1], value, map[bool]string{true: "not "}[neg], args[2])
	}
}

// cmdJUnitCheck validates a JUnit report: `junitcheck FILE`.
func cmdJUnitCheck(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: junitcheck FILE")
	}
	err := validateJUnit([]byte(ts.ReadFile(args[0])))
	if (err == nil) == neg {
		ts.Fatalf("%s: %v", args[0], err)
	}
}

// junitSchema is loaded on first use: the pmrun subprocesses testscript
// starts run this package's init in the scenario's directory.
var junitSchema = sync.OnceValues(func() (*xsdcheck.Schema, error) {
	data, err := os.ReadFile("report/testdata/junit-10.xsd")
	if err != nil {
		return nil, err
	}
	return xsdcheck.Parse(data)
})

func validateJUnit(doc []byte) error {
	s, err := junitSchema()
	if err != nil {
		return err
	}
	return s.Validate(doc)
}

// cmdSubst expands $VARS of the script's environment in files, in place:
// `subst FILE...`, for fixtures that must name the servers' ports.
func cmdSubst(ts *testscript.TestScript, neg bool, args []string) {
	for _, name := range args {
		path := ts.MkAbs(name)
		data := ts.ReadFile(name)
		ts.Check(os.WriteFile(path, []byte(os.Expand(data, ts.Getenv)), 0o644))
	}
}

// cmdGenCert writes a self-signed certificate and its key as PEM files:
// `gencert CERT KEY`, for the TLS client certificate options.
func cmdGenCert(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: gencert CERT KEY")
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ts.Check(err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "pmrun test client"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	ts.Check(err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644))
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600))
}
