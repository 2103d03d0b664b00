package report

import (
	"bytes"
	"encoding/base64"
	"io"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

func secretScope(vars ...collection.Variable) *collection.Scope {
	return collection.NewScope("env", vars)
}

func TestMaskerString(t *testing.T) {
	env := secretScope(
		collection.Variable{Key: "password", Value: "Ch4ng3!t", Type: "secret"},
		collection.Variable{Key: "token", Value: "a b&c<d", Type: "secret"},
		collection.Variable{Key: "pin", Value: "42", Type: "secret"},
		collection.Variable{Key: "user", Value: "demo", Type: "default"},
	)
	m := NewMasker(env, nil)
	basic := base64.StdEncoding.EncodeToString([]byte("demo:Ch4ng3!t"))
	tests := []struct {
		name, in, want string
	}{
		{"raw in an assertion message", "expected 'Ch4ng3!t' to equal 'x'", "expected '********' to equal 'x'"},
		{"twice", "Ch4ng3!t/Ch4ng3!t", "********/********"},
		{"query-encoded", "http://h/login?p=Ch4ng3%21t&u=demo", "http://h/login?p=********&u=demo"},
		{"space as plus and as %20", "a+b%26c%3Cd and a%20b%26c%3Cd", "******** and ********"},
		{"JSON-escaped", `{"t":"a b\u0026c\u003cd"}`, `{"t":"********"}`},
		{"XML-escaped", `message="a b&amp;c&lt;d"`, `message="********"`},
		{"short secrets are left alone", "pin 42", "pin 42"},
		{"non-secret variables are left alone", "user demo", "user demo"},
		{"nothing to mask", "plain text", "plain text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	t.Run("basic auth header", func(t *testing.T) {
		got := m.String("Authorization: Basic " + basic)
		if strings.Contains(got, basic) || !strings.Contains(got, Mask) {
			t.Errorf("Basic header not masked: %q", got)
		}
	})
	t.Run("base64 at every alignment", func(t *testing.T) {
		for _, prefix := range []string{"", "a", "ab", "abc:"} {
			enc := base64.StdEncoding.EncodeToString([]byte(prefix + "Ch4ng3!t" + "xyz"))
			if got := m.String(enc); !strings.Contains(got, Mask) {
				t.Errorf("base64 of %q not masked: %q", prefix+"Ch4ng3!t", got)
			}
		}
	})
}

func TestMaskerFollowsScripts(t *testing.T) {
	env := secretScope(collection.Variable{Key: "password", Value: "first-secret", Type: "secret"})
	m := NewMasker(env)
	env.Set("password", "second-secret")
	if got := m.String("second-secret"); got != "second-secret" {
		t.Fatalf("masked a value before any script ended: %q", got)
	}
	m.Event(&runner.Event{Kind: runner.ScriptDone, Script: &runner.ScriptRun{Result: &scripts.Result{}}})
	for _, s := range []string{"first-secret", "second-secret"} {
		if got := m.String(s); got != Mask {
			t.Errorf("String(%q) = %q after the script changed it, want %q", s, got, Mask)
		}
	}
}

func TestMaskerNilAndEmpty(t *testing.T) {
	var nilMasker *Masker
	empty := NewMasker(secretScope(collection.Variable{Key: "user", Value: "demo"}))
	for name, m := range map[string]*Masker{"nil": nilMasker, "no secrets": empty} {
		if m.Active() {
			t.Errorf("%s masker is active", name)
		}
		b := []byte("demo")
		if got := m.Bytes(b); &got[0] != &b[0] {
			t.Errorf("%s masker copied its input", name)
		}
		var buf bytes.Buffer
		if n, err := m.Writer(&buf).Write(b); n != 4 || err != nil || buf.String() != "demo" {
			t.Errorf("%s masker's writer wrote %q (%d, %v)", name, buf.String(), n, err)
		}
	}
}

func TestMaskingWriterReportsInputLength(t *testing.T) {
	m := NewMasker(secretScope(collection.Variable{Key: "p", Value: "hunter22", Type: "secret"}))
	var buf bytes.Buffer
	n, err := m.Writer(&buf).Write([]byte("pw=hunter22\n"))
	if err != nil || n != len("pw=hunter22\n") {
		t.Fatalf("Write = %d, %v; want the input's length", n, err)
	}
	if buf.String() != "pw=********\n" {
		t.Errorf("wrote %q", buf.String())
	}
}

func BenchmarkMaskerNoSecrets(b *testing.B) {
	m := NewMasker(secretScope(collection.Variable{Key: "user", Value: "demo"}))
	w := m.Writer(io.Discard)
	line := []byte("  POST http://127.0.0.1:8080/am/json/sessions?_action=refresh [200 OK, 310B, 1ms]\n")
	b.ReportAllocs()
	for b.Loop() {
		w.Write(line)
	}
}

func BenchmarkMaskerOneSecret(b *testing.B) {
	m := NewMasker(secretScope(collection.Variable{Key: "p", Value: "Ch4ng3!t", Type: "secret"}))
	w := m.Writer(io.Discard)
	line := []byte("  POST http://127.0.0.1:8080/am/json/sessions?_action=refresh [200 OK, 310B, 1ms]\n")
	b.ReportAllocs()
	for b.Loop() {
		w.Write(line)
	}
}

// TestCLIMasksAcrossWrapsAndClips puts the secret where the cli would cut
// it: at a console line's wrap, and at the verbose body's 2 KB clip.
func TestCLIMasksAcrossWrapsAndClips(t *testing.T) {
	const secret = "Ch4ng3!t-long-secret"
	secrets := NewMasker(secretScope(collection.Variable{Key: "p", Value: secret, Type: "secret"}))
	body := []byte(strings.Repeat("x", bodyClipSize-5) + secret + strings.Repeat("y", 100))
	ex := &runner.Exchange{
		Request:  runner.SentRequest{Method: "POST", URL: "http://h/login?p=" + secret, Body: body},
		Response: &runner.Response{Code: 200, Status: "OK", Body: body},
	}
	// Just over the clip, and under it once masked.
	short := []byte(strings.Repeat("x", bodyClipSize-len(secret)+2) + secret)
	exShort := &runner.Exchange{Request: runner.SentRequest{Method: "POST", URL: "http://h/"},
		Response: &runner.Response{Code: 200, Status: "OK", Body: short}}
	tests := []struct {
		name   string
		events []*runner.Event
	}{
		{"verbose body shorter than the clip once masked", []*runner.Event{
			{Kind: runner.RequestStarted, Exchange: exShort}, {Kind: runner.RequestDone, Exchange: exShort}}},
		{"console line wrapped inside the secret", []*runner.Event{{Kind: runner.ConsoleLogged,
			Console: &runner.ConsoleMessage{Level: "log", Args: []string{strings.Repeat("a", 45) + secret}}}}},
		{"verbose request and response clipped inside the secret", []*runner.Event{
			{Kind: runner.RequestStarted, Exchange: ex}, {Kind: runner.RequestDone, Exchange: ex}}},
		{"failure message", []*runner.Event{{Kind: runner.RunDone, Summary: &runner.Summary{Failures: []runner.Failure{
			{Error: &scripts.Error{Name: "AssertionError", Message: "expected '" + secret + "' to equal 'x'"}}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			c := NewCLI(&buf, CLIOptions{Verbose: true, Secrets: secrets})
			for _, e := range tt.events {
				c.Event(e)
			}
			c.Event(&runner.Event{Kind: runner.RunDone, Summary: &runner.Summary{}})
			out := buf.String()
			if !strings.Contains(out, Mask) {
				t.Errorf("no mask in output:\n%s", out)
			}
			for _, part := range []string{"Ch4ng3", "long-secret", "secret"} {
				if strings.Contains(out, part) {
					t.Errorf("output shows %q:\n%s", part, out)
				}
			}
		})
	}
}
