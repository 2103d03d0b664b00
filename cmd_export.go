package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/tidwall/gjson"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/report"
	"github.com/pmrun/pmrun/runner"
)

// exportedUsing is what Newman writes in _postman_exported_using.
const exportedUsing = "Newman/6.2.2"

// checkExports refuses, before the run, export paths whose directory is
// missing.
func checkExports(f runFlags) error {
	for _, e := range []struct{ flag, path string }{
		{"--export-environment", f.exportEnvironment},
		{"--export-globals", f.exportGlobals},
		{"--export-collection", f.exportCollection},
		{"--export-cookie-jar", f.exportCookieJar},
	} {
		if e.path == "" {
			continue
		}
		if err := report.CheckExportPath(e.path); err != nil {
			return &usageError{msg: fmt.Sprintf("%s %s: %v", e.flag, e.path, err), hint: "create the directory first or choose another path"}
		}
	}
	return nil
}

// writeExports writes the --export-* files after the run, each whole.
func writeExports(f runFlags, in *inputs, s *runner.Summary) error {
	now := time.Now()
	write := func(given, name string, content func(io.Writer) error) error {
		if given == "" {
			return nil
		}
		return report.WriteFile(report.ExportPath(given, "newman-"+name+".json", now), content)
	}
	scope := func(sc *collection.Scope, kind string) func(io.Writer) error {
		return func(w io.Writer) error { return writeJSON(w, exportedScope(sc, kind, now)) }
	}
	if err := write(f.exportEnvironment, "environment", scope(s.Vars.Environment, "environment")); err != nil {
		return err
	}
	if err := write(f.exportGlobals, "globals", scope(s.Vars.Globals, "globals")); err != nil {
		return err
	}
	if err := write(f.exportCollection, "collection", func(w io.Writer) error {
		_, err := w.Write(exportedCollection(in.collectionSource, s.Vars.Collection))
		return err
	}); err != nil {
		return err
	}
	if in.cookieJar != nil {
		return write(f.exportCookieJar, "cookie-jar", func(w io.Writer) error { return writeJSON(w, in.cookieJar) })
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// exportedVariable is one entry of an exported scope's "values".
type exportedVariable struct {
	Type     string `json:"type"`
	Value    any    `json:"value"`
	Key      string `json:"key"`
	Disabled bool   `json:"disabled,omitempty"`
}

// exportedScope is Newman's export of an environment or globals.
func exportedScope(sc *collection.Scope, kind string, now time.Time) any {
	out := struct {
		ID         string             `json:"id,omitempty"`
		Name       string             `json:"name"`
		Values     []exportedVariable `json:"values"`
		Scope      string             `json:"_postman_variable_scope"`
		ExportedAt string             `json:"_postman_exported_at"`
		Using      string             `json:"_postman_exported_using"`
	}{Name: kind, Values: []exportedVariable{}, Scope: kind,
		ExportedAt: now.UTC().Format("2006-01-02T15:04:05.000Z"), Using: exportedUsing}
	out.ID = report.NewID() // postman-collection gives every scope an id
	if sc != nil {
		if sc.ID != "" {
			out.ID = sc.ID
		}
		if sc.Name != "" && sc.Name != kind {
			out.Name = sc.Name
		}
		for _, v := range sc.Variables() {
			out.Values = append(out.Values, exportedVariable{Type: report.VariableType(v.Type), Value: v.Value, Key: v.Key, Disabled: v.Disabled})
		}
	}
	return out
}

// exportedCollection is the collection as it was read with its "variable"
// array replaced by the collection variables as the run left them.
func exportedCollection(source []byte, vars *collection.Scope) []byte {
	values := []exportedVariable{}
	if vars != nil {
		for _, v := range vars.Variables() {
			values = append(values, exportedVariable{Type: report.VariableType(v.Type), Value: v.Value, Key: v.Key, Disabled: v.Disabled})
		}
	}
	encoded, _ := json.Marshal(values)
	cur := gjson.GetBytes(source, "variable")
	if cur.Exists() && cur.Index > 0 {
		out := append([]byte{}, source[:cur.Index]...)
		out = append(out, encoded...)
		return append(out, source[cur.Index+len(cur.Raw):]...)
	}
	// No "variable" key: add one before the closing brace.
	end := len(source) - 1
	for end > 0 && source[end] != '}' {
		end--
	}
	out := append([]byte{}, source[:end]...)
	out = append(out, []byte(`,"variable":`)...)
	out = append(out, encoded...)
	return append(out, source[end:]...)
}
