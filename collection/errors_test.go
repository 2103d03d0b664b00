package collection

import (
	"runtime"
	"strings"
	"testing"
)

// TestBadInputMessages checks that each kind of bad file is refused with
// one message naming the file, where the problem is and what was expected.
func TestBadInputMessages(t *testing.T) {
	collection := func(s string) error { _, err := ParseCollection([]byte(s), "c.json"); return err }
	env := func(s string) error { _, err := ParseVariableFile([]byte(s), "e.json", "environment"); return err }
	globals := func(s string) error { _, err := ParseVariableFile([]byte(s), "g.json", "globals"); return err }
	data := func(s string) error { _, err := ParseData([]byte(s), "d.csv"); return err }
	tests := []struct {
		name  string
		parse func(string) error
		in    string
		want  string
	}{
		{"empty collection", collection, "  ", "collection c.json: not valid JSON: the file is empty; a JSON object was expected"},
		{"syntax error", collection, "{\n  \"info\": {,\n}", "collection c.json: not valid JSON: line 2, column 12: invalid character ',' looking for beginning of object key string"},
		{"truncated", collection, `{"item": [`, "collection c.json: not valid JSON: line 1, column 11: the JSON ends too early (a bracket or quote is not closed)"},
		{"trailing garbage", collection, `{} x`, "collection c.json: not valid JSON: line 1, column 4: unexpected content after the JSON value"},
		{"array at top", collection, `[]`, "c.json: (top level): expected a collection object, found an array"},
		{"item not array", collection, `{"item": {}}`, "c.json: item: expected an array, found an object"},
		{"item element", collection, `{"item": [{}, {}, {}, 7]}`, "c.json: item[3]: expected an item object, found a number"},
		{"url number", collection, `{"item": [{}, {}, {}, {"request": {"url": 5}}]}`, "c.json: item[3].request.url: expected a URL string or object, found a number"},
		{"request bool", collection, `{"item": [{"item": [{"request": true}]}]}`, "c.json: item[0].item[0].request: expected a request object or a URL string, found a boolean"},
		{"header element", collection, `{"item": [{"request": {"header": ["X: y"]}}]}`, "c.json: item[0].request.header[0]: expected a header object, found a string"},
		{"body", collection, `{"item": [{"request": {"body": "raw"}}]}`, "c.json: item[0].request.body: expected a body object, found a string"},
		{"event", collection, `{"event": [null]}`, "c.json: event[0]: expected an event object, found null"},
		{"variable", collection, `{"variable": {"a": 1}}`, "c.json: variable: expected an array, found an object"},
		{"auth", collection, `{"item": [{"auth": "basic", "item": []}]}`, "c.json: item[0].auth: expected an auth object, found a string"},
		{"behavior", collection, `{"protocolProfileBehavior": []}`, "c.json: protocolProfileBehavior: expected an object of settings, found an array"},
		{"host element", collection, `{"item": [{"request": {"url": {"host": [["a"]]}}}]}`, "c.json: item[0].request.url.host[0]: expected a string, found an array"},
		{"v1 requests", collection, `{"name": "v1", "order": [], "requests": [3]}`, "c.json: requests[0]: expected a request object, found a number"},
		{"environment not JSON", env, `{"values": [}`, "environment e.json: not valid JSON: line 1, column 13: invalid character '}' looking for beginning of value"},
		{"environment values", env, `{"values": {}}`, "e.json: values: expected an array, found an object"},
		{"environment value", env, `{"values": [{"key": "a"}, "b"]}`, `e.json: values[1]: expected a variable object {"key", "value"}, found a string`},
		{"globals top", globals, `"x"`, `g.json: (top level): expected an object with a "values" array, found a string`},
		{"data broken JSON", data, "[{\"a\": 1},\n]", "iteration data d.csv: not valid JSON: line 2, column 1: invalid character ']' looking for beginning of value"},
		{"data CSV quote", data, "a,b\n\"x,1\n", "iteration data d.csv: not valid CSV: line 2: Quote Not Closed: the parsing is finished with an opening quote"},
		{"data CSV closing quote", data, "a\n\"x\"y\n", "iteration data d.csv: not valid CSV: line 2: Invalid Closing Quote: found non trimable byte after quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse(tt.in)
			if err == nil {
				t.Fatalf("accepted %q", tt.in)
			}
			if err.Error() != tt.want {
				t.Errorf("message:\n got  %s\n want %s", err, tt.want)
			}
			if strings.Count(err.Error(), "\n") != 0 {
				t.Errorf("message spans lines: %q", err)
			}
		})
	}
}

