// Sugar extensions: Array and Array.prototype; runs after sugar_core.js and uses its helpers.
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
