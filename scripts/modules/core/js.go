package core

const pathJS = `
function normalizeArray(parts, allowAboveRoot) {
  var res = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (!p || p === '.') continue;
    if (p === '..') { if (res.length && res[res.length - 1] !== '..') res.pop(); else if (allowAboveRoot) res.push('..'); }
    else res.push(p);
  }
  return res;
}
function normalize(path) {
  var isAbs = path.charAt(0) === '/', trail = path.slice(-1) === '/';
  path = normalizeArray(path.split('/'), !isAbs).join('/');
  if (!path && !isAbs) path = '.';
  if (path && trail) path += '/';
  return (isAbs ? '/' : '') + path;
}
exports.sep = '/';
exports.delimiter = ':';
exports.normalize = normalize;
exports.join = function () { return normalize(Array.prototype.filter.call(arguments, function (p) { return p; }).join('/')); };
exports.resolve = function () {
  var resolved = '', abs = false;
  for (var i = arguments.length - 1; i >= 0 && !abs; i--) { var p = arguments[i]; if (!p) continue; resolved = p + '/' + resolved; abs = p.charAt(0) === '/'; }
  resolved = normalizeArray(resolved.split('/'), !abs).join('/');
  return ((abs ? '/' : '') + resolved) || '.';
};
exports.isAbsolute = function (p) { return p.charAt(0) === '/'; };
exports.basename = function (p, ext) {
  var b = p.replace(/\/+$/, ''); b = b.slice(b.lastIndexOf('/') + 1);
  if (ext && b.slice(-ext.length) === ext && b !== ext) b = b.slice(0, -ext.length);
  return b;
};
exports.dirname = function (p) {
  var s = p.replace(/\/+$/, ''), i = s.lastIndexOf('/');
  if (i < 0) return '.'; if (i === 0) return '/'; return s.slice(0, i);
};
exports.extname = function (p) {
  var b = exports.basename(p), i = b.lastIndexOf('.');
  return i <= 0 ? '' : b.slice(i);
};
exports.posix = exports;
`

const querystringJS = `
function esc(s) { return encodeURIComponent(s); }
function str(v) { switch (typeof v) { case 'string': return v; case 'boolean': return v ? 'true' : 'false'; case 'number': return isFinite(v) ? String(v) : ''; default: return ''; } }
exports.escape = esc;
exports.unescape = function (s) { try { return decodeURIComponent(s); } catch (e) { return unescape(s); } };
exports.stringify = exports.encode = function (obj, sep, eq) {
  sep = sep || '&'; eq = eq || '=';
  if (obj === null || typeof obj !== 'object') return '';
  return Object.keys(obj).map(function (k) {
    var ks = esc(str(k)) + eq, v = obj[k];
    if (Array.isArray(v)) return v.map(function (x) { return ks + esc(str(x)); }).join(sep);
    return ks + esc(str(v));
  }).filter(Boolean).join(sep);
};
exports.parse = exports.decode = function (qs, sep, eq) {
  sep = sep || '&'; eq = eq || '=';
  var obj = {};
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  qs.split(sep).forEach(function (part) {
    if (!part) return;
    var i = part.indexOf(eq), k, v;
    if (i >= 0) { k = part.slice(0, i); v = part.slice(i + eq.length); } else { k = part; v = ''; }
    k = exports.unescape(k.replace(/\+/g, ' ')); v = exports.unescape(v.replace(/\+/g, ' '));
    if (!Object.prototype.hasOwnProperty.call(obj, k)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  });
  return obj;
};
`

const eventsJS = `
function EventEmitter() { this._events = {}; }
EventEmitter.prototype.on = EventEmitter.prototype.addListener = function (name, fn) {
  (this._events[name] = this._events[name] || []).push(fn); return this;
};
EventEmitter.prototype.once = function (name, fn) {
  var self = this;
  function wrap() { self.removeListener(name, wrap); return fn.apply(this, arguments); }
  wrap.listener = fn;
  return this.on(name, wrap);
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener = function (name, fn) {
  var l = this._events[name]; if (!l) return this;
  this._events[name] = l.filter(function (f) { return f !== fn && f.listener !== fn; });
  return this;
};
EventEmitter.prototype.removeAllListeners = function (name) { if (name === undefined) this._events = {}; else delete this._events[name]; return this; };
EventEmitter.prototype.emit = function (name) {
  var l = this._events[name], args = Array.prototype.slice.call(arguments, 1);
  if (!l || !l.length) { if (name === 'error') throw args[0]; return false; }
  l.slice().forEach(function (f) { f.apply(this, args); }, this);
  return true;
};
EventEmitter.prototype.listeners = function (name) { return (this._events[name] || []).slice(); };
EventEmitter.prototype.listenerCount = function (name) { return (this._events[name] || []).length; };
EventEmitter.EventEmitter = EventEmitter;
module.exports = EventEmitter;
`

const assertJS = `
function AssertionError(opts) {
  this.name = 'AssertionError';
  this.actual = opts.actual; this.expected = opts.expected; this.operator = opts.operator;
  this.message = opts.message || (JSON.stringify(opts.actual) + ' ' + opts.operator + ' ' + JSON.stringify(opts.expected));
}
AssertionError.prototype = Object.create(Error.prototype);
AssertionError.prototype.constructor = AssertionError;
function fail(actual, expected, message, operator) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual: actual, expected: expected, message: message, operator: operator });
}
function deepEq(a, b, strict) {
  if (strict ? a === b : a == b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return strict ? false : a == b;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) { if (!Object.prototype.hasOwnProperty.call(b, ka[i]) || !deepEq(a[ka[i]], b[ka[i]], strict)) return false; }
  return true;
}
function assert(value, message) { if (!value) fail(value, true, message, '=='); }
assert.ok = assert;
assert.AssertionError = AssertionError;
assert.fail = function (message) { fail(undefined, undefined, message || 'Failed', 'fail'); };
assert.equal = function (a, b, m) { if (a != b) fail(a, b, m, '=='); };
assert.notEqual = function (a, b, m) { if (a == b) fail(a, b, m, '!='); };
assert.strictEqual = function (a, b, m) { if (!Object.is(a, b)) fail(a, b, m, '==='); };
assert.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) fail(a, b, m, '!=='); };
assert.deepEqual = function (a, b, m) { if (!deepEq(a, b, false)) fail(a, b, m, 'deepEqual'); };
assert.deepStrictEqual = function (a, b, m) { if (!deepEq(a, b, true)) fail(a, b, m, 'deepStrictEqual'); };
assert.notDeepEqual = function (a, b, m) { if (deepEq(a, b, false)) fail(a, b, m, 'notDeepEqual'); };
assert.notDeepStrictEqual = function (a, b, m) { if (deepEq(a, b, true)) fail(a, b, m, 'notDeepStrictEqual'); };
assert.throws = function (fn, expected, m) {
  try { fn(); } catch (e) {
    if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
    if (expected instanceof RegExp && !expected.test(String(e))) throw e;
    return;
  }
  fail(undefined, expected, typeof expected === 'string' ? expected : m || 'Missing expected exception.', 'throws');
};
assert.doesNotThrow = function (fn, m) { try { fn(); } catch (e) { fail(e, undefined, m || 'Got unwanted exception.', 'doesNotThrow'); } };
assert.ifError = function (e) { if (e) throw e; };
module.exports = assert;
`
