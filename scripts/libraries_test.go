package scripts

import (
	"strings"
	"testing"
)

// TestLibraryGlobals checks that the legacy library globals are the
// modules require() gives, and warn as postman-sandbox does.
func TestLibraryGlobals(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("test", `
// As in Newman the global is a warning proxy, not the module itself.
console.log(tv4 === require('tv4'), tv4.validate(1, {type: 'string'}), tv4.error.message);
var $ = cheerio.load('<p class="x">hi</p>');
console.log($('p.x').text(), typeof cheerio);
console.log(new Backbone.Model({a: 1}).get('a'));`)
	want := []string{
		"warn: `Using \"tv4\" is deprecated. Use \"require('ajv')\" instead.`",
		"log: false, false, 'Invalid type: number (expected string)'",
		"warn: `Using \"cheerio\" is deprecated. Use \"require('cheerio')\" instead.`",
		"log: 'hi', 'function'",
		"warn: `Using \"Backbone\" is deprecated. Use \"require('backbone')\" instead.`",
		"log: 1",
	}
	if got := strings.Join(h.console, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}

// TestXML2JsonGlobal compares the legacy xml2Json with its results in
// Newman's sandbox (postman-sandbox 4.7.1).
func TestXML2JsonGlobal(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("test", `var out = [];
['<a x="1">t<b>2</b><b>3</b><c/></a>', 'junk', '', '<a>  </a>', '<a><b></a>', '<r>\n <x> 1 </x>\n</r>', '<a>&amp;</a>', '<a/>junk', '<a><![CDATA[ ]]></a>', '<?xml version="1.0"?><a b="1"/>'].forEach(function (s) {
  try { out.push(xml2Json(s)); } catch (e) { out.push('throws ' + e.message); }
});
console.log(JSON.stringify(out));`)
	want := []string{
		"warn: `Using \"xml2Json\" is deprecated. Use \"require('xml2js')\" instead.`",
		`log: '[{"a":{"_":"t","$":{"x":"1"},"b":["2","3"],"c":""}},null,null,{"a":"  "},null,{"r":{"x":"1"}},{"a":"&"},{"a":""},{"a":""},{"a":{"$":{"b":"1"}}}]'`,
	}
	if got := strings.Join(h.console, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}
