package scripts

import (
	"strings"
	"testing"
)

// TestLodashGlobals checks the wiring of lodash into the sandbox against
// what Newman 6.2.2 printed for the same script: the legacy _ is lodash 3
// and warns once per script, require('lodash') is lodash 4, and both
// survive the proxy the legacy global comes in (calls, instanceof).
func TestLodashGlobals(t *testing.T) {
	h := newHarness(t, Options{})
	res := h.run("test", `
console.log('v', _.VERSION, require('lodash').VERSION, typeof _.contains, typeof _.keyBy, typeof require('lodash').keyBy);
try { require('lodash3'); } catch (e) { console.log(e.message); }
console.log(_.map([1,2], function(x){return x*2}), _([1,2]).map(String).value(), _.pluck([{a:1}], 'a'));
var L = require('lodash'); console.log(L.chain([3,1]).sortBy().value(), L.camelCase('foo bar'));
console.log(typeof _, _.isFunction(_), _([1]) instanceof _, L([1]) instanceof L, _([1]) instanceof L);
pm.test('lodash', function () { pm.expect(_.isEqual({a: [1]}, {a: [1]}) && L.get({a: {b: 2}}, 'a.b') === 2).to.be.true; });
try { L.debounce(function () {}, 10)(); } catch (e) { console.log('debounce', e.name); }`)
	want := []string{
		"warn: `Using \"_\" is deprecated. Use \"require('lodash')\" instead.`",
		"log: 'v', '3.10.2', '4.17.21', 'function', 'undefined', 'function'",
		"log: \"Cannot find module 'lodash3'\"",
		"log: [ 2, 4 ], [ '1', '2' ], [ 1 ]",
		"log: [ 1, 3 ], 'fooBar'",
		"log: 'function', true, true, true, false",
		"log: 'debounce', 'TypeError'",
	}
	if strings.Join(h.console, "\n") != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", strings.Join(h.console, "\n"), strings.Join(want, "\n"))
	}
	if got := outcome(res); strings.Join(got, "\n") != "lodash: ok" {
		t.Errorf("assertions: %v", got)
	}
}
