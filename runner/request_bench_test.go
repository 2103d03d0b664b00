package runner

import (
	"net/http"
	"testing"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/fixtures/bench/gen"
	"github.com/pmrun/pmrun/scripts"
)

// benchRefresh returns a refresh item of the generated ForgeRock
// collection and the scopes of a run that has logged in.
func benchRefresh(b *testing.B) (*collection.Item, scripts.Vars) {
	data, err := gen.Collection(1, gen.Expect)
	if err != nil {
		b.Fatal(err)
	}
	col, err := collection.ParseCollection(data, "gen.json")
	if err != nil {
		b.Fatal(err)
	}
	envData, err := gen.Environment("http://127.0.0.1:8080/am")
	if err != nil {
		b.Fatal(err)
	}
	env, err := collection.ParseVariableFile(envData, "env.json", "environment")
	if err != nil {
		b.Fatal(err)
	}
	env.Set("token", "AQIC5wM2LY4SfcxvdvHOXjtC_eWSs2RB54tgvgK8SuYi7aQ.*AAJTSQACMDEAAlNLABQ.*")
	return col.Items[1], scripts.Vars{
		Globals:     collection.NewScope("globals", nil),
		Environment: env,
		Collection:  collection.NewScope(col.Info.Name, col.Variables),
		Data:        collection.NewScope("data", nil),
		Local:       collection.NewScope("local", nil),
	}
}

// wireAndListed builds the reported header list and the wire headers, as
// send does, and returns the list.
func wireAndListed(req *collection.Request, body builtBody, host string) []collection.Header {
	listed := listedHeaders(req.Headers, body, host, collection.NewUUID(), nil)
	wireHeaders(listed)
	return listed
}

// BenchmarkBuildRequest measures what runItem does between the pre-request
// scripts and the send: copy, resolve, re-parse the URL, build the wire
// URL and the headers.
func BenchmarkBuildRequest(b *testing.B) {
	it, vars := benchRefresh(b)
	const wantURL = "http://127.0.0.1:8080/am/json/realms/root/realms/alpha/sessions?_action=refresh"
	build := func() (string, []collection.Header) {
		req := cloneRequest(it.Request)
		resolved := vars.Resolver(collection.DynamicValue).ResolveRequest(req)
		reparsed := collection.ParseURL(resolved.URL.String())
		reparsed.Variables = resolved.URL.Variables
		resolved.URL = reparsed
		url := wireURL(resolved.URL, false)
		httpReq, err := http.NewRequest(resolved.Method, url, http.NoBody)
		if err != nil {
			b.Fatal(err)
		}
		body := buildBody(resolved, nil, files{})
		return url, wireAndListed(resolved, body, httpReq.URL.Host)
	}
	if url, headers := build(); url != wantURL || len(headers) < 3 || headers[1].Key != "iPlanetDirectoryPro" {
		b.Fatalf("built %s with %+v, want %s with the session header", url, headers, wantURL)
	}
	b.Run("resolve+wireURL+headers", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			build()
		}
	})
	b.Run("ResolveRequest", func(b *testing.B) {
		b.ReportAllocs()
		res := vars.Resolver(collection.DynamicValue)
		for b.Loop() {
			res.ResolveRequest(it.Request)
		}
	})
	resolved := vars.Resolver(collection.DynamicValue).ResolveRequest(it.Request)
	u := collection.ParseURL(resolved.URL.String())
	b.Run("wireURL", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			wireURL(u, false)
		}
	})
}
