package collection

import (
	"reflect"
	"testing"
)

func TestParseCLIVariable(t *testing.T) {
	tests := map[string]CLIVariable{
		"a=b":              {Key: "a", Value: "b", HasValue: true},
		"url=http://x?a=1": {Key: "url", Value: "http://x?a=1", HasValue: true},
		"empty=":           {Key: "empty", Value: "", HasValue: true},
		"=v":               {Key: "", Value: "v", HasValue: true},
		"novalue":          {Key: "novalue"},
	}
	for in, want := range tests {
		if got := ParseCLIVariable(in); got != want {
			t.Errorf("ParseCLIVariable(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestApplyCLIVariables(t *testing.T) {
	env, err := ParseVariableFile([]byte(`{"name": "e", "values": [
		{"key": "n", "value": 1, "type": "number"}, {"key": "b", "value": true, "type": "boolean"},
		{"key": "s", "value": "old"}, {"key": "off", "value": "x", "enabled": false}, {"key": "keep", "value": "k"}]}`), "e.json", "environment")
	if err != nil {
		t.Fatal(err)
	}
	var cli []CLIVariable
	for _, a := range []string{"n=5", "b=false", "s=new=er", "off=y", "fresh=1", "bare", "s=last"} {
		cli = append(cli, ParseCLIVariable(a))
	}
	ApplyCLIVariables(env, cli)
	want := map[string]any{"n": 5.0, "b": true, "s": "last", "off": "y", "fresh": "1", "bare": "", "keep": "k"}
	for k, w := range want {
		got, ok := env.Get(k)
		if !ok || !reflect.DeepEqual(got, w) {
			t.Errorf("%s = %#v (%v), want %#v", k, got, ok, w)
		}
	}
	r := &Resolver{Scopes: []*Scope{env}}
	if got := r.Resolve("[{{bare}}]"); got != "[]" {
		t.Errorf("a variable set without a value should substitute as empty, got %q", got)
	}
}
