// Sugar extensions: Number and Number.prototype; runs after sugar_core.js and uses its helpers.
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

// Number#days() and friends give durations in milliseconds; a month is
// 30.4375 days and a year 365.25. The date-relative forms (daysAgo,
// daysFromNow, ...) need Sugar's date parser and are left out.
[['millisecond', 1], ['second', 1000], ['minute', 60000], ['hour', 3600000], ['day', 86400000],
  ['week', 604800000], ['month', 30.4375 * 86400000], ['year', 365.25 * 86400000]].forEach(function (u) {
  var m = {}, ms = u[1];
  m[u[0]] = m[u[0] + 's'] = function () { return Math.round(this * ms); };
  add(NP, m);
});
