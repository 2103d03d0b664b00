package xml2js

import (
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from xml2js 0.4.23 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js xml2js testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }

func TestOddArguments(t *testing.T) {
	oracle.OddArguments(t, `(function () {
  var x = require('xml2js'), p = new x.Parser(), b = new x.Builder();
  var out = [['parseString', x.parseString, x], ['parseStringPromise', x.parseStringPromise, x], ['Parser', x.Parser, null],
    ['Builder', x.Builder, null], ['p.parseString', p.parseString, p], ['b.buildObject', b.buildObject, b], ['on', p.on, p], ['emit', p.emit, p]];
  Object.keys(x.processors).forEach(function (k) { out.push([k, x.processors[k], null]); });
  return out;
})()`)
}
