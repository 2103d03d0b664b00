### first error only
var Ajv = require('ajv'), ajv = new Ajv();
var schema = {type: 'object', required: ['a', 'z'], properties: {a: {type: 'number', minimum: 3}, b: {type: 'string', maxLength: 2}, c: {type: 'array', items: {type: 'integer'}}}, additionalProperties: false};
var v = ajv.compile(schema);
return [v({a: 1, b: 'xyz', c: [1, 'x'], d: 1}), v.errors, ajv.errorsText(v.errors), v({a: 5, z: 1}), v.errors];
### allErrors
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true});
var schema = {type: 'object', required: ['a', 'z'], properties: {a: {type: 'number', minimum: 3}, b: {type: 'string', maxLength: 2}, c: {type: 'array', items: {type: 'integer'}}}, additionalProperties: false};
var v = ajv.compile(schema);
return [v({a: 1, b: 'xyz', c: [1, 'x'], d: 1}), v.errors, ajv.errorsText(v.errors)];
### validate and errors on instance
var Ajv = require('ajv'), ajv = new Ajv();
var r = [ajv.validate({type: 'string'}, 1), ajv.errors, ajv.errorsText()];
r.push(ajv.validate({type: 'string'}, 'x'), ajv.errors, ajv.errorsText());
return r;
### schema errors
var Ajv = require('ajv'), ajv = new Ajv(), r = [];
[{type: 'strin'}, {format: 'custom'}, {properties: {a: {format: 'nope'}}}, {$ref: '#/definitions/missing'}, {type: 'object', required: 'a'}, {minimum: '1'}, {$schema: 'http://json-schema.org/draft-04/schema#', type: 'string'}, 5].forEach(function (s) {
  try { ajv.compile(s); r.push('ok'); } catch (e) { r.push(e.message); }
});
return r;
### type rules
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true}), r = [];
[[1.5, {type: 'integer', minimum: 5}], [5, {type: 'object', required: ['x'], minimum: 10}], ['x', {type: ['number', 'null']}], [null, {type: 'null'}], [[1], {type: 'object'}], [{}, {type: 'array'}], [true, {type: 'boolean', enum: [false]}], [3, {type: 'string', maxLength: 1}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors]);
});
return r;
### numbers
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true}), r = [];
[[5, {maximum: 4}], [5, {exclusiveMaximum: 5}], [5, {minimum: 6}], [5, {exclusiveMinimum: 5}], [5, {maximum: 6, exclusiveMaximum: 5}], [7, {multipleOf: 2}], [0.3, {multipleOf: 0.1}], [4, {multipleOf: 2}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors]);
});
return r;
### strings and formats
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true}), r = [];
[['ab', {minLength: 3}], ['😀😀', {maxLength: 2}], ['abc', {pattern: '^b'}], ['x@y.z', {format: 'email'}], ['nope', {format: 'email'}], ['2020-01-02', {format: 'date'}], ['2020-13-02', {format: 'date'}], ['2020-01-02T03:04:05Z', {format: 'date-time'}], ['not a uri', {format: 'uri'}], ['http://a.b/c', {format: 'uri'}], ['1.2.3.4', {format: 'ipv4'}], ['::1', {format: 'ipv6'}], ['ex-ample.com', {format: 'hostname'}], ['123e4567-e89b-12d3-a456-426614174000', {format: 'uuid'}], ['[', {format: 'regex'}], [5, {format: 'email'}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors && ajv.errors.map(function (e) { return e.message; })]);
});
return r;
### arrays
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true}), r = [];
[[[1], {minItems: 2}], [[1, 2, 3], {maxItems: 2}], [[1, 2, 1], {uniqueItems: true}], [[1, 2, 1], {uniqueItems: true, items: {type: 'number'}}], [[{a: 1}, {a: 1}], {uniqueItems: true}], [[1, 'a', 3], {items: [{type: 'number'}, {type: 'string'}], additionalItems: false}], [[1, 'a', 'b'], {items: [{type: 'number'}], additionalItems: {type: 'number'}}], [[1, 2], {contains: {type: 'string'}}], [[], {contains: {}}], [[1, 'x'], {items: {type: 'integer'}}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors]);
});
return r;
### objects
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true}), r = [];
[[{a: 1}, {minProperties: 2}], [{a: 1, b: 2}, {maxProperties: 1}], [{a: 1, 'x-y': 'z'}, {properties: {a: {}}, additionalProperties: {type: 'number'}}], [{foo1: 'a', bar: 1}, {patternProperties: {'^foo': {type: 'number'}}, additionalProperties: false}], [{a: 1}, {dependencies: {a: ['b', 'c']}}], [{a: 1}, {dependencies: {a: {required: ['z']}}}], [{Ab: 1, cd: 2}, {propertyNames: {pattern: '^[a-z]+$'}}], [{}, {required: ['a-b', 'c'], properties: {c: {type: 'string'}}}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors]);
});
return r;
### objects first error
var Ajv = require('ajv'), ajv = new Ajv(), r = [];
[[{}, {required: ['a-b']}], [{a: 1}, {dependencies: {a: ['b', 'c']}}], [{}, {required: ['c'], properties: {c: {type: 'string'}}}], [{x: 'a'}, {additionalProperties: {type: 'number'}}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors]);
});
return r;
### combinators
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true}), r = [];
[[1, {anyOf: [{type: 'string'}, {type: 'boolean'}]}], [1, {anyOf: [{type: 'string'}, {type: 'number'}]}], [1, {oneOf: [{type: 'number'}, {minimum: 0}]}], [1, {oneOf: [{type: 'string'}, {type: 'null'}]}], [1, {not: {type: 'number'}}], [1, {allOf: [{type: 'number'}, {maximum: 0}]}], [5, {if: {minimum: 3}, then: {multipleOf: 2}, else: {maximum: 0}}], [1, {if: {minimum: 3}, then: {multipleOf: 2}, else: {minimum: 2}}], [1, {const: 2}], ['a', {enum: ['b', 'c']}], [1, false], [{a: 1}, {properties: {a: false}}]].forEach(function (c) {
  r.push([ajv.validate(c[1], c[0]), ajv.errors]);
});
return r;
### refs
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true});
var schema = {definitions: {pos: {type: 'integer', minimum: 1}, node: {type: 'object', properties: {v: {$ref: '#/definitions/pos'}, next: {$ref: '#/definitions/node'}}}}, type: 'object', properties: {n: {$ref: '#/definitions/pos'}, list: {$ref: '#/definitions/node'}}};
var v = ajv.compile(schema);
return [v({n: 0, list: {v: 2, next: {v: 0, next: {v: 'x'}}}}), v.errors];
### addSchema and getSchema
var Ajv = require('ajv'), ajv = new Ajv(), r = [];
ajv.addSchema({$id: 'http://example.com/pos.json', type: 'integer', minimum: 1});
ajv.addSchema({type: 'string'}, 'str');
r.push(ajv.validate('str', 1), ajv.errors, ajv.validate('http://example.com/pos.json', 0), ajv.errors);
r.push(ajv.validate({properties: {p: {$ref: 'http://example.com/pos.json'}}}, {p: 0}), ajv.errors);
r.push(typeof ajv.getSchema('str'), ajv.getSchema('nope'), ajv.getSchema('str') === ajv.getSchema('str'));
try { ajv.addSchema({type: 'number'}, 'str'); } catch (e) { r.push(e.message); }
try { ajv.validate('missing', 1); } catch (e) { r.push(e.message); }
ajv.removeSchema('str');
r.push(ajv.getSchema('str'));
return r;
### addFormat and options
var Ajv = require('ajv'), r = [];
var ajv = new Ajv({jsonPointers: true, allErrors: true});
ajv.addFormat('even', function (s) { return s.length % 2 === 0; });
ajv.addFormat('lower', /^[a-z]+$/);
r.push(ajv.validate({properties: {a: {format: 'even'}, 'b/c': {type: 'array', items: {format: 'lower'}}}}, {a: 'odd', 'b/c': ['ok', 'NO']}), ajv.errors);
var v = new Ajv({verbose: true});
r.push(v.validate({properties: {a: {type: 'string'}}}, {a: 1}), v.errors);
var f = new Ajv({format: false});
r.push(f.validate({format: 'whatever'}, 'x'));
var u = new Ajv({unknownFormats: 'ignore'});
r.push(u.validate({format: 'whatever'}, 'x'));
return r;
### compile cache and function shape
var Ajv = require('ajv'), ajv = new Ajv();
var s = {type: 'number'};
var v = ajv.compile(s);
return [v === ajv.compile(s), v === ajv.compile({type: 'number'}), v.schema === s, v.errors, typeof v, v('x'), v.errors.length, v(1), v.errors];
### errorsText options
var Ajv = require('ajv'), ajv = new Ajv({allErrors: true});
ajv.validate({properties: {a: {type: 'string'}, b: {minimum: 3}}}, {a: 1, b: 1});
return [ajv.errorsText(), ajv.errorsText(ajv.errors, {separator: ' | ', dataVar: 'body'}), ajv.errorsText(null), ajv.errorsText([])];
### typical response check
var Ajv = require('ajv'), ajv = new Ajv({logger: false});
var schema = {"type": "object", "properties": {"id": {"type": "integer"}, "email": {"type": "string", "format": "email"}, "tags": {"type": "array", "items": {"type": "string"}}, "address": {"type": "object", "properties": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}, "required": ["zip"]}}, "required": ["id", "email"]};
var data = {id: 1, email: 'a@b.co', tags: ['x'], address: {zip: '1234'}};
return [ajv.validate(schema, data), ajv.errors, ajv.validate(schema, {id: 1, email: 'a@b.co', address: {zip: '12345'}}), ajv.errors];
### custom keyword
var Ajv = require('ajv'), ajv = new Ajv();
ajv.addKeyword('even', {validate: function (schema, data) { return !schema || data % 2 === 0; }});
return [ajv.validate({even: true}, 3), ajv.errors, ajv.validate({even: true}, 4)];
### draft-07 meta id accepted
var Ajv = require('ajv'), ajv = new Ajv();
return [ajv.validate({$schema: 'http://json-schema.org/draft-07/schema#', type: 'string'}, 'x'), ajv.validate({$schema: 'http://json-schema.org/draft-07/schema', type: 'string'}, 1), ajv.errors];
