package scripts

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// harness runs scripts in one sandbox and keeps what they print.
type harness struct {
	t       *testing.T
	sb      *Sandbox
	console []string
	vars    Vars
	req     *collection.Request
	resp    *Response
}

func newHarness(t *testing.T, opts Options) *harness {
	h := &harness{t: t}
	opts.OnConsole = func(level string, args []string) {
		h.console = append(h.console, level+": "+strings.Join(args, ", "))
	}
	h.sb = New(opts)
	h.vars = Vars{
		Globals:     collection.NewScope("globals", nil),
		Environment: collection.NewScope("env", nil),
		Collection:  collection.NewScope("col", nil),
		Data:        collection.NewScope("data", nil),
		Local:       collection.NewScope("local", nil),
	}
	h.req = &collection.Request{Method: "GET", URL: collection.ParseURL("http://example.test/get?a=1"),
		Headers: []collection.Header{{Key: "Accept", Value: "*/*"}}}
	h.resp = &Response{Code: 200, Status: "OK", Body: []byte(`{"a":1,"b":[1,2],"s":"x"}`),
		Headers:      []collection.Header{{Key: "Content-Type", Value: "application/json; charset=utf-8"}, {Key: "Set-Cookie", Value: "a=1"}, {Key: "Set-Cookie", Value: "b=2"}},
		ResponseTime: 12 * time.Millisecond}
	return h
}

func (h *harness) run(event, src string) *Result {
	h.t.Helper()
	h.console = nil
	exec := &Execution{Event: event, Script: collection.Script{Exec: src}, Request: h.req, Vars: h.vars,
		Item: &collection.Item{Name: "r1", ID: "id-1"}, IterationCount: 1, CollectionName: "col"}
	if event == "test" {
		exec.Response = h.resp
	}
	return h.sb.Run(exec)
}

// outcome renders assertions as "name: ok" or "name: Name: message".
func outcome(res *Result) []string {
	var out []string
	for _, a := range res.Assertions {
		switch {
		case a.Skipped:
			out = append(out, a.Name+": skipped")
		case a.Error != nil:
			out = append(out, a.Name+": "+a.Error.Name+": "+a.Error.Message)
		default:
			out = append(out, a.Name+": ok")
		}
	}
	if res.Error != nil {
		out = append(out, "script: "+res.Error.Name+": "+res.Error.Message)
	}
	return out
}

