// Sugar-compatible extensions of the native prototypes, written for pmrun
// from the observed behaviour of the Sugar "edge" build that
// postman-sandbox 4.7.1 loads into every script. Like Sugar, a method is
// added only where the runtime lacks one of that name (native ES methods
// win), except for the few that Sugar wraps; every addition is
// non-enumerable, writable and configurable.
(function () {
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
  var collation = letters.split('').map(function (c) { return c + c.toLowerCase(); }).join('');
  var baseLetter = {};
  'A\u00c1\u00c0\u00c2\u00c3\u00c4,C\u00c7,E\u00c9\u00c8\u00ca\u00cb,I\u00cd\u00cc\u0130\u00ce\u00cf,O\u00d3\u00d2\u00d4\u00d5\u00d6,S\u00df,U\u00da\u00d9\u00db\u00dc'.split(',').forEach(function (set) {
    var base = set.charAt(0);
    set.slice(1).split('').forEach(function (c) {
      baseLetter[c] = base;
      baseLetter[c.toLowerCase()] = base.toLowerCase();
    });
  });
  function collate(a, b) {
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

  // Array: the iteration methods accept Sugar's shorthand matchers.
  'map,every,some,filter'.split(',').forEach(function (name) {
    var orig = AP[name];
    put(AP, name, function (f) {
      if (arguments.length === 0 || isFn(f)) return orig.apply(this, arguments);
      return orig.call(this, function (el, i, arr) {
        return name === 'map' ? pick(el, f, arr, [el, i, arr]) : matches(el, f, arr, [el, i, arr]);
      });
    });
  });
  add(AP, {
    findAll: function (f, start, loop) {
      var out = [];
      eachFrom(this, function (el, i, arr) { if (matches(el, f, arr, [el, i, arr])) out.push(el); }, start, loop);
      return out;
    },
    count: function (f) { return undef(f) ? this.length : this.findAll(f).length; },
    removeAt: function (start, end) {
      if (undef(start)) return this;
      if (undef(end)) end = start;
      for (var i = 0, n = end - start; i <= n; i++) this.splice(start, 1);
      return this;
    },
    include: function (el, i) { return this.clone().add(el, i); },
    exclude: function () { return AP.remove.apply(this.clone(), arguments); },
    clone: function () { return copyInto([], this); },
    unique: function (map) { return uniq(this, map); },
    flatten: function (limit) { return flat(this, limit); },
    union: function () { return uniq(this.concat(flatArgs(arguments))); },
    intersect: function () { return overlap(this, flatArgs(arguments), false); },
    subtract: function () { return overlap(this, flatArgs(arguments), true); },
    at: function () { return atIndex(this, arguments); },
    first: function (n) {
      if (undef(n)) return this[0];
      return this.slice(0, n < 0 ? 0 : n);
    },
    last: function (n) {
      if (undef(n)) return this[this.length - 1];
      return this.slice(this.length - n < 0 ? 0 : this.length - n);
    },
    from: function (n) { return this.slice(n); },
    to: function (n) { return this.slice(0, undef(n) ? this.length : n); },
    min: function (map, all) { return extreme(this, map, false, all); },
    max: function (map, all) { return extreme(this, map, true, all); },
    least: function (map, all) { return extreme(this.groupBy(map), 'length', false, all); },
    most: function (map, all) { return extreme(this.groupBy(map), 'length', true, all); },
    sum: function (map) {
      var a = map ? this.map(map) : this;
      return a.length > 0 ? a.reduce(function (x, y) { return x + y; }) : 0;
    },
    average: function (map) {
      var a = map ? this.map(map) : this;
      return a.length > 0 ? a.sum() / a.length : 0;
    },
    inGroups: function (num, padding) {
      var padded = arguments.length > 1, arr = this, out = [], size = Math.ceil(this.length / num);
      range(0, num - 1, function (i) {
        var g = arr.slice(i * size, i * size + size);
        if (padded) while (g.length < size) g.push(padding);
        out.push(g);
      });
      return out;
    },
    inGroupsOf: function (num, padding) {
      var out = [], n = this.length, arr = this;
      if (n === 0 || num === 0) return arr;
      if (undef(num)) num = 1;
      if (undef(padding)) padding = null;
      range(0, Math.ceil(n / num) - 1, function (i) {
        var g = arr.slice(num * i, num * i + num);
        while (g.length < num) g.push(padding);
        out.push(g);
      });
      return out;
    },
    isEmpty: function () { return this.compact().length == 0; },
    sortBy: function (map, desc) {
      var arr = this.clone();
      arr.sort(function (a, b) {
        var x = pick(a, map, arr, [a]), y = pick(b, map, arr, [b]), c;
        if (isStr(x) && isStr(y)) c = collate(x, y);
        else c = x < y ? -1 : x > y ? 1 : 0;
        return c * (desc ? -1 : 1);
      });
      return arr;
    },
    randomize: function () {
      var a = this.concat(), i = a.length, j, t;
      while (i) { j = (Math.random() * i) | 0; t = a[--i]; a[i] = a[j]; a[j] = t; }
      return a;
    },
    zip: function () {
      var others = argList(arguments);
      return this.map(function (el, i) {
        return [el].concat(others.map(function (o) { return (i in o) ? o[i] : null; }));
      });
    },
    sample: function (n) {
      var a = this.randomize();
      return arguments.length > 0 ? a.slice(0, n) : a[0];
    },
    each: function (fn, start, loop) { eachFrom(this, fn, start, loop); return this; },
    add: function (el, i) {
      if (!isNum(Number(i)) || isNaN(i)) i = this.length;
      AP.splice.apply(this, [i, 0].concat(el));
      return this;
    },
    remove: function () {
      var arr = this;
      argList(arguments, function (f) {
        var i = 0;
        while (i < arr.length) {
          if (matches(arr[i], f, arr, [arr[i], i, arr])) arr.splice(i, 1);
          else i++;
        }
      });
      return arr;
    },
    compact: function (all) {
      var out = [];
      eachFrom(this, function (el) {
        if (Array.isArray(el)) out.push(el.compact());
        else if (all && el) out.push(el);
        else if (!all && el != null && el.valueOf() === el.valueOf()) out.push(el);
      });
      return out;
    },
    groupBy: function (map, fn) {
      var arr = this, out = {};
      eachFrom(arr, function (el, i) {
        var k = pick(el, map, arr, [el, i, arr]);
        if (!out[k]) out[k] = [];
        out[k].push(el);
      });
      if (fn) forOwn(out, fn);
      return out;
    },
    none: function () { return !this.some.apply(this, arguments); }
  });
  add(Array, {
    create: function () {
      var out = [];
      argList(arguments, function (a) {
        if (isRef(a)) {
          try {
            var items = AP.slice.call(a, 0);
            if (items.length > 0) a = items;
          } catch (e) {}
        }
        out = out.concat(a);
      });
      return out;
    }
  });
  add(AP, { all: AP.every, any: AP.some, insert: AP.add });

  // String.
  var startsOrEnds = function (re) { return isRe(re) || arguments.length > 2; };
  wrap(SP, 'startsWith', startsOrEnds, function (re, pos, cs) {
    var s = this;
    if (pos) s = s.slice(pos);
    var src = isRe(re) ? re.source.replace('^', '') : reEscape(re);
    return new RegExp('^' + src, cs === undefined || cs ? '' : 'i').test(s);
  });
  wrap(SP, 'endsWith', startsOrEnds, function (re, pos, cs) {
    var s = this;
    if (!undef(pos)) s = s.slice(0, pos);
    var src = isRe(re) ? re.source.replace('$', '') : reEscape(re);
    return new RegExp(src + '$', cs === undefined || cs ? '' : 'i').test(s);
  });
  var spaces = '\u0009\u000A\u000B\u000C\u000D\u0020\u00A0\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u2028\u2029\u3000\uFEFF';
  add(SP, {
    escapeRegExp: function () { return reEscape(this); },
    escapeURL: function (param) { return param ? encodeURIComponent(this) : encodeURI(this); },
    unescapeURL: function (param) { return param ? decodeURI(this) : decodeURIComponent(this); },
    escapeHTML: function () {
      return this.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\//g, '&#x2f;');
    },
    unescapeHTML: function () {
      return this.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'").replace(/&#x2f;/g, '/').replace(/&amp;/g, '&');
    },
    each: function (search, fn) {
      if (isFn(search)) { fn = search; search = /[\s\S]/g; }
      else if (!search) search = /[\s\S]/g;
      else if (isStr(search)) search = new RegExp(reEscape(search), 'gi');
      else if (isRe(search)) search = new RegExp(search.source, reFlags(search, 'g'));
      var found = this.match(search) || [];
      if (fn) for (var i = 0; i < found.length; i++) found[i] = fn.call(this, found[i], i, found) || found[i];
      return found;
    },
    shift: function (n) {
      var out = '';
      n = n || 0;
      this.codes(function (c) { out += String.fromCharCode(c + n); });
      return out;
    },
    codes: function (fn) {
      var out = [];
      for (var i = 0; i < this.length; i++) {
        var c = this.charCodeAt(i);
        out.push(c);
        if (fn) fn.call(this, c, i);
      }
      return out;
    },
    chars: function (fn) { return this.each(fn); },
    words: function (fn) { return this.trim().each(/\S+/g, fn); },
    lines: function (fn) { return this.trim().each(/^.*$/gm, fn); },
    paragraphs: function (fn) {
      return this.trim().split(/[\r\n]{2,}/).map(function (p) {
        var r = fn ? fn.call(p) : undefined;
        return r ? r : p;
      });
    },
    encodeBase64: function () { return btoa(this); },
    decodeBase64: function () { return atob(this); },
    isBlank: function () { return this.trim().length === 0; },
    has: function (f) { return this.search(isRe(f) ? f : reEscape(f)) !== -1; },
    add: function (s, i) {
      i = undef(i) ? this.length : i;
      return this.slice(0, i) + s + this.slice(i);
    },
    remove: function (f) { return this.replace(f, ''); },
    reverse: function () { return this.split('').reverse().join(''); },
    compact: function () {
      return this.trim().replace(/([\r\n\s\u3000])+/g, function (m, ws) { return ws === '\u3000' ? ws : ' '; });
    },
    at: function () { return atIndex(this, arguments, true); },
    from: function (n) { return this.slice(n); },
    to: function (n) { return this.slice(0, undef(n) ? this.length : n); },
    dasherize: function () { return this.underscore().replace(/_/g, '-'); },
    underscore: function () {
      return this.replace(/[-\s]+/g, '_')
        .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/([a-z\d])([A-Z])/g, '$1_$2')
        .toLowerCase();
    },
    camelize: function (first) {
      return this.underscore().replace(/(^|_)([^_]+)/g, function (m, pre, word, i) {
        return first !== false || i > 0 ? word.capitalize() : word;
      });
    },
    spacify: function () { return this.underscore().replace(/_/g, ' '); },
    stripTags: function () {
      var s = this, tags = arguments.length > 0 ? flat(argList(arguments)) : [''];
      tags.forEach(function (t) { s = s.replace(new RegExp('<\/?' + reEscape(t) + '[^<>]*>', 'gi'), ''); });
      return s;
    },
    removeTags: function () {
      var s = this, tags = arguments.length > 0 ? flat(argList(arguments)) : ['\\S+'];
      tags.forEach(function (t) { s = s.replace(new RegExp('<(' + t + ')[^<>]*(?:\\/>|>.*?<\\/\\1>)', 'gi'), ''); });
      return s;
    },
    truncate: function (length, split, from, ellipsis) {
      var s = this.toString(), pre = '', post = '', pos;
      var ws = '[' + spaces + ']+', word = '[^' + spaces + ']*', tail = new RegExp(ws + word + '$');
      ellipsis = undef(ellipsis) ? '...' : String(ellipsis);
      if (s.length <= length) return s;
      if (from === 'left') {
        pos = s.length - length; pre = ellipsis; s = s.slice(pos); tail = new RegExp('^' + word + ws);
      } else if (from === 'middle') {
        pos = Math.floor(length / 2); post = ellipsis + s.slice(s.length - pos).trimLeft(); s = s.slice(0, pos);
      } else {
        pos = length; post = ellipsis; s = s.slice(0, pos);
      }
      if (split === false && this.slice(pos, pos + 1).match(/\S/)) s = s.replace(tail, '');
      return pre + s + post;
    },
    pad: function (padding, n) { return times(n, padding) + this + times(n, padding); },
    padLeft: function (padding, n) { return times(n, padding) + this; },
    padRight: function (padding, n) { return this + times(n, padding); },
    first: function (n) { return this.substr(0, undef(n) ? 1 : n); },
    last: function (n) {
      if (undef(n)) n = 1;
      return this.substr(this.length - n < 0 ? 0 : this.length - n);
    },
    toNumber: function (base) {
      var s = this.replace(/,/g, '');
      return s.match(/\./) ? parseFloat(s) : parseInt(s, base || 10);
    },
    capitalize: function (all) {
      var prevLetter;
      return this.toLowerCase().replace(all ? /[\s\S]/g : /^\S/, function (lo) {
        var up = lo.toUpperCase(), out = prevLetter ? lo : up;
        prevLetter = up !== lo;
        return out;
      });
    },
    assign: function () {
      var vals = {};
      argList(arguments, function (a, i) {
        if (isPlain(a)) copyInto(vals, a);
        else vals[i + 1] = a;
      });
      return this.replace(/\{([^{]+?)\}/g, function (m, k) { return own.call(vals, k) ? vals[k] : m; });
    },
    humanize: function () {
      var s = this.replace(/_id$/g, '').replace(/(_)?([a-z\d]*)/gi, function (m, us, w) {
        return (us ? ' ' : '') + w.toLowerCase();
      });
      return upperFirst(s);
    },
    titleize: function () {
      var stop = /[.:;!]$/, prevStop;
      return this.spacify().humanize().words(function (w, i, all) {
        var isStop = stop.test(w), edge = i == 0 || i == all.length - 1 || isStop || prevStop;
        prevStop = isStop;
        return edge || minorWords.indexOf(w) === -1 ? upperFirst(w) : w;
      }).join(' ');
    }
  });
  add(SP, { insert: SP.add });

  // Inflections: a rule added later is tried first, the first rule that
  // matches wins, uncountable words stay as they are.
  var plurals = [], singulars = [];
  function rule(table, re, to) { table.unshift([re, to]); }
  [[/$/, 's'], [/s$/gi, 's'], [/(ax|test)is$/gi, '$1es'], [/(octop|vir|fung|foc|radi|alumn)(i|us)$/gi, '$1i'],
    [/(census|alias|status)$/gi, '$1es'], [/(bu)s$/gi, '$1ses'], [/(buffal|tomat)o$/gi, '$1oes'],
    [/([ti])um$/gi, '$1a'], [/([ti])a$/gi, '$1a'], [/sis$/gi, 'ses'], [/f+e?$/gi, 'ves'], [/(cuff|roof)$/gi, '$1s'],
    [/([ht]ive)$/gi, '$1s'], [/([^aeiouy]o)$/gi, '$1es'], [/([^aeiouy]|qu)y$/gi, '$1ies'], [/(x|ch|ss|sh)$/gi, '$1es'],
    [/(matr|vert|ind)(?:ix|ex)$/gi, '$1ices'], [/([ml])ouse$/gi, '$1ice'], [/([ml])ice$/gi, '$1ice'],
    [/^(ox)$/gi, '$1en'], [/^(oxen)$/gi, '$1'], [/(quiz)$/gi, '$1zes'],
    [/(phot|cant|hom|zer|pian|portic|pr|quart|kimon)o$/gi, '$1os'], [/(craft)$/gi, '$1'], [/([ft])[eo]{2}(th?)$/gi, '$1ee$2']
  ].forEach(function (r) { rule(plurals, r[0], r[1]); });
  [[/s$/gi, ''], [/([pst][aiu]s)$/gi, '$1'], [/([aeiouy])ss$/gi, '$1ss'], [/(n)ews$/gi, '$1ews'], [/([ti])a$/gi, '$1um'],
    [/((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$/gi, '$1$2sis'], [/(^analy)ses$/gi, '$1sis'],
    [/(i)(f|ves)$/i, '$1fe'], [/([aeolr]f?)(f|ves)$/i, '$1f'], [/([ht]ive)s$/gi, '$1'], [/([^aeiouy]|qu)ies$/gi, '$1y'],
    [/(s)eries$/gi, '$1eries'], [/(m)ovies$/gi, '$1ovie'], [/(x|ch|ss|sh)es$/gi, '$1'], [/([ml])(ous|ic)e$/gi, '$1ouse'],
    [/(bus)(es)?$/gi, '$1'], [/(o)es$/gi, '$1'], [/(shoe)s?$/gi, '$1'], [/(cris|ax|test)[ie]s$/gi, '$1is'],
    [/(octop|vir|fung|foc|radi|alumn)(i|us)$/gi, '$1us'], [/(census|alias|status)(es)?$/gi, '$1'], [/^(ox)(en)?/gi, '$1'],
    [/(vert|ind)(ex|ices)$/gi, '$1ex'], [/(matr)(ix|ices)$/gi, '$1ix'], [/(quiz)(zes)?$/gi, '$1'],
    [/(database)s?$/gi, '$1'], [/ee(th?)$/gi, 'oo$1']
  ].forEach(function (r) { rule(singulars, r[0], r[1]); });
  [['person', 'people'], ['man', 'men'], ['child', 'children'], ['sex', 'sexes'], ['move', 'moves'], ['save', 'saves'],
    ['save', 'saves'], ['cow', 'kine'], ['goose', 'geese'], ['zombie', 'zombies']
  ].forEach(function (pair) {
    var one = pair[0], many = pair[1], o1 = one.charAt(0), oRest = one.slice(1), m1 = many.charAt(0), mRest = many.slice(1);
    if (o1.toUpperCase() == m1.toUpperCase()) {
      rule(plurals, new RegExp('(' + o1 + ')' + oRest + '$', 'i'), '$1' + mRest);
      rule(plurals, new RegExp('(' + m1 + ')' + mRest + '$', 'i'), '$1' + mRest);
      rule(singulars, new RegExp('(' + m1 + ')' + mRest + '$', 'i'), '$1' + oRest);
      return;
    }
    [o1.toUpperCase(), o1.toLowerCase()].forEach(function (c, i) {
      rule(plurals, new RegExp(c + oRest + '$'), [m1.toUpperCase(), m1.toLowerCase()][i] + mRest);
    });
    [m1.toUpperCase(), m1.toLowerCase()].forEach(function (c) { rule(plurals, new RegExp(c + mRest + '$'), c + mRest); });
    rule(singulars, new RegExp(m1.toUpperCase() + mRest + '$'), o1.toUpperCase() + oRest);
    rule(singulars, new RegExp(m1.toLowerCase() + mRest + '$'), o1.toLowerCase() + oRest);
  });
  var uncountables = 'equipment,information,rice,money,species,series,fish,sheep,jeans'.split(',');
  function inflect(word, table) {
    word = isStr(word) ? word.toString() : '';
    var fixed = uncountables.some(function (u) { return new RegExp('\\b' + u + '$', 'i').test(word); });
    if (word.isBlank() || fixed) return word;
    for (var i = 0; i < table.length; i++) {
      if (word.match(table[i][0])) return word.replace(table[i][0], table[i][1]);
    }
    return word;
  }
  add(SP, {
    pluralize: function () { return inflect(this, plurals); },
    singularize: function () { return inflect(this, singulars); },
    parameterize: function (sep) {
      var s = this;
      if (sep === undefined) sep = '-';
      if (s.normalize) s = s.normalize();
      s = s.replace(/[^a-z0-9\-_]+/gi, sep);
      if (sep) {
        var e = reEscape(sep);
        s = s.replace(new RegExp('^' + e + '+|' + e + '+$|(' + e + ')' + e + '+', 'g'), '$1');
      }
      return encodeURI(s.toLowerCase());
    }
  });

  // Number.
  add(Number, {
    random: function (a, b) {
      if (arguments.length == 1) { b = a; a = 0; }
      var lo = Math.min(a || 0, undef(b) ? 1 : b), hi = Math.max(a || 0, undef(b) ? 1 : b) + 1;
      return Math.floor(Math.random() * (hi - lo) + lo);
    }
  });
  add(NP, {
    log: function (base) { return Math.log(this) / (base ? Math.log(base) : 1); },
    isInteger: function () { return this % 1 == 0; },
    isOdd: function () { return !isNaN(this) && !this.isMultipleOf(2); },
    isEven: function () { return this.isMultipleOf(2); },
    isMultipleOf: function (n) { return this % n === 0; },
    format: function (place, thousands, decimal) {
      if (undef(thousands)) thousands = ',';
      if (undef(decimal)) decimal = '.';
      var s = (isNum(place) ? roundTo(this, place || 0).toFixed(Math.max(place, 0)) : this.toString()).replace(/^-/, '');
      var parts = s.split('.'), int = parts[0], frac = parts[1], out = '';
      for (var i = int.length; i > 0; i -= 3) {
        if (i < int.length) out = thousands + out;
        out = int.slice(Math.max(0, i - 3), i) + out;
      }
      if (frac) out += decimal + times((place || 0) - frac.length, '0') + frac;
      return (this < 0 ? '-' : '') + out;
    },
    hex: function (pad) { return this.pad(pad || 1, false, 16); },
    upto: function (n, fn, step) { return range(this, n, fn, step || 1); },
    downto: function (n, fn, step) { return range(this, n, fn, -(step || 1)); },
    times: function (fn) {
      if (fn) for (var i = 0; i < this; i++) fn.call(this, i);
      return this.toNumber();
    },
    chr: function () { return String.fromCharCode(this); },
    pad: function (place, sign, base) { return padNum(this, place, sign, base); },
    ordinalize: function () {
      var n = Math.abs(this);
      return this + suffix(parseInt(n.toString().slice(-2)));
    },
    toNumber: function () { return parseFloat(this, 10); },
    bytes: function (precision, limit) {
      return abbreviate(this, precision, 'kMGTPE', 0, undef(limit) ? 4 : limit, true) + 'B';
    },
    abbr: function (precision) { return abbreviate(this, precision, 'kmbt', 0, 4); },
    metric: function (precision, limit) {
      return abbreviate(this, precision, 'n\u03bcm kMGTPE', 4, undef(limit) ? 1 : limit);
    }
  });
  function abbreviate(num, places, units, mid, limit, binary) {
    var fixed = num.toFixed(20), digits = fixed.search(/\./) - fixed.search(/[1-9]/), unit, i;
    if (digits > 0) digits -= 1;
    i = Math.max(Math.min(Math.floor(digits / 3), limit === false ? units.length : limit), -mid);
    unit = units.charAt(i + mid - 1);
    if (digits < -9) { i = -3; places = Math.abs(digits) - 9; unit = units.slice(0, 1); }
    var div = binary ? Math.pow(2, 10 * i) : Math.pow(10, i * 3);
    return roundTo(num / div, places || 0).format() + unit.trim();
  }
  'round,floor,ceil'.split(',').forEach(function (how) {
    var m = {};
    m[how] = function (places) { return roundTo(this, places, how); };
    add(NP, m);
  });
  'abs,pow,sin,asin,cos,acos,tan,atan,exp,sqrt'.split(',').forEach(function (name) {
    var m = {};
    m[name] = function (a, b) { return Math[name](this, a, b); };
    add(NP, m);
  });

  // Object statics.
  var types = { isArray: Array.isArray, isBoolean: isBool, isDate: isDate, isFunction: isFn, isNumber: isNum, isString: isStr, isRegExp: isRe };
  function Hash(o) { copyInto(this, o); }
  Hash.prototype.constructor = Object;
  function keyMatches(k, m) {
    if (isRe(m)) return m.test(k);
    if (isRef(m)) return own.call(m, k);
    return k === String(m);
  }
  function choose(obj, args, keep) {
    var out = {}, wanted = flat(argList(args).slice(1), 1);
    forOwn(obj, function (k, v) {
      var hit = false;
      wanted.forEach(function (m) { if (keyMatches(k, m)) hit = true; });
      if (hit === keep) out[k] = v;
    });
    return out;
  }
  function setParam(obj, name, value, deep) {
    var m, key, parts;
    if (deep !== false && (m = name.match(/^(.+?)(\[.*\])$/))) {
      key = m[1];
      parts = m[2].replace(/^\[|\]$/g, '').split('][');
      var isIndex;
      parts.forEach(function (p) {
        isIndex = !p || p.match(/^\d+$/);
        if (!key && Array.isArray(obj)) key = obj.length;
        if (!own.call(obj, key)) obj[key] = isIndex ? [] : {};
        obj = obj[key];
        key = p;
      });
      if (!key && isIndex) key = obj.length.toString();
      setParam(obj, key, value);
    } else if (value.match(/^[+-]?\d+(\.\d+)?$/)) obj[name] = parseFloat(value);
    else if (value === 'true') obj[name] = true;
    else if (value === 'false') obj[name] = false;
    else obj[name] = value;
  }
  function encodeParam(v) {
    return !v && v !== false && v !== 0 ? '' : encodeURIComponent(v).replace(/%20/g, '+');
  }
  function toQuery(base, o) {
    if (Array.isArray(o) || (isPlain(o) && o.toString === Object.prototype.toString)) {
      var parts = [];
      forOwn(o, function (k, v) { parts.push(toQuery(base ? base + '[' + k + ']' : k, v)); });
      return parts.join('&');
    }
    if (!base) return '';
    return encodeParam(base) + '=' + (isDate(o) ? o.getTime() : encodeParam(o));
  }
  function merge(target, source, deep, resolve) {
    if (!target || typeof source == 'string') return target;
    for (var k in source) {
      if (!own.call(source, k) || !target) continue;
      var v = source[k];
      if (target[k] !== undefined) {
        if (resolve === false) continue;
        if (isFn(resolve)) v = resolve.call(source, k, target[k], source[k]);
      }
      if (deep === true && v && isRef(v)) {
        if (isDate(v)) v = new Date(v.getTime());
        else if (isRe(v)) v = new RegExp(v.source, reFlags(v));
        else {
          if (!target[k]) target[k] = Array.isArray(v) ? [] : {};
          merge(target[k], source[k], deep, resolve);
          continue;
        }
      }
      target[k] = v;
    }
    return target;
  }
  wrap(Object, 'keys', function (o, fn) { return isFn(fn); }, function (o, fn) {
    var keys = nativeKeys(o);
    keys.forEach(function (k) { fn.call(o, k, o[k]); });
    return keys;
  });
  add(Object, types);
  add(Object, {
    isObject: isPlain,
    isNaN: function (o) { return isNum(o) && o.valueOf() !== o.valueOf(); },
    equal: same,
    extended: function (o) { return new Hash(o); },
    merge: merge,
    values: function (o, fn) {
      var out = [];
      forOwn(o, function (k, v) { out.push(v); if (fn) fn.call(o, v); });
      return out;
    },
    clone: function (o, deep) {
      if (!isRef(o)) return o;
      var t = o instanceof Hash ? new Hash() : new o.constructor();
      return merge(t, o, deep);
    },
    fromQueryString: function (s, deep) {
      var out = Object.extended();
      s = s && s.toString ? s.toString() : '';
      s.replace(/^.*?\?/, '').split('&').forEach(function (p) {
        var kv = p.split('=');
        if (kv.length === 2) setParam(out, kv[0], decodeURIComponent(kv[1]), deep);
      });
      return out;
    },
    toQueryString: function (o, ns) { return toQuery(ns, o); },
    tap: function (o, arg) {
      var fn = isFn(arg) ? arg : function () { if (arg) o[arg](); };
      fn.call(o, o);
      return o;
    },
    has: function (o, k) { return own.call(o, k); },
    select: function (o) { return choose(o, arguments, true); },
    reject: function (o) { return choose(o, arguments, false); },
    size: function (o) { return nativeKeys(o).length; },
    each: function (o, fn) {
      if (!isFn(fn)) throw new TypeError('Callback is not callable');
      forOwn(o, fn);
      return o;
    },
    map: function (o, map) {
      var out = {};
      nativeKeys(o).forEach(function (k) { out[k] = pick(o[k], map, o, [k, o[k], o]); });
      return out;
    }
  });

  // Object versions of the array enumeration methods work on the values.
  'any,all,none,count,find,findAll,isEmpty'.split(',').concat('sum,average,min,max,least,most'.split(',')).forEach(function (name) {
    var mapping = 'sum,average,min,max,least,most'.indexOf(name) !== -1, m = {};
    m[name] = function (o, a1, a2) {
      var keys = nativeKeys(o);
      var r = AP[name].call(keys, function (k) {
        return mapping ? pick(o[k], a1, o, [k, o[k], o]) : matches(o[k], a1, o, [k, o[k], o]);
      }, a2);
      if (Array.isArray(r)) r = r.reduce(function (acc, k) { acc[k] = o[k]; return acc; }, {});
      return r;
    };
    add(Object, m);
  });
  add(Object, {
    reduce: function (o) {
      var vals = nativeKeys(o).map(function (k) { return o[k]; });
      return vals.reduce.apply(vals, argList(arguments).slice(1));
    }
  });
  // Object.extended values carry the Object statics as methods.
  'keys,values,select,reject,each,merge,clone,equal,tap,has,toQueryString,any,all,none,count,find,findAll,isEmpty,sum,average,min,max,least,most,map,reduce,size'.split(',').forEach(function (name) {
    put(Hash.prototype, name === 'equal' ? 'equals' : name, function () {
      return Object[name].apply(null, [this].concat(argList(arguments)));
    });
  });

  // Function. Sugar's timer helpers run where the sandbox defines no global
  // setTimeout, so in Postman they fail with a ReferenceError once they
  // would schedule something; they are kept that way.
  function schedule(fn, ms) {
    if (ms === Infinity) return;
    if (!fn.timers) fn.timers = [];
    throw new ReferenceError('setTimeout is not defined');
  }
  add(Function.prototype, {
    lazy: function (ms, limit) {
      var fn = this, queue = [], locked = false, result;
      ms = ms || 1;
      limit = limit || Infinity;
      var wait = Math.ceil(ms), batch = Math.round(wait / ms) || 1;
      function lazy() {
        if (!locked || queue.length < limit - 1) {
          queue.push([this, arguments]);
          if (!locked && queue.length > 0) {
            var keep = Math.max(queue.length - batch, 0);
            while (queue.length > keep) result = Function.prototype.apply.apply(fn, queue.shift());
            schedule(lazy, wait);
            locked = true;
          }
        }
        return result;
      }
      return lazy;
    },
    delay: function (ms) { schedule(this, ms); return this; },
    throttle: function (ms) { return this.lazy(ms, 1); },
    debounce: function (ms) {
      var fn = this;
      function debounced() {
        debounced.cancel();
        schedule(debounced, ms);
      }
      return debounced;
    },
    cancel: function () {
      if (Array.isArray(this.timers) && this.timers.length > 0) throw new ReferenceError('clearTimeout is not defined');
      return this;
    },
    after: function (num) {
      var fn = this, count = 0, calls = [];
      if (!isNum(num)) num = 1;
      else if (num === 0) { fn.call(); return fn; }
      return function () {
        calls.push(argList(arguments));
        count++;
        if (count == num) {
          var r = fn.call(this, calls);
          count = 0;
          calls = [];
          return r;
        }
      };
    },
    once: function () {
      var fn = this, done = false, result;
      return function () {
        if (!done) { done = true; result = fn.apply(this, arguments); }
        return result;
      };
    },
    fill: function () {
      var fn = this, preset = argList(arguments);
      return function () {
        var args = argList(arguments);
        preset.forEach(function (a, i) { if (a != null || i >= args.length) args.splice(i, 0, a); });
        return fn.apply(this, args);
      };
    }
  });

  // Date: formatting and a few plain helpers (English only). Sugar's date
  // parsing (Date.create with free text) is not reproduced.
  // Names, then their three-letter forms ({month2}, {weekday2}).
  var months = 'january,february,march,april,may,june,july,august,september,october,november,december'.split(',');
  var weekdays = 'sunday,monday,tuesday,wednesday,thursday,friday,saturday'.split(',');
  months = months.concat(months.map(function (m) { return m.slice(0, 3); }));
  weekdays = weekdays.concat(weekdays.map(function (w) { return w.slice(0, 3); }));
  var namedFormats = {
    short: '{Month} {d}, {yyyy}',
    long: '{Month} {d}, {yyyy} {h}:{mm}{tt}',
    full: '{Weekday} {Month} {d}, {yyyy} {h}:{mm}:{ss}{tt}'
  };
  function dget(d, what) { return d['get' + (d._utc ? 'UTC' : '') + what](); }
  function hour12(d) { var h = dget(d, 'Hours'); return h === 0 ? 12 : h - Math.floor(h / 13) * 12; }
  // Each token pattern replaces its first occurrence only, in this order.
  var tokens = [
    ['f{1,4}|ms|milliseconds', function (d) { return dget(d, 'Milliseconds'); }],
    ['ss?|seconds', function (d) { return dget(d, 'Seconds'); }],
    ['mm?|minutes', function (d) { return dget(d, 'Minutes'); }],
    ['hh?|hours|12hr', hour12],
    ['HH?|24hr', function (d) { return dget(d, 'Hours'); }],
    ['dd?|date|day', function (d) { return dget(d, 'Date'); }],
    ['dow|weekday', function (d, t, n) { return weekdays[dget(d, 'Day') + (n - 1) * 7]; }, 'word'],
    ['MM?', function (d) { return dget(d, 'Month') + 1; }],
    ['mon|month', function (d, t, n) { return months[dget(d, 'Month') + (n - 1) * 12]; }, 'word'],
    ['y{2,4}|year', function (d) { return dget(d, 'FullYear'); }],
    ['[Tt]{1,2}', function (d, t) {
      var s = ['am', 'pm'][Math.floor(dget(d, 'Hours') / 12)];
      if (t.length === 1) s = s.slice(0, 1);
      if (t.slice(0, 1) === 'T') s = s.toUpperCase();
      return s;
    }],
    ['z{1,4}|tz|timezone', function (d, t) {
      var tz = d.getUTCOffset();
      if (t == 'z' || t == 'zz') tz = tz.replace(/(\d{2})(\d{2})/, function (m, h) { return padNum(h, t.length); });
      return tz;
    }, 'text'],
    ['iso(tz|timezone)', function (d) { return d.getUTCOffset(true); }],
    ['ord', function (d) { var n = dget(d, 'Date'); return n + suffix(n); }]
  ].map(function (t) {
    return { re: new RegExp('\\{(' + t[0] + ')(\\d)?\\}', t[2] === 'word' ? 'i' : ''), fn: t[1], kind: t[2] };
  });
  function formatDate(d, f) {
    if (!d.isValid()) return 'Invalid Date';
    if (Date[f]) f = Date[f];
    f = f || 'long';
    f = namedFormats[f] || f;
    tokens.forEach(function (tok) {
      f = f.replace(tok.re, function (m, t, n) {
        var v = tok.fn(d, t, n || 1), repeated = t.match(/^(.)\1+$/);
        if (tok.kind === 'word') {
          if (t.length === 3) v = v.slice(0, 3);
          if (repeated || /^[A-Z]/.test(t)) v = v.slice(0, 1).toUpperCase() + v.slice(1);
        } else if (repeated && tok.kind !== 'text') {
          v = (isNum(v) ? padNum(v, t.length) : v.toString()).slice(-t.length);
        }
        return v;
      });
    });
    return f;
  }
  add(Date, {
    RFC1123: '{Dow}, {dd} {Mon} {yyyy} {HH}:{mm}:{ss} {tz}',
    RFC1036: '{Weekday}, {dd}-{Mon}-{yy} {HH}:{mm}:{ss} {tz}',
    ISO8601_DATE: '{yyyy}-{MM}-{dd}',
    ISO8601_DATETIME: '{yyyy}-{MM}-{dd}T{HH}:{mm}:{ss}.{fff}{isotz}'
  });
  add(Date.prototype, {
    format: function (f) { return formatDate(this, f); },
    short: function () { return formatDate(this, 'short'); },
    long: function () { return formatDate(this, 'long'); },
    full: function () { return formatDate(this, 'full'); },
    iso: function () { return this.toISOString(); },
    isValid: function () { return !isNaN(this.getTime()); },
    getUTCOffset: function (iso) {
      var off = this._utc ? 0 : this.getTimezoneOffset();
      if (!off && iso) return 'Z';
      return padNum(Math.floor(-off / 60), 2, true) + (iso === true ? ':' : '') + padNum(Math.abs(off % 60), 2);
    },
    utc: function (on) {
      put(this, '_utc', on === true || arguments.length === 0);
      return this;
    },
    isUTC: function () { return !!this._utc || this.getTimezoneOffset() === 0; },
    isLeapYear: function () {
      var y = dget(this, 'FullYear');
      return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    },
    daysInMonth: function () {
      return 32 - dget(new Date(dget(this, 'FullYear'), dget(this, 'Month'), 32), 'Date');
    },
    clone: function () { return new Date(this.getTime()).utc(!!this._utc); }
  });

  // Number#days() and friends give durations in milliseconds; a month is
  // 30.4375 days and a year 365.25. The date-relative forms (daysAgo,
  // daysFromNow, ...) need Sugar's date parser and are left out.
  [['millisecond', 1], ['second', 1000], ['minute', 60000], ['hour', 3600000], ['day', 86400000],
    ['week', 604800000], ['month', 30.4375 * 86400000], ['year', 365.25 * 86400000]].forEach(function (u) {
    var m = {}, ms = u[1];
    m[u[0]] = m[u[0] + 's'] = function () { return Math.round(this * ms); };
    add(NP, m);
  });

  // RegExp.
  add(RegExp, { escape: function (s) { return reEscape(s); } });
  add(RegExp.prototype, {
    getFlags: function () { return reFlags(this); },
    setFlags: function (f) { return new RegExp(this.source, f); },
    addFlag: function (f) { return new RegExp(this.source, reFlags(this, f)); },
    removeFlag: function (f) { return new RegExp(this.source, reFlags(this).replace(f, '')); }
  });
})();
