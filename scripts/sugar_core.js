// Sugar-compatible extensions of the native prototypes, written for pmrun
// from the observed behaviour of the Sugar "edge" build that
// postman-sandbox 4.7.1 loads into every script. Like Sugar, a method is
// added only where the runtime lacks one of that name (native ES methods
// win), except for the few that Sugar wraps; every addition is
// non-enumerable, writable and configurable.
//
// sugar.go joins sugar_core.js, then sugar_array.js, sugar_string.js,
// sugar_number.js, sugar_object.js and sugar_date.js into the body of one
// function, so these helpers are visible to all of them.
var toStr = Object.prototype.toString;
var own = Object.prototype.hasOwnProperty;
var nativeKeys = Object.keys;

function put(target, name, fn) {
  Object.defineProperty(target, name, { value: fn, configurable: true, enumerable: false, writable: true });
}
function add(target, methods) {
  for (var name in methods) {
    if (own.call(methods, name) && !target[name]) put(target, name, methods[name]);
  }
}
// wrap keeps the native method but routes the calls for which when()
// holds to the Sugar variant.
function wrap(target, name, when, fn) {
  var orig = target[name];
  put(target, name, orig ? function () {
    return when.apply(null, arguments) ? fn.apply(this, arguments) : orig.apply(this, arguments);
  } : fn);
}

