// Sugar extensions: String.prototype, inflections; runs after sugar_core.js and uses its helpers.
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
// The tables are built on first use: most runs never inflect a word.
var plurals, singulars;
function rule(table, re, to) { table.unshift([re, to]); }
function buildInflections() {
  plurals = [];
  singulars = [];
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
}
var uncountables = 'equipment,information,rice,money,species,series,fish,sheep,jeans'.split(',');
function inflect(word, wantPlural) {
  if (!plurals) buildInflections();
  var table = wantPlural ? plurals : singulars;
  word = isStr(word) ? word.toString() : '';
  var fixed = uncountables.some(function (u) { return new RegExp('\\b' + u + '$', 'i').test(word); });
  if (word.isBlank() || fixed) return word;
  for (var i = 0; i < table.length; i++) {
    if (word.match(table[i][0])) return word.replace(table[i][0], table[i][1]);
  }
  return word;
}
add(SP, {
  pluralize: function () { return inflect(this, true); },
  singularize: function () { return inflect(this, false); },
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
