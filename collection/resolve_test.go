package collection

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

// TestResolveMatchesSubstitutor replays templates that postman-collection's
// Substitutor resolved in node against the runtime's scope list (local,
// iteration data as a plain object, environment, collection, globals).
func TestResolveMatchesSubstitutor(t *testing.T) {
	data, err := os.ReadFile("testdata/substitutor.json")
	if err != nil {
		t.Fatal(err)
	}
	root := gjson.ParseBytes(data)
	list := func(name string) *Scope {
		var vars []Variable
		for _, v := range root.Get("scopes." + name).Array() {
			vars = append(vars, variableOf(v))
		}
		return NewScope(name, vars)
	}
	var dataVars []Variable
	root.Get("scopes.data").ForEach(func(k, v gjson.Result) bool {
		dataVars = append(dataVars, Variable{Key: k.String(), Value: v.Value()})
		return true
	})
	dataScope := NewScope("data", dataVars)
	dataScope.Plain = true
	r := &Resolver{Scopes: []*Scope{list("local"), dataScope, list("env"), list("collection"), list("globals")}, Dynamic: DynamicValue}
	for _, c := range root.Get("cases").Array() {
		in, want := c.Get("in").String(), c.Get("out").String()
		if got := r.Resolve(in); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolvePrecedence(t *testing.T) {
	scope := func(name, value string) *Scope { return NewScope(name, []Variable{{Key: "v", Value: value}}) }
	all := []string{"local", "data", "environment", "collection", "globals"}
	for i := range all {
		var scopes []*Scope
		for _, name := range all[i:] {
			scopes = append(scopes, scope(name, name))
		}
		r := &Resolver{Scopes: scopes}
		if got := r.Resolve("{{v}}"); got != all[i] {
			t.Errorf("with scopes %v: {{v}} = %q, want %q", all[i:], got, all[i])
		}
	}
	empty := &Resolver{Scopes: []*Scope{NewScope("env", nil)}, Dynamic: DynamicValue}
	if got := empty.Resolve("{{$guid}}"); !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(got) {
		t.Errorf("{{$guid}} = %q", got)
	}
	user := &Resolver{Scopes: []*Scope{NewScope("env", []Variable{{Key: "$guid", Value: "mine"}})}, Dynamic: DynamicValue}
	if got := user.Resolve("{{$guid}}"); got != "mine" {
		t.Errorf("a variable named $guid should win over the dynamic one, got %q", got)
	}
	twice := empty.Resolve("{{$randomInt}} {{$randomInt}}")
	if strings.Count(twice, " ") != 1 || strings.Contains(twice, "{{") {
		t.Errorf("each {{$randomInt}} should resolve: %q", twice)
	}
}

func TestNewResolverOrder(t *testing.T) {
	s := func(v string) *Scope { return NewScope(v, []Variable{{Key: "v", Value: v}, {Key: v, Value: "own"}}) }
	r := NewResolver(nil, s("data"), s("env"), nil, s("glob"))
	if got := r.Resolve("{{v}} {{glob}} {{env}}"); got != "data own own" {
		t.Errorf("got %q", got)
	}
	if r.Dynamic == nil {
		t.Error("dynamic variables should be on")
	}
}