function kind(o) { return toStr.call(o); }
function isStr(o) { return typeof o === 'string' || kind(o) === '[object String]'; }
function isNum(o) { return typeof o === 'number' || kind(o) === '[object Number]'; }
function isBool(o) { return typeof o === 'boolean' || kind(o) === '[object Boolean]'; }
function isFn(o) { return kind(o) === '[object Function]'; }
function isRe(o) { return kind(o) === '[object RegExp]'; }
function isDate(o) { return kind(o) === '[object Date]'; }
function isPlain(o) { return !!o && kind(o) === '[object Object]' && 'hasOwnProperty' in o; }
function isRef(o) { return !!o && typeof o === 'object'; }
function undef(o) { return o === undefined; }
function forOwn(o, fn) {
  for (var k in o) {
    if (!own.call(o, k)) continue;
    if (fn.call(o, k, o[k], o) === false) break;
  }
}
function copyInto(t, s) { forOwn(s, function (k) { t[k] = s[k]; }); return t; }
function times(n, s) { n = undef(n) ? 1 : n; return new Array(Math.max(0, n) + 1).join(s || ''); }
function reEscape(s) { return String(s).replace(/([\\/'*+?|()\[\]{}.^$])/g, '\\$1'); }
function reFlags(re, extra) {
  var f = String(re).match(/[^/]*$/)[0];
  if (extra) f = (f + extra).split('').sort().join('').replace(/([gimy])\1+/g, '$1');
  return f;
}
function argList(args, fn) {
  var out = [];
  for (var i = 0; i < args.length; i++) { out.push(args[i]); if (fn) fn(args[i], i); }
  return out;
}
function flatArgs(args) {
  var out = [];
  for (var i = 0; i < args.length; i++) out = out.concat(args[i]);
  return out;
}

// Fingerprint of a value, equal for equal structures; used by unique,
// intersect and Object.equal.
function fingerprint(v, seen) {
  var t = typeof v, k = kind(v), out, keys, i;
  if (t === 'string') return v;
  if ((v != null && isPlain(v)) || k === '[object Array]') {
    seen = seen || [];
    if (seen.length > 1 && seen.indexOf(v) !== -1) return 'CYC';
    seen.push(v);
    out = String(v.constructor);
    keys = k === '[object Array]' ? null : nativeKeys(v).sort();
    var n = keys ? keys.length : v.length;
    for (i = 0; i < n; i++) {
      var key = keys ? keys[i] : i;
      out += key + fingerprint(v[key], seen);
    }
    seen.pop();
  } else if (1 / v === -Infinity) {
    out = '-0';
  } else {
    out = String(v && v.valueOf ? v.valueOf() : v);
  }
  return t + k + out;
}
function byValue(o) {
  return /^\[object Date|Array|String|Number|RegExp|Boolean|Arguments\]$/.test(kind(o)) || isPlain(o);
}
function same(a, b) { return byValue(a) && byValue(b) ? fingerprint(a) === fingerprint(b) : a === b; }

// matches is Sugar's fuzzy matching: functions, regexps, partial objects.
function matches(el, m, scope, args) {
  if (el === m) return true;
  if (isRe(m) && isStr(el)) return new RegExp(m).test(el);
  if (isFn(m)) return m.apply(scope, args);
  if (isPlain(m) && isRef(el)) {
    var ok = true;
    forOwn(m, function (k) { if (!matches(el[k], m[k], scope, [el[k], el])) ok = false; });
    return ok;
  }
  return same(el, m);
}
function pick(el, map, scope, args) {
  if (undef(map)) return el;
  if (isFn(map)) return map.apply(scope, args || []);
  if (isFn(el[map])) return el[map].call(el);
  return el[map];
}
function eachFrom(arr, fn, start, loop) {
  if (start < 0) start = arr.length + start;
  var i = isNaN(start) ? 0 : start;
  var end = loop === true ? arr.length + i : arr.length;
  for (; i < end; i++) {
    var at = i % arr.length;
    if (!(at in arr)) return eachSparse(arr, fn, i);
    if (fn.call(arr, arr[at], at, arr) === false) break;
  }
}
function eachSparse(arr, fn, from) {
  var idx = [];
  for (var k in arr) {
    if (k in arr && (k >>> 0) == k && k != 0xffffffff && k >= from) idx.push(parseInt(k));
  }
  idx.sort();
  for (var j = 0; j < idx.length; j++) if (fn.call(arr, arr[idx[j]], idx[j], arr) === false) break;
  return arr;
}
function seenBefore(hash, v) {
  var key = fingerprint(v), ref = !byValue(v), found = key in hash;
  if (ref) {
    if (!hash[key]) hash[key] = [];
    found = hash[key].indexOf(v) !== -1;
    hash[key].push(v);
  } else {
    hash[key] = v;
  }
  return found;
}
function uniq(arr, map) {
  var out = [], hash = {};
  eachFrom(arr, function (el, i) {
    if (!seenBefore(hash, map ? pick(el, map, arr, [el, i, arr]) : el)) out.push(el);
  });
  return out;
}
function overlap(a, b, subtract) {
  var out = [], hash = {};
  b.forEach(function (el) { seenBefore(hash, el); });
  eachFrom(a, function (el) {
    var key = fingerprint(el), ref = !byValue(el);
    var found = ref ? !!hash[key] && hash[key].indexOf(el) !== -1 : key in hash;
    if (found !== subtract) {
      if (ref) {
        if (hash[key]) hash[key] = hash[key].filter(function (x) { return x !== el; });
      } else {
        delete hash[key];
      }
      out.push(el);
    }
  });
  return out;
}
function flat(arr, limit, depth) {
  limit = limit || Infinity;
  depth = depth || 0;
  var out = [];
  eachFrom(arr, function (el) {
    if (Array.isArray(el) && depth < limit) out = out.concat(flat(el, limit, depth + 1));
    else out.push(el);
  });
  return out;
}
function extreme(obj, map, max, all) {
  var edge, out = [], arr = Array.isArray(obj);
  forOwn(obj, function (k) {
    var el = obj[k], v = pick(el, map, obj, arr ? [el, parseInt(k), obj] : []);
    if (undef(v)) throw new TypeError('Cannot compare with undefined');
    if (v === edge) out.push(el);
    else if (undef(edge) || (max && v > edge) || (!max && v < edge)) { out = [el]; edge = v; }
  });
  if (!arr) out = flat(out, 1);
  return all ? out : out[0];
}
function range(start, stop, fn, step) {
  var out = [], i = parseInt(start), down = step < 0;
  while ((!down && i <= stop) || (down && i >= stop)) {
    out.push(i);
    if (fn) fn.call(this, i);
    i += step || 1;
  }
  return out;
}
function atIndex(src, args, str) {
  var out = [], n = src.length, loop = args[args.length - 1] !== false;
  for (var j = 0; j < args.length; j++) {
    var i = args[j];
    if (isBool(i)) break;
    if (loop) { i = i % n; if (i < 0) i = n + i; }
    out.push(str ? src.charAt(i) || '' : src[i]);
  }
  return out.length < 2 ? out[0] : out;
}
function roundTo(v, places, how) {
  var m = Math.pow(10, Math.abs(places || 0));
  if (places < 0) m = 1 / m;
  return Math[how || 'round'](v * m) / m;
}
function padNum(num, place, sign, base) {
  var s = Math.abs(num).toString(base || 10);
  s = times(place - s.replace(/\.\d+/, '').length, '0') + s;
  if (sign || num < 0) s = (num < 0 ? '-' : '+') + s;
  return s;
}
function suffix(n) {
  if (n >= 11 && n <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] || 'th';
}

var minorWords = ['and', 'or', 'nor', 'a', 'an', 'the', 'so', 'but', 'to', 'of', 'at', 'by', 'from',
  'into', 'on', 'onto', 'off', 'out', 'in', 'over', 'with', 'for'];
function upperFirst(w) { return w.replace(/^\W*[a-z]/, function (m) { return m.toUpperCase(); }); }

// collate orders strings alphabetically rather than by code unit: case
// is ignored, accented letters sort after their base letter, and the
// first accent difference breaks ties. As in Sugar, the ignore pattern is
// unset, so the first literal "undefined" in a string is dropped.
var letters = 'A\u00c1\u00c0\u00c2\u00c3\u0104BC\u0106\u010c\u00c7D\u010e\u00d0E\u00c9\u00c8\u011a\u00ca\u00cb\u0118FG\u011eH\u0131I\u00cd\u00cc\u0130\u00ce\u00cfJKL\u0141MN\u0143\u0147\u00d1O\u00d3\u00d2\u00d4PQR\u0158S\u015a\u0160\u015eT\u0164U\u00da\u00d9\u016e\u00db\u00dcVWXY\u00ddZ\u0179\u017b\u017d\u00de\u00c6\u0152\u00d8\u00d5\u00c5\u00c4\u00d6';
var collation, baseLetter;
function buildCollation() {
  collation = letters.split('').map(function (c) { return c + c.toLowerCase(); }).join('');
  baseLetter = {};
  'A\u00c1\u00c0\u00c2\u00c3\u00c4,C\u00c7,E\u00c9\u00c8\u00ca\u00cb,I\u00cd\u00cc\u0130\u00ce\u00cf,O\u00d3\u00d2\u00d4\u00d5\u00d6,S\u00df,U\u00da\u00d9\u00db\u00dc'.split(',').forEach(function (set) {
    var base = set.charAt(0);
    set.slice(1).split('').forEach(function (c) {
      baseLetter[c] = base;
      baseLetter[c.toLowerCase()] = base.toLowerCase();
    });
  });
}
function collate(a, b) {
  if (!collation) buildCollation();
  a = a.toLowerCase().replace(undefined, '');
  b = b.toLowerCase().replace(undefined, '');
  var i = 0, tie = 0, av, bv;
  do {
    var ac = a.charAt(i), bc = b.charAt(i);
    var ab = baseLetter[ac] || ac, bb = baseLetter[bc] || bc;
    av = ab ? collation.indexOf(ab) : null;
    bv = bb ? collation.indexOf(bb) : null;
    if (av === -1 || bv === -1) {
      av = a.charCodeAt(i) || null;
      bv = b.charCodeAt(i) || null;
    }
    var aAccent = ab !== ac, bAccent = bb !== bc;
    if (aAccent !== bAccent && tie === 0) tie = aAccent - bAccent;
    i++;
  } while (av != null && bv != null && av === bv);
  if (av === bv) return tie;
  return av < bv ? -1 : 1;
}

var AP = Array.prototype, SP = String.prototype, NP = Number.prototype;
