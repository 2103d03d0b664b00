package collection

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fuzzers check that no input makes the parsers or the resolver panic
// and that what they return is consistent. Interesting inputs found while
// fuzzing are kept in testdata/fuzz/<Fuzzer>/ and replayed by go test.

func addFileSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
}

func FuzzParseCollection(f *testing.F) {
	addFileSeeds(f, "testdata/v1/*.json")
	f.Add([]byte(folderCollection))
	f.Add([]byte(`{"item": [{"request": {"url": {"host": "a.{{b}}", "path": "/x", "query": "a=1&&b"}, "header": "A: b\r\n c"}}]}`))
	f.Add([]byte(`{"name": "v1", "order": ["r"], "requests": [{"id": "r", "url": "http://x", "headers": "a:b", "dataMode": "params", "data": [{"key": "k", "type": "file", "value": ["a"]}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseCollection(data, "fuzz.json")
		if (c == nil) == (err == nil) {
			t.Fatalf("collection %v and error %v", c != nil, err)
		}
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error: %q", err)
			}
			return
		}
		items, err := c.RunOrder(nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			it.Behavior(c)
			it.Request.StripJSONComments(Behavior{})
		}
		c.RunOrder([]string{"a", "b"})
	})
}

func FuzzParseVariableFile(f *testing.F) {
	f.Add([]byte(`{"id": "1", "name": "e", "values": [{"key": "a", "value": 1, "type": "number", "enabled": false}]}`))
	f.Add([]byte(`{"environment": {"values": []}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseVariableFile(data, "fuzz.json", "environment")
		if (s == nil) == (err == nil) {
			t.Fatalf("scope %v and error %v", s != nil, err)
		}
		if s != nil {
			ApplyCLIVariables(s, []CLIVariable{ParseCLIVariable("a=2"), ParseCLIVariable("b")})
		}
	})
}

func FuzzParseData(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\"x\ny\",\"q\"\"\"\r\n007,1e3", "[{\"a\": 1}]", "{\"a\":", " 7 , \"8\" ,x\"y"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ParseData(data, "fuzz.data")
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error: %q", err)
			}
			return
		}
		for _, r := range rows {
			if !r.Plain {
				t.Fatal("data scope not Plain")
			}
		}
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"{{a}}", "{{a{{b}}}}", "{{{{c}}}}", "{{loop}}", "x{{$guid}}y", "{{", "}}{{a}", "{{ a }}{{}}"} {
		f.Add(s, "{{b}}")
	}
	f.Fuzz(func(t *testing.T, tmpl, value string) {
		r := &Resolver{Scopes: []*Scope{NewScope("s", []Variable{{Key: "a", Value: value}, {Key: "b", Value: "1"}, {Key: "loop", Value: "{{loop}}x"}})}}
		out := r.Resolve(tmpl)
		if !strings.Contains(tmpl, "{{") && out != tmpl {
			t.Fatalf("Resolve(%q) = %q without references", tmpl, out)
		}
		empty := &Resolver{}
		if got := empty.Resolve(tmpl); got != tmpl {
			t.Fatalf("with no scopes Resolve(%q) = %q", tmpl, got)
		}
		u := ParseURL(tmpl)
		_ = u.String()
		StripJSONComments(tmpl)
	})
}
