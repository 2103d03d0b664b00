package backbone

import (
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from Backbone 1.6.0 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js backbone testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }

func TestOddArguments(t *testing.T) {
	oracle.OddArguments(t, `(function () {
  // Fresh objects per call: a collection that grows call after call
  // would make the test slow, not stronger.
  var B = require('backbone'), out = [];
  Object.keys(B.Model.prototype).forEach(function (k) {
    if (typeof B.Model.prototype[k] === 'function') out.push([k, function () { var m = new B.Model({a: 1}); return m[k].apply(m, arguments); }, null]);
  });
  Object.keys(B.Collection.prototype).forEach(function (k) {
    if (typeof B.Collection.prototype[k] === 'function') out.push(['c.' + k, function () { var c = new B.Collection([{id: 1}]); return c[k].apply(c, arguments); }, null]);
  });
  return out;
})()`)
}
