package report

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
)

// Mask is what a secret value is printed as.
const Mask = "********"

// MinSecretLen is the shortest secret value masked: shorter values ("1",
// "ok") are so common in output that masking them would garble it while
// hiding nothing.
const MinSecretLen = 3

// Masker hides the values of secret-typed variables (environment, globals,
// collection variables whose "type" is "secret") in what reporters print
// and write. It knows a value in its raw, percent-encoded, JSON-escaped,
// XML-escaped and base64 (Basic auth) forms. A nil Masker, or one that
// has seen no secrets, returns its input unchanged at the cost of a nil
// check, so runs without secrets pay nothing.
//
// It is a runner.Listener: placed before the reporters it re-reads its
// scopes after every script (scripts may change a secret's value) and
// takes the run's final scopes at RunDone.
type Masker struct {
	scopes   []*collection.Scope
	values   []string // the secret values it masks, sorted
	replacer *strings.Replacer
}

// NewMasker returns a masker for the secret-typed variables of scopes
// (nil scopes are skipped). It keeps the scopes and reads their current
// values again at each script's end.
func NewMasker(scopes ...*collection.Scope) *Masker {
	m := &Masker{}
	for _, s := range scopes {
		if s != nil {
			m.scopes = append(m.scopes, s)
		}
	}
	m.refresh()
	return m
}

// Event implements runner.Listener.
func (m *Masker) Event(e *runner.Event) {
	switch e.Kind {
	case runner.ScriptDone:
		m.refresh()
	case runner.RunDone:
		if e.Summary != nil {
			v := e.Summary.Vars
			m.scopes = slices.DeleteFunc([]*collection.Scope{v.Environment, v.Globals, v.Collection},
				func(s *collection.Scope) bool { return s == nil })
		}
		m.refresh()
	}
}

// Close implements Reporter; a masker writes nothing.
func (m *Masker) Close() error { return nil }

// refresh adds the current values of secret-typed variables. Values once
// seen stay masked: a report may still hold a secret's old value.
func (m *Masker) refresh() {
	changed := false
	for _, s := range m.scopes {
		for _, v := range s.Variables() {
			if v.Type != "secret" || v.Value == nil {
				continue
			}
			val := fmt.Sprint(v.Value)
			if len(val) < MinSecretLen || slices.Contains(m.values, val) {
				continue
			}
			m.values = append(m.values, val)
			changed = true
		}
	}
	if changed {
		m.build()
	}
}

// build makes the replacer from every form of every value, longest first
// so that a longer form wins over a shorter one starting at the same byte.
func (m *Masker) build() {
	var forms []string
	for _, v := range m.values {
		forms = append(forms, encodedForms(v)...)
	}
	slices.SortFunc(forms, func(a, b string) int { return len(b) - len(a) })
	forms = slices.Compact(forms)
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, Mask)
	}
	m.replacer = strings.NewReplacer(pairs...)
}

// encodedForms lists how v may appear in output: as is, percent-encoded
// (query and path rules, space as %20), JSON- and XML-escaped, and as the
// base64 characters that depend on v alone at each of the three byte
// alignments it can have inside a longer encoded text ("user:secret").
func encodedForms(v string) []string {
	forms := []string{v, url.QueryEscape(v), url.PathEscape(v),
		strings.ReplaceAll(url.QueryEscape(v), "+", "%20"), html.EscapeString(v)}
	if b, err := json.Marshal(v); err == nil {
		forms = append(forms, string(b[1:len(b)-1]))
	}
	for k := range 3 {
		enc := base64.RawStdEncoding.EncodeToString(append(make([]byte, k), v...))
		// Output character i holds bits [6i, 6i+6); v holds [8k, 8k+8n).
		start, end := (8*k+5)/6, (8*k+8*len(v))/6
		if end-start >= 4 {
			forms = append(forms, enc[start:end])
		}
	}
	return slices.DeleteFunc(forms, func(f string) bool { return len(f) < MinSecretLen })
}

// Active reports whether there is anything to mask.
func (m *Masker) Active() bool { return m != nil && m.replacer != nil }

// String masks every secret in s.
func (m *Masker) String(s string) string {
	if !m.Active() {
		return s
	}
	return m.replacer.Replace(s)
}

// Bytes masks every secret in b; it returns b itself when there is none.
func (m *Masker) Bytes(b []byte) []byte {
	if !m.Active() {
		return b
	}
	s := string(b)
	if r := m.replacer.Replace(s); r != s {
		return []byte(r)
	}
	return b
}

// Writer returns w masking each Write. Secrets are found within one
// Write, so callers write each line or record whole.
func (m *Masker) Writer(w io.Writer) io.Writer {
	if m == nil {
		return w
	}
	return maskingWriter{m: m, w: w}
}

type maskingWriter struct {
	m *Masker
	w io.Writer
}

func (mw maskingWriter) Write(p []byte) (int, error) {
	if !mw.m.Active() {
		return mw.w.Write(p)
	}
	if _, err := mw.w.Write(mw.m.Bytes(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