func TestAssertionsMatchNewman(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"sync and async tests", `
pm.test("sync ok", function(){ pm.expect(1).to.eql(1) });
setTimeout(function(){ throw new Error('late boom') }, 5);
setTimeout(function(){ pm.test("after", function(){}) }, 20);
pm.test("async", function(done){ setTimeout(function(){ done(new Error('async fail')) }, 1) });
pm.test("never", function(done){ });
pm.test("non-fn");
pm.test.skip("skipped");
pm.test("sync throw in async", function(done){ throw new TypeError('x') });`,
			[]string{"sync ok: ok", "non-fn: ok", "skipped: skipped", "sync throw in async: TypeError: x", "async: Error: async fail", "after: ok"}},
		{"chai-postman", `
pm.test("status", function(){ pm.response.to.have.status(201) });
pm.test("ok", function(){ pm.response.to.be.ok; pm.response.to.be.json; pm.response.to.be.success });
pm.test("body", function(){ pm.response.to.have.body("x") });
pm.test("hdr", function(){ pm.response.to.have.header("X-Nope") });
pm.test("hdrv", function(){ pm.response.to.have.header("Content-Type", "x") });
pm.test("jb", function(){ pm.response.to.have.jsonBody("c") });
pm.test("jb2", function(){ pm.response.to.have.jsonBody("b[1]", 3) });
pm.test("cls", function(){ pm.response.to.be.clientError });
pm.test("nf", function(){ pm.response.to.be.notFound });
pm.test("err", function(){ pm.response.to.be.error });
pm.test("not ok", function(){ pm.response.to.not.be.ok });
pm.test("expect ok", function(){ pm.expect(0).to.be.ok });
pm.test("pr", function(){ pm.expect(1).to.be.postmanResponse });
pm.test("rt", function(){ pm.response.to.have.responseTime.below(5) });
pm.test("req", function(){ pm.request.to.have.header('X-No') });`,
			[]string{
				"status: AssertionError: expected response to have status code 201 but got 200",
				"ok: ok",
				`body: AssertionError: expected response body to equal 'x' but got '{"a":1,"b":[1,2],"s":"x"}'`,
				"hdr: AssertionError: expected response to have header with key 'X-Nope'",
				"hdrv: AssertionError: expected 'Content-Type' response header to be 'x' but got 'application/json; charset=utf-8'",
				"jb: AssertionError: expected { a: 1, b: [ 1, 2 ], s: 'x' } in response to contain property 'c'",
				`jb2: AssertionError: expected response body json at "b[1]" to contain 3 but got 2`,
				"cls: AssertionError: expected response code to be 4XX but found 200",
				"nf: AssertionError: expected response to have status reason 'NOT FOUND' but got 'OK'",
				"err: AssertionError: expected response code to be 4XX or 5XX but found 200",
				"not ok: AssertionError: expected response to not have status reason 'OK'",
				"expect ok: AssertionError: expected +0 to be truthy",
				"pr: AssertionError: expecting a postman response object but got 1",
				"rt: AssertionError: expected 12 to be below 5",
				"req: AssertionError: expected request to have header with key 'X-No'",
			}},
		{"json schema (Ajv 6 messages)", `
pm.test("schema", function(){ pm.response.to.have.jsonSchema({type:'object', required:['zz'], properties:{a:{type:'string'}, s:{minLength:3, pattern:'^y'}}}) });
pm.test("schema2", function(){ pm.expect({a:[1,1], e:'q', n:3}).to.have.jsonSchema({properties:{a:{uniqueItems:true, maxItems:1}, e:{enum:['x','y']}, n:{minimum:5, maximum:1, multipleOf: 2}}}) });
pm.test("schema3", function(){ pm.expect({}).to.not.have.jsonSchema({}) });
pm.test("schema4", function(){ pm.expect(1).to.have.jsonSchema('x') });
pm.test("formats", function(){ pm.expect({e: "nope", d: "2020-01-01", u: "x"}).to.have.jsonSchema({properties: {e: {format: "email"}, d: {format: "date"}, u: {type: "string", format: "uuid"}}}) });
pm.test("file ref", function(){ pm.expect({}).to.have.jsonSchema({$ref: "file:///etc/passwd"}) });
pm.test("opts", function(){ pm.expect({a: 1}).to.have.jsonSchema({properties: {a: {type: 'string'}, b: {type: 'string'}}, required: ['b']}, {allErrors: false}) });`,
			[]string{
				"schema: AssertionError: expected data to satisfy schema but found following errors: \ndata should have required property 'zz', data.a should be string, data.s should NOT be shorter than 3 characters, data.s should match pattern \"^y\"",
				"schema2: AssertionError: expected data to satisfy schema but found following errors: \ndata.a should NOT have more than 1 items, data.a should NOT have duplicate items (items ## 0 and 1 are identical), data.e should be equal to one of the allowed values, data.n should be <= 1, data.n should be >= 5, data.n should be multiple of 2",
				"schema3: AssertionError: expected data to not satisfy schema",
				"schema4: AssertionError: expected 'x' to be an object",
				"formats: AssertionError: expected data to satisfy schema but found following errors: \ndata.e should match format \"email\", data.u should match format \"uuid\"",
				"file ref: Error: can't resolve reference file:///etc/passwd from id #",
				"opts: AssertionError: expected data to satisfy schema but found following errors: \ndata.a should be string",
			}},
		{"legacy tests", `tests["pass"] = true; tests["fail"] = 0; pm.test("first", function(){});`,
			[]string{"first: ok", "pass: ok", "fail: AssertionError: expected 0 to be truthy"}},
		{"liquid-json errors", `pm.test("parse", function(){ JSON.parse("GET /x\nline2") }); pm.test("bom", function(){ pm.expect(JSON.parse("\ufeff{\"a\":1}").a).to.equal(1) })`,
			[]string{"parse: JSONError: Unexpected token 'G' at 1:1\nGET /x\n^", "bom: ok"}},
		{"promise test (beyond Newman)", `pm.test("awaited", async function(){ await new Promise(r => setTimeout(r, 2)); throw new Error("late") });`,
			[]string{"awaited: Error: late"}},
		{"thrown values that are not errors", `pm.test("x", function () { throw "s" }); pm.test("y", function (done) { done("str") }); throw {a: 1};`,
			[]string{"x: AssertionError: x", "y: AssertionError: y", "script: : "}},
		{"V8's string length limit", `pm.test("huge", function () { "abc".repeat(1 << 30) }); pm.test("fine", function () { pm.expect("ab".repeat(3)).to.equal("ababab"); pm.expect("1".padStart(3, "0")).to.equal("001") });`,
			[]string{"huge: RangeError: Invalid string length", "fine: ok"}},
		{"syntax errors worded as V8", `var a = ;`, []string{"script: SyntaxError: Unexpected token ';'"}},
		{"syntax error at the end", `pm.test("x", function(){`, []string{"script: SyntaxError: Unexpected end of input"}},
		{"thrown error fails the script", `pm.test("a", function(){}); throw new TypeError("boom");`,
			[]string{"a: ok", "script: TypeError: boom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			got := outcome(h.run("test", tt.src))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestTimeouts(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"sync loop", `while(true){}`, "sandbox: synchronous script execution timeout"},
		{"interval forever", `setInterval(function(){}, 5)`, "sandbox: asynchronous script execution timeout"},
		{"loop in a timer", `setTimeout(function(){ while(true){} }, 1)`, "sandbox: asynchronous script execution timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Options{Timeout: 100 * time.Millisecond})
			res := h.run("test", tt.src)
			if res.Error == nil || res.Error.Message != tt.want {
				t.Fatalf("error = %v, want %q", res.Error, tt.want)
			}
			// The sandbox stays usable after a timeout.
			if got := outcome(h.run("test", `pm.test("next", function(){})`)); strings.Join(got, ",") != "next: ok" {
				t.Errorf("next script: %v", got)
			}
		})
	}
}

