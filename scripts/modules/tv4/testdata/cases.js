### type mismatch
var tv4 = require('tv4');
var ok = tv4.validate(1, {type: 'string'});
return [ok, tv4.valid, tv4.error.message, tv4.error.code, tv4.error.dataPath, tv4.error.schemaPath, tv4.error.params, tv4.error.subErrors, tv4.error.name, tv4.error instanceof Error, tv4.missing];
### valid resets error
var tv4 = require('tv4');
tv4.validate(1, {type: 'string'});
return [tv4.validate('a', {type: 'string'}), tv4.error, tv4.valid];
### type list and integer
var tv4 = require('tv4');
return [tv4.validate(1.5, {type: ['integer', 'null']}), tv4.error.message, tv4.validate(2, {type: 'integer'}), tv4.validate(null, {type: 'null'}), tv4.validate([], {type: 'object'}), tv4.error.message, tv4.validate({}, {type: 'array'}), tv4.error.message, tv4.validate(true, {type: 'boolean'})];
### required nested path
var tv4 = require('tv4');
var schema = {type: 'object', required: ['a', 'b'], properties: {a: {type: 'object', properties: {c: {type: 'array', items: {type: 'number'}}}}}};
var ok = tv4.validate({a: {c: [1, 2, 'x']}, b: 1}, schema);
var e1 = [ok, tv4.error.message, tv4.error.dataPath, tv4.error.schemaPath];
tv4.validate({a: {}}, schema);
return [e1, tv4.error.message, tv4.error.dataPath, tv4.error.schemaPath, tv4.error.params];
### numbers
var tv4 = require('tv4');
var r = [];
[[5, {minimum: 6}], [5, {minimum: 5, exclusiveMinimum: true}], [7, {maximum: 6}], [6, {maximum: 6, exclusiveMaximum: true}], [7, {multipleOf: 2}], [0.3, {multipleOf: 0.1}], [NaN, {type: 'number'}], [Infinity, {}], [4, {divisibleBy: 3}]].forEach(function (c) {
  r.push(tv4.validate(c[0], c[1]) ? 'ok' : [tv4.error.message, tv4.error.code, tv4.error.schemaPath]);
});
return r;
### strings
var tv4 = require('tv4');
var r = [];
[['ab', {minLength: 3}], ['abcd', {maxLength: 3}], ['abc', {pattern: '^a.c$'}], ['abd', {pattern: '^a.c$'}], ['ABC', {pattern: '/^abc$/i'}], ['x', {pattern: /^y/}], ['\ud83d\ude00', {maxLength: 1}]].forEach(function (c) {
  r.push(tv4.validate(c[0], c[1]) ? 'ok' : [tv4.error.message, tv4.error.code, tv4.error.schemaPath, tv4.error.params]);
});
return r;
### enum
var tv4 = require('tv4');
return [tv4.validate('c', {enum: ['a', 'b']}), tv4.error.message, tv4.error.schemaPath, tv4.validate({x: [1]}, {enum: [{x: [1]}]}), tv4.validate({x: 1}, {enum: [1, 'a']}), tv4.error.message];
### arrays
var tv4 = require('tv4');
var r = [];
[[[1], {minItems: 2}], [[1, 2, 3], {maxItems: 2}], [[1, 2, 1], {uniqueItems: true}], [[{a: 1}, {a: 1}], {uniqueItems: true}], [[1, 'a', 3], {items: [{type: 'number'}, {type: 'string'}], additionalItems: false}], [[1, 'a', 'b'], {items: [{type: 'number'}], additionalItems: {type: 'number'}}], [[1, 'a'], {items: {type: 'number'}}]].forEach(function (c) {
  r.push(tv4.validate(c[0], c[1]) ? 'ok' : [tv4.error.message, tv4.error.code, tv4.error.dataPath, tv4.error.schemaPath]);
});
return r;
### objects
var tv4 = require('tv4');
var r = [];
[[{a: 1}, {minProperties: 2}], [{a: 1, b: 2}, {maxProperties: 1}], [{a: 1, b: 2}, {properties: {a: {}}, additionalProperties: false}], [{a: 1, 'x/y': 'z'}, {properties: {a: {}}, additionalProperties: {type: 'number'}}], [{foo1: 'a'}, {patternProperties: {'^foo': {type: 'number'}}}], [{a: 1}, {dependencies: {a: 'b'}}], [{a: 1, b: 1}, {dependencies: {a: ['b', 'c']}}], [{a: 1}, {dependencies: {a: {required: ['z']}}}]].forEach(function (c) {
  r.push(tv4.validate(c[0], c[1]) ? 'ok' : [tv4.error.message, tv4.error.code, tv4.error.dataPath, tv4.error.schemaPath]);
});
return r;
### combinations
var tv4 = require('tv4');
var r = [];
[[1, {anyOf: [{type: 'string'}, {type: 'boolean'}]}], [1, {oneOf: [{type: 'number'}, {minimum: 0}]}], [1, {oneOf: [{type: 'string'}, {type: 'null'}]}], [1, {not: {type: 'number'}}], [1, {allOf: [{type: 'number'}, {maximum: 0}]}], [1, {anyOf: [{type: 'string'}, {type: 'number'}]}]].forEach(function (c) {
  var ok = tv4.validate(c[0], c[1]);
  r.push(ok ? 'ok' : [tv4.error.message, tv4.error.code, tv4.error.schemaPath, tv4.error.subErrors && tv4.error.subErrors.map(function (e) { return [e.message, e.schemaPath]; })]);
});
return r;
### refs
var tv4 = require('tv4');
var schema = {definitions: {pos: {type: 'integer', minimum: 1}}, type: 'object', properties: {n: {$ref: '#/definitions/pos'}, m: {$ref: 'http://example.com/other.json#/x'}}};
var r = [tv4.validate({n: 0}, schema), tv4.error.message, tv4.error.schemaPath, tv4.validate({m: 'anything'}, schema), tv4.missing, tv4.missing.length];
tv4.addSchema('http://example.com/other.json', {x: {type: 'number'}});
r.push(tv4.validate({m: 'str'}, schema), tv4.error && tv4.error.message, tv4.getSchemaUris(), tv4.getSchema('http://example.com/other.json#/x'));
r.push(tv4.validate(5, 'http://example.com/other.json#/x'));
tv4.addSchema({id: 'urn:thing', type: 'string'});
r.push(tv4.validate(5, {$ref: 'urn:thing'}), tv4.error.message);
return r;
### circular ref
var tv4 = require('tv4');
var s = {definitions: {a: {$ref: '#/definitions/b'}, b: {$ref: '#/definitions/a'}}, $ref: '#/definitions/a'};
return [tv4.validate(1, s), tv4.error && tv4.error.message, tv4.error && tv4.error.code];
### validateResult
var tv4 = require('tv4');
var res = tv4.validateResult('x', {type: 'number'});
var good = tv4.validateResult(1, {type: 'number'});
return [Object.keys(res), res.valid, res.error.message, String(res), String(good), good.error, res.missing];
### validateMultiple
var tv4 = require('tv4');
var res = tv4.validateMultiple({a: 'x', b: -1, c: [1, 1]}, {required: ['z'], properties: {a: {type: 'number'}, b: {minimum: 0, type: 'string'}, c: {uniqueItems: true, maxItems: 1}}});
return [Object.keys(res), res.valid, res.errors.map(function (e) { return [e.message, e.dataPath, e.schemaPath, e.code]; }), String(res)];
### validateMultiple valid
var tv4 = require('tv4');
var res = tv4.validateMultiple({a: 1}, {properties: {a: {type: 'number'}}});
return [res.valid, res.errors, res.missing];
### banUnknown
var tv4 = require('tv4');
var ok = tv4.validate({a: 1, b: {c: 2, d: 3}}, {properties: {a: {}, b: {properties: {c: {}}}}}, false, true);
var m = tv4.validateMultiple({a: 1, x: 2, y: 3}, {properties: {a: {}}}, false, true);
return [ok, tv4.error.message, tv4.error.code, tv4.error.dataPath, tv4.error.params, m.errors.map(function (e) { return e.dataPath; })];
### errorCodes
var tv4 = require('tv4');
return tv4.errorCodes;
### custom format and keyword
var tv4 = require('tv4');
tv4.addFormat('even', function (data) { return data % 2 === 0 ? null : 'not even'; });
tv4.defineKeyword('isFoo', function (data, value) { return data === 'foo' || !value ? null : 'must be foo'; });
return [tv4.validate(3, {format: 'even'}), tv4.error.message, tv4.error.schemaPath, tv4.validate(4, {format: 'even'}), tv4.validate('bar', {isFoo: true}), tv4.error.message, tv4.error.schemaPath, tv4.error.code];
### defineError and language
var tv4 = require('tv4');
tv4.defineError('MY_ERROR', 10001, 'My error: {x}');
tv4.defineKeyword('mine', function () { return {code: 'MY_ERROR', message: {x: 'hi'}}; });
var r = [tv4.validate(1, {mine: true}), tv4.error.message, tv4.error.code, tv4.errorCodes.MY_ERROR];
tv4.addLanguage('fr', {INVALID_TYPE: 'Type invalide: {type}'});
r.push(tv4.language('fr'), tv4.validate(1, {type: 'string'}), tv4.error.message, tv4.language(), tv4.language('en'));
try { tv4.defineError('bad', 5, 'x'); } catch (e) { r.push(e.message); }
return r;
### freshApi
var tv4 = require('tv4');
var f = tv4.freshApi();
f.addSchema('urn:x', {type: 'number'});
return [tv4.getSchemaUris(), f.getSchemaUris(), f.validate('a', 'urn:x'), f.error.message, typeof f.freshApi, tv4.tv4 === tv4];
### checkRecursive
var tv4 = require('tv4');
var a = {name: 'x'}; a.self = a;
var s = {type: 'object', properties: {name: {type: 'string'}, self: {$ref: '#'}}};
return [tv4.validate(a, s, true), tv4.error];
### schema from response
var tv4 = require('tv4');
var body = JSON.parse('{"id":1,"name":"Leanne","email":"x@y","address":{"geo":{"lat":"-37.3"}}}');
var schema = {"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"},"address":{"type":"object","properties":{"geo":{"type":"object","properties":{"lat":{"type":"number"}}}}}},"required":["id","name","username"]};
return [tv4.validate(body, schema), tv4.error.message, tv4.error.dataPath, tv4.validateMultiple(body, schema).errors.map(function (e) { return e.message + ' @' + e.dataPath; })];
### undefined schema throws
var tv4 = require('tv4');
return tv4.validate(1);
### getSchemaMap and dropSchemas
var tv4 = require('tv4');
tv4.addSchema('urn:a', {type: 'string'});
var m = tv4.getSchemaMap();
tv4.dropSchemas();
return [Object.keys(m), tv4.getSchemaUris(), tv4.resolveUrl('http://a/b/c', '../d#x'), tv4.getDocumentUri('http://a/b#c')];
### error toString and stringify keys
var tv4 = require('tv4');
tv4.validate('x', {type: 'number'});
return [String(tv4.error), Object.keys(tv4.error)];
