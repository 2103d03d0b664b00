package collection

import (
	"reflect"
	"testing"
)

func parseOne(t *testing.T, js string) *Collection {
	t.Helper()
	c, err := ParseCollection([]byte(js), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAuthParamsBothForms(t *testing.T) {
	c := parseOne(t, `{"info": {"schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
	 "auth": {"type": "basic", "basic": {"username": "u", "password": "p", "showPassword": false}},
	 "item": [{"request": {"url": "http://x", "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "t", "type": "string"}]}}},
	          {"request": {"url": "http://x", "auth": {"type": "apikey", "apikey": [{"key": "in", "value": "query"}, {"key": "key", "value": "k"}, {"key": "value", "value": 5, "type": "number"}]}}},
	          {"request": {"url": "http://x", "auth": {"type": "noauth"}}}]}`)
	if c.Auth.Type != "basic" || c.Auth.Param("username") != "u" || c.Auth.Param("password") != "p" || c.Auth.Param("showPassword") != "false" {
		t.Errorf("v2.0 object params: %+v", c.Auth)
	}
	if a := c.Items[0].Request.Auth; a.Type != "bearer" || a.Param("token") != "t" {
		t.Errorf("v2.1 array params: %+v", a)
	}
	if a := c.Items[1].Request.Auth; a.Param("in") != "query" || a.Param("value") != "5" || a.Param("missing") != "" {
		t.Errorf("apikey: %+v", a)
	}
	if a := c.Items[2].Request.Auth; a == nil || a.Type != "noauth" {
		t.Errorf("noauth must be kept (it stops inheritance): %+v", a)
	}
}

func TestURLForms(t *testing.T) {
	c := parseOne(t, `{"item": [
	 {"request": "https://example.com/a?x=1"},
	 {"request": {"url": "http://{{host}}/:id/b"}},
	 {"request": {"url": {"raw": "http://ignored/raw", "protocol": "https", "host": "api.{{domain.name}}.com", "path": "/v1/:id", "query": "a=1&b", "variable": [{"id": "id", "value": "7"}, {"key": "off", "value": "x", "disabled": true}]}}},
	 {"request": {"url": {"raw": "http://only-raw/x"}}},
	 {"request": {"url": {"host": ["h"], "path": "/", "query": {"q": "1", "n": null}, "port": "8080", "hash": ""}}},
	 {"request": {"url": {"host": ["h"], "path": ["a", "b"], "query": [{"key": "k", "value": "v", "disabled": true}, {"key": "e", "value": null}]}}}]}`)
	urls := []string{
		"https://example.com/a?x=1",
		"http://{{host}}/:id/b",
		"https://api.{{domain.name}}.com/v1/:id?a=1&b",
		"",
		"h:8080/?q=1&n#",
		"h/a/b?e",
	}
	for i, want := range urls {
		u := c.Items[i].Request.URL
		if got := u.String(); got != want {
			t.Errorf("item %d: URL %q, want %q", i, got, want)
		}
	}
	u := c.Items[2].Request.URL
	if !reflect.DeepEqual(u.Host, []string{"api", "{{domain.name}}", "com"}) {
		t.Errorf("host string should split outside {{…}}: %q", u.Host)
	}
	if len(u.Variables) != 2 || u.Variables[0].Key != "id" || u.Variables[0].Value != "7" || !u.Variables[1].Disabled {
		t.Errorf("path variables (id for key, disabled): %+v", u.Variables)
	}
	if raw := c.Items[3].Request.URL; raw.Raw != "http://only-raw/x" || raw.Host != nil {
		t.Errorf("a raw-only URL object is empty, as Url#update ignores raw: %+v", raw)
	}
	if q := c.Items[5].Request.URL.Query; !q[0].Disabled || q[1].Value != nil {
		t.Errorf("query disabled/null: %+v", q)
	}
}

func TestBodiesAndHeaders(t *testing.T) {
	c := parseOne(t, `{"item": [{"request": {
	  "method": "post",
	  "header": "Content-Type: application/json\nX-Multi:a:b\n  indented: no\nnocolon",
	  "body": {"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}, "disabled": true}}},
	 {"request": {"url": "http://x", "header": [{"key": "A", "value": "1", "disabled": true}, {"key": "B", "value": "2"}],
	  "body": {"mode": "formdata", "formdata": [
	    {"key": "f1", "type": "file", "src": "a.txt", "contentType": "text/plain"},
	    {"key": "f2", "type": "file", "src": ["a.txt", "b.txt"], "fileName": "x.bin"},
	    {"key": "t", "value": "v", "type": "text", "disabled": true}]}}},
	 {"request": {"url": "http://x", "body": {"mode": "file", "file": {"src": "payload.bin"}}}},
	 {"request": {"url": "http://x", "body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": "{\"x\": 1}"}}}},
	 {"request": {"url": "http://x", "body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": {"x": 1}}}}},
	 {"request": {"url": "http://x", "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}}]}`)
	r0 := c.Items[0].Request
	if r0.Method != "POST" {
		t.Errorf("method %q", r0.Method)
	}
	wantHeaders := []Header{{Key: "Content-Type", Value: "application/json"}, {Key: "X-Multi:a", Value: "b"}}
	if !reflect.DeepEqual(r0.Headers, wantHeaders) {
		t.Errorf("header string: %+v", r0.Headers)
	}
	if b := r0.Body; b.Mode != "raw" || b.Language != "json" || !b.Disabled {
		t.Errorf("raw body: %+v", b)
	}
	r1 := c.Items[1].Request
	if !r1.Headers[0].Disabled || r1.Headers[1].Disabled {
		t.Errorf("header disabled: %+v", r1.Headers)
	}
	fd := r1.Body.FormData
	if !reflect.DeepEqual(fd[0].Src, []string{"a.txt"}) || fd[0].ContentType != "text/plain" ||
		!reflect.DeepEqual(fd[1].Src, []string{"a.txt", "b.txt"}) || fd[1].FileName != "x.bin" || !fd[2].Disabled {
		t.Errorf("formdata: %+v", fd)
	}
	if c.Items[2].Request.Body.File.Src != "payload.bin" {
		t.Errorf("file body: %+v", c.Items[2].Request.Body)
	}
	if v := c.Items[3].Request.Body.GraphQL.Variables; v != `{"x": 1}` {
		t.Errorf("graphql variables string: %q", v)
	}
	if v := c.Items[4].Request.Body.GraphQL.Variables; v != `{"x": 1}` {
		t.Errorf("graphql variables object kept as JSON text: %q", v)
	}
	if ue := c.Items[5].Request.Body.URLEncoded; len(ue) != 2 || !ue[1].Disabled {
		t.Errorf("urlencoded: %+v", ue)
	}
}

func TestFoldersAnyDepthAndDisabledEvents(t *testing.T) {
	c := parseOne(t, `{"item": [{"name": "1", "item": [{"name": "2", "item": [{"name": "3", "item": [{"name": "4", "item": [
	  {"name": "leaf", "request": "http://x", "event": [{"listen": "test", "disabled": true, "script": {"exec": ["a", "b"]}}, {"listen": "prerequest", "script": "single"}]}]}]}]}]}]}`)
	leaf := c.Items[0].Items[0].Items[0].Items[0].Items[0]
	if leaf.Name != "leaf" || leaf.Path() != "item[0].item[0].item[0].item[0].item[0]" || leaf.Parent.Name != "4" {
		t.Errorf("deep item: %q %q", leaf.Name, leaf.Path())
	}
	if !leaf.Events[0].Disabled || leaf.Events[0].Script.Exec != "a\nb" || leaf.Events[1].Script.Exec != "single" {
		t.Errorf("events: %+v", leaf.Events)
	}
	if items, _ := c.RunOrder(nil); len(items) != 1 || items[0] != leaf {
		t.Errorf("run order: %v", items)
	}
}
