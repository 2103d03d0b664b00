### basic
var parse = require('csv-parse/lib/sync');
return [parse('a,b,c\n1,2,3\n'), parse('a,b\n1,2'), parse(''), parse('\n'), parse('x')];
### columns true
var parse = require('csv-parse/lib/sync');
return parse('id,name\n1,Ann\n2,"Bob, Jr."\n', {columns: true});
### columns array and false
var parse = require('csv-parse/lib/sync');
return [parse('1,2,3\n4,5,6', {columns: ['a', false, 'c']}), parse('1,2\n', {columns: function (line) { return line.map(function (h) { return 'k' + h; }); }})];
### skip_empty_lines and trim
var parse = require('csv-parse/lib/sync');
return [parse('a,b\n\n1,2\n\n', {skip_empty_lines: true}), parse('a,b\n\n1,2\n'), parse('  a , b \n 1 ,  2', {trim: true}), parse(' a , b ', {ltrim: true}), parse(' a , b ', {rtrim: true})];
### delimiter and rowDelimiter
var parse = require('csv-parse/lib/sync');
return [parse('a;b\r\n1;2\r\n', {delimiter: ';'}), parse('a\tb|1\t2', {delimiter: '\t', rowDelimiter: '|'}), parse('a::b\n1::2', {delimiter: '::'}), parse('a,b\r1,2\r')];
### quotes and escapes
var parse = require('csv-parse/lib/sync');
return [parse('"a ""q"" b","x\ny",z\n'), parse("'a,b',c", {quote: "'"}), parse('a\\"b,c', {escape: '\\'}), parse('"",""\n')];
### auto_parse
var parse = require('csv-parse/lib/sync');
return [parse('1,1.5,-3,+4,0,abc,1e3,0x10, 7 ,,007', {auto_parse: true}), parse('2020-01-02,x', {auto_parse: true, auto_parse_date: true})[0].map(function (v) { return v instanceof Date ? 'date' : v; })];
### comments objname from to
var parse = require('csv-parse/lib/sync');
return [parse('# c\na,b\n1,2 # tail\n', {comment: '#'}), parse('k,v\nx,1\ny,2\n', {columns: true, objname: 'k'}), parse('1\n2\n3\n4\n', {from: 2, to: 3})];
### errors
var parse = require('csv-parse/lib/sync'), out = [];
['a,b\n1,2,3\n', 'a,"b"c\n', 'a,b"c"\n', '"abc\n', 'a,b\n1\n2,3\n'].forEach(function (s) {
  try { out.push(parse(s)); } catch (e) { out.push(e.name + ': ' + e.message); }
});
try { parse('a,b\n1\n', {columns: true}); out.push('no'); } catch (e) { out.push(e.message); }
try { out.push(parse('a,b\n1\n', {columns: true, relax_column_count: true})); } catch (e) { out.push(e.message); }
try { out.push(parse('a,"b"c\n', {relax: true})); } catch (e) { out.push(e.message); }
return out;
### bad last line dropped
var parse = require('csv-parse/lib/sync');
return [parse('a,b\n1,2\n3'), parse('a,b\n1,2\n3,4,5')];
### skip_lines_with_empty_values and raw
var parse = require('csv-parse/lib/sync');
return [parse('a,b\n,\n1,2\n', {skip_lines_with_empty_values: true}), parse('a,b\n1,2\n', {raw: true})];
### bom and unicode
var parse = require('csv-parse/lib/sync');
return parse('\ufeffnäme,ü\n€,"😀"\n', {columns: true});
### module shape
var parse = require('csv-parse/lib/sync');
return [typeof parse, parse.length];