func TestEnvironmentFile(t *testing.T) {
	s, err := ParseVariableFile([]byte(`{"environment": {"id": "e1", "name": "Staging", "values": [
		{"key": "a", "value": "1", "enabled": true}, {"key": "b", "value": "2", "enabled": false}, {"key": "s", "value": "x", "type": "secret"}]}}`), "e.json", "environment")
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "e1" || s.Name != "Staging" {
		t.Errorf("id/name = %q/%q", s.ID, s.Name)
	}
	if !s.Has("a") || s.Has("b") || !s.Has("s") || s.Len() != 3 {
		t.Errorf("enabled:false should disable b and keep it: %+v", s.Variables())
	}
}

func TestEnvironmentFileEncodings(t *testing.T) {
	utf16 := []byte{0xff, 0xfe}
	for _, r := range `{"values": [{"key": "h", "value": "é"}]}` {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for name, data := range map[string][]byte{
		"UTF-8 with BOM": append([]byte("\xef\xbb\xbf"), `{"values": [{"key": "h", "value": "é"}]}`...),
		"UTF-16LE":       utf16,
		"Latin-1":        []byte("{\"values\": [{\"key\": \"h\", \"value\": \"\xe9\"}]}"),
	} {
		s, err := ParseVariableFile(data, "e.json", "environment")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if v, _ := s.Get("h"); v != "é" {
			t.Errorf("%s: h = %v, want é", name, v)
		}
	}
}

// Newman reads collections through the same encoding detection as
// environments, so a collection saved as UTF-16LE or Latin-1 runs.
func TestCollectionFileEncodings(t *testing.T) {
	const doc = `{"info": {"name": "café"}, "item": []}`
	utf16 := []byte{0xff, 0xfe}
	for _, r := range doc {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"UTF-8", []byte(doc)},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), doc...)},
		{"UTF-16LE", utf16},
		{"Latin-1", []byte("{\"info\": {\"name\": \"caf\xe9\"}, \"item\": []}")},
	}
	for _, tt := range tests {
		c, err := ParseCollection(tt.data, "c.json")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if c.Info.Name != "café" {
			t.Errorf("%s: name = %q, want café", tt.name, c.Info.Name)
		}
	}
}

// Thousands of nested folders parse in memory linear in the depth (item
// paths are worked out on demand), and errors deep down still name their
// path.
func TestDeeplyNestedFolders(t *testing.T) {
	const depth = 5000
	doc := func(leaf string) string {
		return `{"item": [` + strings.Repeat(`{"name": "f", "item": [`, depth) + leaf + strings.Repeat(`]}`, depth) + `]}`
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	c, err := ParseCollection([]byte(doc(`{"name": "leaf", "request": "http://x"}`)), "c.json")
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 64 {
		t.Errorf("parsing %d levels allocated %d MB, want under 64 MB", depth, mb)
	}
	it := c.Items[0]
	for len(it.Items) > 0 {
		it = it.Items[0]
	}
	if want := strings.Repeat("item[0].", depth) + "item[0]"; it.Name != "leaf" || it.Path() != want {
		t.Errorf("leaf %q at %.40q…", it.Name, it.Path())
	}
	_, err = ParseCollection([]byte(doc(`{"request": {"url": 5}}`)), "c.json")
	want := "c.json: " + strings.Repeat("item[0].", depth) + "item[0].request.url: expected a URL string or object, found a number"
	if err == nil || err.Error() != want {
		t.Errorf("deep error = %.80v…", err)
	}
}
