package collection_test

import (
	"fmt"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

// benchResolver has the five scopes of a run, as a collection request sees
// them: empty local and data scopes, a small environment, collection
// variables and a larger globals scope.
func benchResolver() *collection.Resolver {
	env := collection.NewScope("environment", []collection.Variable{
		{Key: "amUrl", Value: "http://127.0.0.1:8080/am"},
		{Key: "realm", Value: "/realms/root/realms/{{realmName}}"},
		{Key: "realmName", Value: "alpha"},
		{Key: "cookieName", Value: "iPlanetDirectoryPro"},
		{Key: "token", Value: "AQIC5wM2LY4SfcxvdvHOXjtC_eWSs2RB54tgvgK8SuYi7aQ.*AAJTSQACMDEAAlNLABQ.*"},
	})
	var globals []collection.Variable
	for i := range 20 {
		globals = append(globals, collection.Variable{Key: fmt.Sprintf("global%d", i), Value: fmt.Sprint(i)})
	}
	return &collection.Resolver{
		Scopes: []*collection.Scope{
			collection.NewScope("local", nil),
			collection.NewScope("data", nil),
			env,
			collection.NewScope("collection", []collection.Variable{{Key: "apiVersion", Value: "resource=4.0"}}),
			collection.NewScope("globals", globals),
		},
		Dynamic: collection.DynamicValue,
	}
}

func BenchmarkResolve(b *testing.B) {
	r := benchResolver()
	tests := []struct{ name, in, want string }{
		{"no references", "application/json", "application/json"},
		{"url", "{{amUrl}}/json{{realm}}/sessions?_action=refresh",
			"http://127.0.0.1:8080/am/json/realms/root/realms/alpha/sessions?_action=refresh"},
		{"header", "{{token}}", "AQIC5wM2LY4SfcxvdvHOXjtC_eWSs2RB54tgvgK8SuYi7aQ.*AAJTSQACMDEAAlNLABQ.*"},
		{"globals scope", "{{global19}}", "19"},
		{"unknown", "{{nope}}/{{amUrl}}", "{{nope}}/http://127.0.0.1:8080/am"},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			if got := r.Resolve(tt.in); got != tt.want {
				b.Fatalf("Resolve(%q) = %q, want %q", tt.in, got, tt.want)
			}
			b.ReportAllocs()
			for b.Loop() {
				r.Resolve(tt.in)
			}
		})
	}
}