// A runaway recursion fails its script at once with V8's error, not at the
// timeout, and the sandbox stays usable.
func TestStackOverflow(t *testing.T) {
	tests := []struct{ name, src string }{
		{"direct", `function f() { return f() + 1 }; f()`},
		{"in a test", `pm.test("deep", function () { (function g() { g() })() })`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Options{Timeout: 10 * time.Second})
			start := time.Now()
			res := h.run("test", tt.src)
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("took %v: the recursion ran to the timeout", elapsed)
			}
			got := outcome(res)
			if res.Error != nil {
				got = append(got, res.Error.Name+": "+res.Error.Message)
			}
			if !strings.Contains(strings.Join(got, ","), "Maximum call stack size exceeded") {
				t.Errorf("outcome %v, want a RangeError: Maximum call stack size exceeded", got)
			}
			if got := outcome(h.run("test", `pm.test("next", function(){})`)); strings.Join(got, ",") != "next: ok" {
				t.Errorf("next script: %v", got)
			}
		})
	}
}

// A script that throws a value that is no error fails only when Newman
// sees one: null, undefined and symbols count as no failure; other values
// fail the script with no name or message, and the rest of it is skipped.
func TestThrowingNonErrors(t *testing.T) {
	tests := []struct {
		src    string
		failed bool
	}{
		{`throw null`, false},
		{`throw undefined`, false},
		{`throw Symbol("s")`, false},
		{`throw 5`, true},
		{`throw "boom"`, true},
		{`throw {}`, true},
		{`throw {toString() { throw 1 }}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			h := newHarness(t, Options{})
			res := h.run("test", `pm.test("before", function(){});`+tt.src+`; pm.test("after", function(){})`)
			if failed := res.Error != nil; failed != tt.failed {
				t.Errorf("script failed = %v (%v), want %v", failed, res.Error, tt.failed)
			}
			if got := strings.Join(outcome(res), ","); !strings.HasPrefix(got, "before: ok") || strings.Contains(got, "after") {
				t.Errorf("outcome = %s, want before: ok and no after", got)
			}
		})
	}
}

func TestMemoryLimit(t *testing.T) {
	h := newHarness(t, Options{MemoryLimit: 64 << 20})
	res := h.run("test", `var a = []; while (true) { a.push("x".repeat(1 << 16) + a.length) }`)
	if res.Error == nil || res.Error.Message != "sandbox: script exceeded its memory limit" {
		t.Fatalf("error = %v", res.Error)
	}
}

func TestScriptIsolation(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("prerequest", `var v = 1; this.t = 2; leak = 3;`)
	h.run("test", `console.log(typeof v, typeof t, typeof leak)`)
	// As in postman-sandbox: declared variables and this stay in their
	// script; an implicit global lives on.
	if got := strings.Join(h.console, "|"); got != "log: 'undefined', 'undefined', 'number'" {
		t.Errorf("console = %q", got)
	}
}

func TestRequestMutationsReachTheRequest(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("prerequest", `
pm.request.headers.add({key: 'X-A', value: '1'});
pm.request.addHeader({key: 'X-B', value: '2'});
pm.request.upsertHeader({key: 'X-A', value: '3'});
pm.request.removeHeader('Accept');
pm.request.url.query.add({key: 'q', value: 'v'});
pm.request.addQueryParams('r=1&s=2');
pm.request.removeQueryParams('s');
pm.request.url.query.upsert({key: 'a', value: 'changed'});
pm.request.url.path.push('more');
pm.request.method = 'post';
pm.request.body = {mode: 'raw', raw: '{"z":1}'};`)
	if got := h.req.URL.String(); got != "http://example.test/get/more?a=changed&q=v&r=1" {
		t.Errorf("url = %q", got)
	}
	if got := unparseHeaders(h.req.Headers); got != "X-A: 3\r\nX-B: 2\r\n" {
		t.Errorf("headers = %q", got)
	}
	if h.req.Method != "POST" || h.req.Body == nil || h.req.Body.Raw != `{"z":1}` {
		t.Errorf("method %q body %+v", h.req.Method, h.req.Body)
	}
}

func TestVariableTyping(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("test", `
pm.environment.set('n', 5); pm.environment.set('o', {a: 1}); pm.environment.set('u', undefined);
postman.setEnvironmentVariable('ln', 5); postman.setGlobalVariable('lf', false);
pm.variables.set('local', 'L');
console.log(pm.environment.get('n'), pm.environment.get('o'), pm.environment.get('u'), pm.environment.has('u'), pm.environment.get('ln'), pm.globals.get('lf'), pm.variables.get('local'));
console.log(pm.environment.replaceIn('{{n}}-{{missing}}'));`)
	want := []string{
		`warn: 'Using "postman.setNextRequest" is deprecated. Use "pm.execution.setNextRequest()" instead.'`,
		"log: 5, { a: 1 }, undefined, true, '5', false, 'L'",
		"log: '5-{{missing}}'",
	}
	if strings.Join(h.console, "\n") != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", strings.Join(h.console, "\n"), strings.Join(want, "\n"))
	}
}

func TestExecutionControl(t *testing.T) {
	h := newHarness(t, Options{})
	res := h.run("prerequest", `pm.execution.setNextRequest("r9"); pm.execution.skipRequest(); console.log("not reached")`)
	if !res.SkipRequest || res.NextRequest == nil || *res.NextRequest != "r9" || len(h.console) != 0 || res.Error != nil {
		t.Errorf("skip %v next %v console %v err %v", res.SkipRequest, res.NextRequest, h.console, res.Error)
	}
	res = h.run("test", `pm.execution.skipRequest()`)
	if res.Error == nil || res.Error.Message != "pm.execution.skipRequest is not a function" {
		t.Errorf("skipRequest in a test script: %v", res.Error)
	}
	h.run("test", `console.log(pm.execution.location, pm.execution.location.current, pm.info.eventName, pm.info.requestName)`)
	if got := strings.Join(h.console, ""); got != "log: [ 'col', 'r1' ], 'r1', 'test', 'r1'" {
		t.Errorf("location: %s", got)
	}
	res = h.run("test", `pm.visualizer.set('<b>{{x}}</b>', {x: 1})`)
	if res.Visualizer == nil || res.Visualizer.Template != "<b>{{x}}</b>" {
		t.Errorf("visualizer = %+v", res.Visualizer)
	}
}

func TestRequireModules(t *testing.T) {
	h := newHarness(t, Options{})
	res := h.run("test", `
var path = require('path'), qs = require('querystring'), uuid = require('uuid'), EventEmitter = require('events'), assert = require('assert');
console.log(path.join('/a', 'b', '../c'), qs.stringify({a: [1, 2], b: 'x y'}), qs.parse('a=1&a=2&b=3'), /^[0-9a-f-]{36}$/.test(uuid.v4()));
var e = new EventEmitter(); e.on('x', function (v) { console.log('event', v) }); e.emit('x', 1);
console.log(require('atob')(require('btoa')('hi')), require('buffer').Buffer.from('hi').toString('base64'), typeof require('util').format, typeof require('url').URL);
pm.test("assert", function () { assert.strictEqual(1, 2) });
try { require('fs') } catch (e) { console.log('fs', e.message) }
try { require('child_process') } catch (e) { console.log('cp', e.message) }
console.log(typeof process);`)
	want := []string{
		"log: '/a/c', 'a=1&a=2&b=x%20y', { a: [ '1', '2' ], b: '3' }, true",
		"log: 'event', 1",
		"log: 'hi', 'aGk=', 'function', 'function'",
		"log: 'cp', \"Cannot find module 'child_process'\"",
		"log: 'undefined'",
	}
	if strings.Join(h.console, "\n") != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", strings.Join(h.console, "\n"), strings.Join(want, "\n"))
	}
	if got := outcome(res); len(got) != 1 || !strings.HasPrefix(got[0], "assert: AssertionError") {
		t.Errorf("assert: %v", got)
	}
}

// fakeSender answers pm.sendRequest from a function.
type fakeSender func(req *collection.Request) (*Response, error)

func (f fakeSender) Send(_ context.Context, req *collection.Request) (*Response, error) {
	return f(req)
}

func TestSendRequest(t *testing.T) {
	var mu sync.Mutex
	var sent []string
	sender := fakeSender(func(req *collection.Request) (*Response, error) {
		mu.Lock()
		sent = append(sent, req.Method+" "+req.URL.String()+" "+unparseHeaders(req.Headers))
		mu.Unlock()
		if strings.Contains(req.URL.String(), "down") {
			return nil, errors.New("connection refused")
		}
		return &Response{Code: 201, Status: "Created", Body: []byte(`{"ok":true}`)}, nil
	})
	h := newHarness(t, Options{Sender: sender})
	res := h.run("test", `
pm.sendRequest('http://api.test/a', function (err, res) {
  pm.test("callback", function () { pm.expect(err).to.equal(null); pm.expect(res).to.have.status(201); pm.expect(res.json().ok).to.be.true });
});
pm.sendRequest({url: 'http://api.test/b', method: 'post', header: {'X-K': 'v'}, body: {mode: 'raw', raw: 'x'}}, function (err, res) {});
pm.sendRequest('http://down.test/', function (err, res) { console.log(typeof err, res.code) });
(async function () {
  const r = await pm.sendRequest('http://api.test/c');
  pm.test("awaited", function () { pm.expect(r.code).to.equal(201) });
})();`)
	got := outcome(res)
	if strings.Join(got, ",") != "callback: ok,awaited: ok" && strings.Join(got, ",") != "awaited: ok,callback: ok" {
		t.Errorf("assertions %v", got)
	}
	if strings.Join(h.console, "") != "log: 'object', undefined" {
		t.Errorf("console %v", h.console)
	}
	if len(sent) != 4 {
		t.Errorf("sent %v", sent)
	}
}

// memJar is a CookieJar keyed by name only.
type memJar struct{ cookies map[string]Cookie }

func (j *memJar) Cookies(string) ([]Cookie, error) {
	var out []Cookie
	for _, c := range j.cookies {
		out = append(out, c)
	}
	return out, nil
}
func (j *memJar) SetCookie(_ string, c Cookie) error { j.cookies[c.Name] = c; return nil }
func (j *memJar) RemoveCookie(_ string, name string) error {
	delete(j.cookies, name)
	return nil
}
func (j *memJar) ClearCookies(string) error { j.cookies = map[string]Cookie{}; return nil }

func TestCookies(t *testing.T) {
	jar := &memJar{cookies: map[string]Cookie{"a": {Name: "a", Value: "1"}}}
	h := newHarness(t, Options{Jar: jar})
	h.run("test", `
console.log(pm.cookies.get('a'), pm.cookies.has('a'), pm.cookies.toObject());
pm.cookies.jar().set('http://example.test', 'jc', 'jv', function (err, c) {
  console.log('set', err, c.name, c.value);
  pm.cookies.jar().get('http://example.test', 'jc', function (err, v) {
    console.log('get', err, v);
    pm.cookies.jar().unset('http://example.test', 'jc', function (err) {
      pm.cookies.jar().get('http://example.test', 'jc', function (err, v) { console.log('after', err, v) });
    });
  });
});
try { pm.cookies.jar().get('', 'x', function(){}) } catch (e) { console.log(e.name, e.message) }`)
	want := []string{
		"log: '1', true, { a: '1' }",
		"log: 'TypeError', 'CookieJar.get() requires a valid url'",
		"log: 'set', null, 'jc', 'jv'",
		"log: 'get', null, 'jv'",
		"log: 'after', null, null",
	}
	if strings.Join(h.console, "\n") != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", strings.Join(h.console, "\n"), strings.Join(want, "\n"))
	}
}

// TestCookieJarWithoutStore: every jar method answers its callback with
// postman-sandbox's error when the run has no cookie jar.
func TestCookieJarWithoutStore(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("test", `
var u = 'http://example.test', jar = pm.cookies.jar();
function report(name) { return function (err, v) { console.log(name, String(err), v); }; }
jar.get(u, 'a', report('get'));
jar.getAll(u, report('getAll'));
jar.set(u, 'a', 'b', report('set'));
jar.unset(u, 'a', report('unset'));
jar.clear(u, report('clear'));`)
	var want []string
	for _, m := range []string{"clear", "get", "getAll", "set", "unset"} {
		want = append(want, "log: '"+m+"', 'Error: CookieStore: no store found', undefined")
	}
	// The callbacks' order is the timers' business, not the jar's.
	got := slices.Sorted(slices.Values(h.console))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// panicJar fails the way a bug would.
type panicJar struct{ *memJar }

func (panicJar) Cookies(string) ([]Cookie, error) { panic("jar bug") }

func TestGoPanicsFailTheScriptNotTheRun(t *testing.T) {
	h := newHarness(t, Options{Jar: panicJar{&memJar{}},
		Sender: fakeSender(func(*collection.Request) (*Response, error) { panic("sender bug") })})
	for _, src := range []string{
		`pm.test("a", function () {}); pm.cookies.get("x")`,
		`setTimeout(function () { pm.cookies.get("x") }, 1)`,
	} {
		res := h.run("test", src)
		if res.Error == nil || res.Error.Message != "pmrun: internal error in the sandbox: jar bug" {
			t.Errorf("%s: error = %v", src, res.Error)
		}
	}
	res := h.run("test", `pm.sendRequest("http://x.test", function (err) { pm.test("sent", function () { pm.expect(err.message).to.include("sender bug") }) })`)
	if got := outcome(res); strings.Join(got, ",") != "sent: ok" {
		t.Errorf("sender panic: %v", got)
	}
	if got := outcome(h.run("test", `pm.test("next", function(){})`)); strings.Join(got, ",") != "next: ok" {
		t.Errorf("next script: %v", got)
	}
}
