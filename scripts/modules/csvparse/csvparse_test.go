package csvparse

import (
	"strings"
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from csv-parse 1.2.4 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js csvparse testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }

func TestOddArguments(t *testing.T) {
	oracle.OddArguments(t, `(function () {
  var parse = require('csv-parse/lib/sync');
  var opts = ['columns', 'delimiter', 'rowDelimiter', 'quote', 'escape', 'comment', 'objname', 'auto_parse', 'from', 'to', 'raw', 'trim'];
  var out = [['parse', parse, null]];
  opts.forEach(function (k) { out.push([k, function (v, w) { var o = {}; o[k] = v; return parse(typeof w === 'string' ? w : 'a,b\n1,2', o); }, null]); });
  return out;
})()`)
}

// TestEmptyDelimiterRefused: csv-parse 1.2.4 loops forever on an empty
// delimiter (a script timeout ends it in Newman); here it is an error,
// since a Go loop cannot be interrupted.
func TestEmptyDelimiterRefused(t *testing.T) {
	vm := oracle.Runtime()
	for _, src := range []string{`require('csv-parse/lib/sync')('a,b', {delimiter: ''})`, `require('csv-parse/lib/sync')('a,b', {rowDelimiter: ''})`} {
		if _, err := vm.RunString(src); err == nil || !strings.Contains(err.Error(), "never advances") {
			t.Errorf("%s: err = %v", src, err)
		}
	}
}
