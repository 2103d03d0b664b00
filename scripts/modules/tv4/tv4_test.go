package tv4

import (
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from tv4 1.3.0 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js tv4 testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }

func TestOddArguments(t *testing.T) {
	oracle.OddArguments(t, `(function () {
  var tv4 = require('tv4'), f = tv4.freshApi();
  return Object.keys(tv4).filter(function (k) { return typeof tv4[k] === 'function' && k !== 'freshApi'; })
    .map(function (k) { return [k, f[k], f]; });
})()`)
}
