### defaults
var out = [];
require('xml2js').parseString('<root a="1"><item id="x">one</item><item>two</item><empty/><nested><deep>v</deep></nested></root>', function (err, res) { out.push(err, res); });
return out;
### callback is synchronous
var order = [];
require('xml2js').parseString('<a>1</a>', function () { order.push('cb'); });
order.push('after');
return order;
### explicitArray false trim normalize
var out = [];
require('xml2js').parseString('<r>\n  <a>  x   y  </a>\n  <a> z </a><b c="d">  t  </b>\n</r>', {explicitArray: false, trim: true, normalize: true}, function (err, res) { out.push(err, res); });
return out;
### mergeAttrs explicitRoot ignoreAttrs
var x = require('xml2js'), out = [];
x.parseString('<r id="1"><a k="v">t</a></r>', {mergeAttrs: true}, function (e, r) { out.push(r); });
x.parseString('<r id="1"><a k="v">t</a></r>', {explicitRoot: false}, function (e, r) { out.push(r); });
x.parseString('<r id="1"><a k="v">t</a></r>', {ignoreAttrs: true}, function (e, r) { out.push(r); });
x.parseString('<r><a>t</a><b k="1"/></r>', {explicitCharkey: true}, function (e, r) { out.push(r); });
x.parseString('<r id="1">text</r>', {attrkey: '@', charkey: '#'}, function (e, r) { out.push(r); });
return out;
### whitespace and mixed content
var x = require('xml2js'), out = [];
['<a>  </a>', '<a x="1">  t  <b>2</b>u</a>', '<a>x<!-- c -->y</a>', '<a>b<c>d</c>e<c>f</c></a>', '<a>\r\n</a>', '<r><x></x></r>', '<a><![CDATA[ ]]></a>', '<a><![CDATA[<b>]]> &amp; </a>'].forEach(function (s) {
  x.parseString(s, function (e, r) { out.push(e ? e.message : r); });
});
return out;
### prolog doctype entities
var x = require('xml2js'), out = [];
['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE a>\n<!-- c -->\n<a>1 &amp; 2 &lt; &#65;&#x42; &quot;&apos;</a>', '\ufeff<a/>', '<a b="&lt;&quot;" c=\'1\'/>', '<p:a xmlns:p="u"><p:b>1</p:b></p:a>'].forEach(function (s) {
  x.parseString(s, function (e, r) { out.push(e ? e.message : r); });
});
return out;
### errors
var x = require('xml2js'), out = [];
['junk', '<a><b></a>', '<a>&foo;</a>', '<a', '<a b=1/>', '<a></b>', '<a>', '<a>x', '<a b="1>', '<a b>', '<1a/>', '<!-- x', 'text<a/>', '<a>\n<b>\n</c></a>', '<a b="1"c="2"/>', '<a>&amp</a>', '<a>&#xZZ;</a>', '<a/ >', '</a>'].forEach(function (s) {
  var calls = [];
  x.parseString(s, function (e, r) { calls.push(e ? [e.name, e.message] : r); });
  out.push(calls);
});
return out;
### lenient forms
var x = require('xml2js'), out = [];
['< a/>', '<a b="1" b="2"/>', '<a>x</a >', '<a b="<"/>', '<a>]]></a>', '<a/>junk', '<a>x</a><b/>', '<a><b></b></a>extra', '', '   ', '<!-- only -->'].forEach(function (s) {
  var calls = [];
  x.parseString(s, function (e, r) { calls.push(e ? e.message : r); });
  out.push(calls);
});
return out;
### parseString without options or callback argument forms
var x = require('xml2js'), out = [];
x.parseString('<a>1</a>', {explicitArray: false}, function (e, r) { out.push(r); });
x.parseString('<a>1</a>', null, function (e, r) { out.push(r); });
var p = new x.Parser({explicitArray: false});
p.parseString('<a><b>1</b></a>', function (e, r) { out.push(r); });
p.parseString('<a><b>2</b></a>', function (e, r) { out.push(r); });
var q = x.Parser();
q.parseString('<z/>', function (e, r) { out.push(r); });
out.push(typeof x.parseStringPromise, Object.keys(p.options).length, p.options.attrkey);
return out;
### callback errors propagate
var x = require('xml2js');
try { x.parseString('<a/>', function () { throw new Error('boom'); }); } catch (e) { return 'caught ' + e.message; }
return 'not caught';
### undefined input
var out = [];
require('xml2js').parseString(undefined, function (e, r) { out.push(e && e.name, e && e.message, r); });
return out;
### processors
var x = require('xml2js'), p = x.processors, out = [];
x.parseString('<R A="1"><Ns:Item Count="42" Flag="TRUE">3.5</Ns:Item><Item>abc</Item></R>', {tagNameProcessors: [p.stripPrefix, p.firstCharLowerCase], attrNameProcessors: [p.normalize], attrValueProcessors: [p.parseNumbers, p.parseBooleans], valueProcessors: [p.parseNumbers]}, function (e, r) { out.push(r); });
x.parseString('<R><A>x</A></R>', {normalizeTags: true}, function (e, r) { out.push(r); });
out.push(p.parseNumbers(''), p.parseNumbers('12'), p.parseNumbers('1.5e3'), p.parseNumbers('x1'), p.parseBooleans('False'), p.stripPrefix('xmlns:a'), p.stripPrefix('a:b:c'));
return out;
### emptyTag and validator
var x = require('xml2js'), out = [];
x.parseString('<r><a/><b></b></r>', {emptyTag: 'EMPTY'}, function (e, r) { out.push(r); });
x.parseString('<r><a>1</a><a>2</a></r>', {validator: function (xpath, current, value) { out.push([xpath, current, value]); return value; }}, function (e, r) { out.push(r); });
x.parseString('<r><a>1</a></r>', {validator: function (xpath) { if (xpath === '/r/a') throw new x.ValidationError('bad ' + xpath); }}, function (e, r) { out.push(e ? ['err', e.message, e instanceof Error] : r); });
return out;
### explicitChildren
var x = require('xml2js'), out = [];
x.parseString('<r a="1">t<b>1</b><c>2</c></r>', {explicitChildren: true}, function (e, r) { out.push(r); });
x.parseString('<r a="1">t<b>1</b><c>2</c></r>', {explicitChildren: true, preserveChildrenOrder: true}, function (e, r) { out.push(r); });
x.parseString('<r>t<b>1</b>u</r>', {explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true}, function (e, r) { out.push(r); });
return out;
### builder
var x = require('xml2js'), out = [];
out.push(new x.Builder().buildObject({root: {$: {id: 1, q: 'a"<&'}, name: 'x & y', list: ['a', 'b'], n: 5, empty: '', nul: null, obj: {_: 'text', $: {k: 'v'}}, arr: [{c: 1}, {c: 2}]}}));
out.push(new x.Builder({headless: true, renderOpts: {pretty: false}}).buildObject({a: {b: ['1', '2'], c: {d: 'e'}}}));
out.push(new x.Builder({rootName: 'top', xmldec: {version: '1.1', standalone: false}}).buildObject({a: 1, b: 2}));
out.push(new x.Builder({cdata: true}).buildObject({a: {b: '<x>', c: 'plain'}}));
out.push(new x.Builder().buildObject({a: 'text'}));
out.push(new x.Builder().buildObject({a: {b: {c: {}}}}));
return out;
### roundtrip
var x = require('xml2js'), out = [];
x.parseString('<note id="7"><to>Tove</to><from>Jani</from><body>Hi &amp; bye</body></note>', function (e, r) { out.push(new x.Builder().buildObject(r)); });
return out;
### promise
var out = [];
require('xml2js').parseStringPromise('<a>1</a>').then(function (r) { out.push(r); });
return typeof require('xml2js').parseStringPromise('<a/>').then;
### exports
var x = require('xml2js');
return [Object.keys(x), x.defaults['0.2'], Object.keys(x.processors)];
### legacy xml2Json shape
var x = require('xml2js'), out;
x.parseString('<a x="1">t<b>2</b><b>3</b><c/></a>', {explicitArray: false, async: false, trim: true, mergeAttrs: false}, function (e, r) { out = r; });
return out;
