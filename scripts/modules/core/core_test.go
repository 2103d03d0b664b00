package core

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"

	"github.com/pmrun/pmrun/scripts/modules"
)

func TestCoreModules(t *testing.T) {
	tests := []struct{ src, want string }{
		{`require('path').join('/a', 'b', '../c')`, "/a/c"},
		{`require('path').basename('/x/y.json', '.json') + require('path').extname('a.b.c')`, "y.c"},
		{`require('querystring').stringify({a: [1, 2], b: 'x y'})`, "a=1&a=2&b=x%20y"},
		{`JSON.stringify(require('querystring').parse('a=1&a=2&b=x+y'))`, `{"a":["1","2"],"b":"x y"}`},
		{`require('atob')(require('btoa')('hé'))`, "hé"},
		{`/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(require('uuid')())`, "true"},
		{`var u = require('url').parse('HTTPS://user:pw@Example.com:8080/p/a?x=1&y=2#h'); [u.protocol, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href].join('|')`,
			"https:|user:pw|example.com:8080|8080|example.com|#h|?x=1&y=2|x=1&y=2|/p/a|/p/a?x=1&y=2|https://user:pw@example.com:8080/p/a?x=1&y=2#h"},
		{`require('url').parse('http://a.com/p?x=1', true).query.x`, "1"},
		{`require('url').resolve('http://a.com/b/c', '../d')`, "http://a.com/d"},
		{`typeof require('url').URL`, "function"},
		{`var u = require('util'); [u.isArray([]), u.isString('x'), u.format('%s=%d', 'a', 1)].join()`, "true,true,a=1"},
		{`var E = require('events'), e = new E(), n = 0; e.once('x', function () { n++ }); e.emit('x'); e.emit('x'); n`, "1"},
		{`try { require('assert').deepEqual({a: [1]}, {a: [2]}); 'no' } catch (e) { e.name }`, "AssertionError"},
		{`JSON.stringify(require('fs'))`, "{}"},
	}
	vm := goja.New()
	r := require.NewRegistry()
	modules.Install(r)
	r.Enable(vm)
	for _, tt := range tests {
		v, err := vm.RunString(tt.src)
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", strings.TrimSpace(tt.src), got, tt.want)
		}
	}
}
