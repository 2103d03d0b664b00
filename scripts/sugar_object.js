// Sugar extensions: Object statics, Object.extended, RegExp; runs after sugar_core.js and uses its helpers.
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

// Sugar sets watch whether or not the runtime has one.
put(Object, 'watch', function (o, prop, fn) {
  var value = o[prop];
  Object.defineProperty(o, prop, {
    enumerable: true,
    configurable: true,
    get: function () { return value; },
    set: function (to) { value = fn.call(o, prop, value, to); }
  });
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
'keys,values,select,reject,each,merge,clone,equal,watch,tap,has,toQueryString,any,all,none,count,find,findAll,isEmpty,sum,average,min,max,least,most,map,reduce,size'.split(',').forEach(function (name) {
  put(Hash.prototype, name === 'equal' ? 'equals' : name, function () {
    return Object[name].apply(null, [this].concat(argList(arguments)));
  });
});

// RegExp.
add(RegExp, { escape: function (s) { return reEscape(s); } });
add(RegExp.prototype, {
  getFlags: function () { return reFlags(this); },
  setFlags: function (f) { return new RegExp(this.source, f); },
  addFlag: function (f) { return new RegExp(this.source, reFlags(this, f)); },
  removeFlag: function (f) { return new RegExp(this.source, reFlags(this).replace(f, '')); }
});
