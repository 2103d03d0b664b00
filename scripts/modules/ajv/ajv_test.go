package ajv

import (
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from Ajv 6.12.5 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js ajv testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }

func TestOddArguments(t *testing.T) {
	oracle.OddArguments(t, `(function () {
  var Ajv = require('ajv'), ajv = new Ajv(), all = new Ajv({allErrors: true, verbose: true, jsonPointers: true});
  var out = [['Ajv', Ajv, null]];
  Object.keys(Ajv.prototype).forEach(function (k) {
    if (typeof Ajv.prototype[k] === 'function' && k !== 'constructor') { out.push([k, ajv[k], ajv]); out.push(['all ' + k, all[k], all]); }
  });
  var v = ajv.compile({type: 'object', properties: {a: {type: 'string'}}, required: ['a']});
  out.push(['compiled', v, null]);
  return out;
})()`)
}
