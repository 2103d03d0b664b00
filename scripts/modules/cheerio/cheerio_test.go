package cheerio

import (
	"strings"
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from cheerio 0.22.0 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js cheerio testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }

func TestOddArguments(t *testing.T) {
	// Each call gets a fresh document: one that grows call after call
	// would make the test slow, not stronger.
	oracle.OddArguments(t, `(function () {
  var cheerio = require('cheerio'), html = '<div id="a" class="c" data-x="1"><p>t</p><input value="v"><select><option>o</option></select></div>';
  var out = [['cheerio', cheerio, null], ['load', cheerio.load, cheerio]];
  ['html', 'xml', 'text', 'root', 'contains', 'parseHTML', 'merge'].forEach(function (k) {
    out.push([k, function () { var $ = cheerio.load(html); return $[k].apply($, arguments); }, null]);
  });
  out.push(['$', function () { var $ = cheerio.load(html); return $.apply(null, arguments); }, null]);
  var proto = Object.getPrototypeOf(cheerio.load('')('x'));
  Object.keys(proto).forEach(function (k) {
    if (typeof proto[k] === 'function') {
      out.push([k, function () { var $ = cheerio.load(html); return proto[k].apply($('div, p, input, select, option'), arguments); }, null]);
      out.push(['empty ' + k, function () { var $ = cheerio.load(html); return proto[k].apply($('nope'), arguments); }, null]);
    }
  });
  return out;
})()`)
}

// TestNoCycles: inserting a node into itself or its own descendant is
// refused (cheerio would build a cycle that no walk over the tree ends on).
func TestNoCycles(t *testing.T) {
	vm := oracle.Runtime()
	for _, src := range []string{
		`var $ = require('cheerio').load('<div><p>x</p></div>'); $('p').append($('div'))`,
		`var $ = require('cheerio').load('<div><p>x</p></div>'); $('div').appendTo($('p'))`,
		`var $ = require('cheerio').load('<div><p>x</p></div>'); $('p').before($('div'))`,
	} {
		if _, err := vm.RunString(src); err == nil || !strings.Contains(err.Error(), "cannot insert a node into itself") {
			t.Errorf("%s: err = %v", src, err)
		}
	}
}
