// Sugar extensions: Function.prototype timers, Date formatting; runs after sugar_core.js and uses its helpers.
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
var tokens;
function dateTokens() {
  return [
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
}
function formatDate(d, f) {
  if (!d.isValid()) return 'Invalid Date';
  if (Date[f]) f = Date[f];
  f = f || 'long';
  f = namedFormats[f] || f;
  if (!tokens) tokens = dateTokens();
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
