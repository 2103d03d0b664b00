'use strict';
// moment 2.30.1's common API (English locale). A moment is an instant
// (_ms, milliseconds since the epoch, NaN when invalid) seen in a frame:
// local time, which the sandbox fixes to UTC so that the host's zone never
// shows, or a fixed offset (_isUTC with _offset minutes). Fields are read
// and written through a Date shifted by the offset and its UTC methods, so
// the engine's own zone plays no part.

var MS_MIN = 6e4, MS_HOUR = 36e5, MS_DAY = 864e5, MS_WEEK = 6048e5;

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
var MONTHS_SHORT = MONTHS.map(function (m) { return m.slice(0, 3); });
var WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
var WEEKDAYS_SHORT = WEEKDAYS.map(function (d) { return d.slice(0, 3); });
var WEEKDAYS_MIN = WEEKDAYS.map(function (d) { return d.slice(0, 2); });
var LONG_FORMATS = {
  LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A',
  l: 'M/D/YYYY', ll: 'MMM D, YYYY', lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A'
};
var RELATIVE = {
  future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes',
  h: 'an hour', hh: '%d hours', d: 'a day', dd: '%d days', w: 'a week', ww: '%d weeks',
  M: 'a month', MM: '%d months', y: 'a year', yy: '%d years'
};
var thresholds = { ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11 };
var rounding = Math.round;

// ---- small helpers

function absFloor(n) { return n < 0 ? Math.ceil(n) || 0 : Math.floor(n); }
function absCeil(n) { return n < 0 ? Math.floor(n) : Math.ceil(n); }
function absRound(n) { return n < 0 ? Math.round(-n) * -1 : Math.round(n); }
function toInt(v) { var n = +v; return n !== 0 && isFinite(n) ? absFloor(n) : 0; }
function mod(n, x) { return ((n % x) + x) % x; }
function pad(n, width, forceSign) {
  var abs = '' + Math.abs(n), sign = n >= 0;
  while (abs.length < width) abs = '0' + abs;
  return (sign ? (forceSign ? '+' : '') : '-') + abs;
}
function isLeapYear(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function daysInYear(y) { return isLeapYear(y) ? 366 : 365; }
function daysInMonth(y, m) {
  if (isNaN(y) || isNaN(m)) return NaN;
  var mm = mod(m, 12);
  y += (m - mm) / 12;
  return mm === 1 ? (isLeapYear(y) ? 29 : 28) : 31 - ((mm % 7) % 2);
}
function ordinal(n) {
  var b = n % 10;
  var s = toInt((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
  return n + s;
}
// utcMs is Date.UTC that also takes years 0-99 literally.
function utcMs(y, M, d, h, m, s, ms) {
  var date = new Date(Date.UTC(y, M, d, h || 0, m || 0, s || 0, ms || 0));
  if (y < 100 && y >= 0) date.setUTCFullYear(y, M, d);
  return date.getTime();
}
function isDate(v) { return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'; }
function isNumber(v) { return typeof v === 'number' || Object.prototype.toString.call(v) === '[object Number]'; }
function isString(v) { return typeof v === 'string' || v instanceof String; }

var ALIASES = {};
[['year', 'y'], ['quarter', 'Q'], ['month', 'M'], ['week', 'w'], ['isoWeek', 'W'], ['day', 'd'], ['date', 'D'],
  ['hour', 'h'], ['minute', 'm'], ['second', 's'], ['millisecond', 'ms'], ['dayOfYear', 'DDD'], ['weekday', 'e'],
  ['isoWeekday', 'E'], ['weekYear', 'gg'], ['isoWeekYear', 'GG']].forEach(function (a) {
  var lower = a[0].toLowerCase();
  ALIASES[lower] = ALIASES[lower + 's'] = ALIASES[a[1]] = a[0];
});
function normalizeUnits(u) { return typeof u === 'string' ? ALIASES[u] || ALIASES[u.toLowerCase()] : undefined; }
function normalizeObjectUnits(o) {
  var out = {};
  for (var k in o) {
    if (Object.prototype.hasOwnProperty.call(o, k)) {
      var n = normalizeUnits(k);
      if (n) out[n] = o[k];
    }
  }
  return out;
}

// ---- weeks

function firstWeekOffset(year, dow, doy) {
  var fwd = 7 + dow - doy;
  var fwdlw = (7 + new Date(utcMs(year, 0, fwd)).getUTCDay() - dow) % 7;
  return -fwdlw + fwd - 1;
}
function weeksInYear(year, dow, doy) {
  return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}
function weekOfYear(m, dow, doy) {
  var year = m.year(), week = Math.floor((m.dayOfYear() - firstWeekOffset(year, dow, doy) - 1) / 7) + 1;
  if (week < 1) return { week: week + weeksInYear(year - 1, dow, doy), year: year - 1 };
  if (week > weeksInYear(year, dow, doy)) return { week: week - weeksInYear(year, dow, doy), year: year + 1 };
  return { week: week, year: year };
}

// ---- the Moment type

function Moment(ms, isUTC, offset) {
  this._isAMomentObject = true;
  this._ms = ms;
  this._isUTC = !!isUTC;
  this._offset = offset || 0;
  this._isValid = !isNaN(ms);
  this._locale = 'en';
}
var proto = Moment.prototype;

function isMoment(v) { return v instanceof Moment || (v != null && v._isAMomentObject === true && v instanceof Object && '_ms' in v); }
function invalid() { return new Moment(NaN); }
function frameMs(m) { return m._ms + (m._isUTC ? m._offset : 0) * MS_MIN; }
function fields(m) { return new Date(frameMs(m)); }
// setFrame moves m so that its frame reads as the Date d does in UTC.
function setFrame(m, frame) { m._ms = frame - (m._isUTC ? m._offset : 0) * MS_MIN; m._isValid = !isNaN(m._ms); return m; }

function getter(method) {
  return function () { return this._isValid ? fields(this)[method]() : NaN; };
}
function accessor(get, set) {
  return function (v) {
    if (v === undefined) return this._isValid ? get.call(this) : NaN;
    if (this._isValid && !isNaN(v)) set.call(this, v);
    return this;
  };
}
function dateSetter(method) {
  return function (v) { var d = fields(this); d[method](toInt(v)); setFrame(this, d.getTime()); };
}

proto.valueOf = function () { return this._isValid ? this._ms : NaN; };
proto.unix = function () { return Math.floor(this.valueOf() / 1000); };
proto.isValid = function () { return this._isValid; };
proto.clone = function () { return copyMoment(this); };
function copyMoment(m) {
  var c = new Moment(m._ms, m._isUTC, m._offset);
  c._isValid = m._isValid;
  if (m._tzm !== undefined) c._tzm = m._tzm;
  return c;
}
proto.year = proto.years = function (v) {
  if (v === undefined) return getter('getUTCFullYear').call(this);
  if (!this._isValid || isNaN(v)) return this;
  var d = fields(this), y = toInt(v);
  if (isLeapYear(d.getUTCFullYear()) && d.getUTCMonth() === 1 && d.getUTCDate() === 29) d.setUTCFullYear(y, 1, daysInMonth(y, 1));
  else d.setUTCFullYear(y);
  setFrame(this, d.getTime());
  return this;
};
proto.month = proto.months = function (v) {
  if (v === undefined) return getter('getUTCMonth').call(this);
  if (!this._isValid) return this;
  if (typeof v === 'string') {
    if (/^\d+$/.test(v)) v = toInt(v);
    else {
      v = parseMonthName(v);
      if (v === undefined) return this;
    }
  }
  if (isNaN(v)) return this;
  var d = fields(this), m = toInt(v);
  d.setUTCMonth(m, Math.min(d.getUTCDate(), daysInMonth(d.getUTCFullYear(), m)));
  setFrame(this, d.getTime());
  return this;
};
proto.date = proto.dates = accessor(getter('getUTCDate'), dateSetter('setUTCDate'));
proto.hour = proto.hours = accessor(getter('getUTCHours'), dateSetter('setUTCHours'));
proto.minute = proto.minutes = accessor(getter('getUTCMinutes'), dateSetter('setUTCMinutes'));
proto.second = proto.seconds = accessor(getter('getUTCSeconds'), dateSetter('setUTCSeconds'));
proto.millisecond = proto.milliseconds = accessor(getter('getUTCMilliseconds'), dateSetter('setUTCMilliseconds'));
proto.day = proto.days = function (v) {
  if (!this._isValid) return v != null ? this : NaN;
  var day = fields(this).getUTCDay();
  if (v == null) return day;
  v = parseWeekday(v);
  return isNaN(v) ? this : this.add(v - day, 'd');
};
proto.weekday = function (v) {
  if (!this._isValid) return v != null ? this : NaN;
  var wd = this.day();
  return v == null ? wd : this.add(v - wd, 'd');
};
proto.isoWeekday = function (v) {
  if (!this._isValid) return v != null ? this : NaN;
  if (v == null) return this.day() || 7;
  v = parseWeekday(v);
  if (typeof v === 'number' && !isNaN(v) || typeof v === 'string') return this.day(this.day() % 7 ? v : v - 7);
  return this;
};
proto.dayOfYear = function (v) {
  var doy = Math.round((this.clone().startOf('day') - this.clone().startOf('year')) / MS_DAY) + 1;
  return v == null ? doy : this.add(v - doy, 'd');
};
proto.quarter = proto.quarters = function (v) {
  var q = Math.ceil((this.month() + 1) / 3);
  return v == null ? q : this.month((v - 1) * 3 + (this.month() % 3));
};
proto.week = proto.weeks = function (v) {
  var w = weekOfYear(this, 0, 6).week;
  return v == null ? w : this.add((v - w) * 7, 'd');
};
proto.isoWeek = proto.isoWeeks = function (v) {
  var w = weekOfYear(this, 1, 4).week;
  return v == null ? w : this.add((v - w) * 7, 'd');
};
proto.weekYear = function () { return weekOfYear(this, 0, 6).year; };
proto.isoWeekYear = function () { return weekOfYear(this, 1, 4).year; };
proto.weeksInYear = function () { return weeksInYear(this.year(), 0, 6); };
proto.isoWeeksInYear = proto.isoWeeksInISOWeekYear = function () { return weeksInYear(this.year(), 1, 4); };
proto.daysInMonth = function () { return daysInMonth(this.year(), this.month()); };
proto.isLeapYear = function () { return isLeapYear(this.year()); };
proto.get = function (unit) {
  unit = normalizeUnits(unit);
  return typeof this[unit] === 'function' ? this[unit]() : this;
};
var SET_ORDER = ['year', 'quarter', 'month', 'week', 'isoWeek', 'day', 'date', 'dayOfYear', 'weekday', 'isoWeekday', 'hour', 'minute', 'second', 'millisecond'];
proto.set = function (unit, value) {
  if (typeof unit === 'object' && unit !== null) {
    var o = normalizeObjectUnits(unit);
    for (var i = 0; i < SET_ORDER.length; i++) if (o[SET_ORDER[i]] !== undefined) this[SET_ORDER[i]](o[SET_ORDER[i]]);
    return this;
  }
  unit = normalizeUnits(unit);
  if (typeof this[unit] === 'function') return this[unit](value);
  return this;
};

function parseMonthName(s) {
  var l = String(s).toLowerCase();
  for (var i = 0; i < 12; i++) {
    if (MONTHS[i].toLowerCase() === l || MONTHS_SHORT[i].toLowerCase() === l) return i;
  }
  return undefined;
}
function parseWeekday(v) {
  if (typeof v !== 'string') return v;
  if (!isNaN(v)) return parseInt(v, 10);
  var l = v.toLowerCase();
  for (var i = 0; i < 7; i++) {
    if (WEEKDAYS[i].toLowerCase() === l || WEEKDAYS_SHORT[i].toLowerCase() === l || WEEKDAYS_MIN[i].toLowerCase() === l) return i;
  }
  return NaN;
}

// ---- arithmetic

proto.add = function (a, b) { return addSubtract(this, a, b, 1); };
proto.subtract = function (a, b) { return addSubtract(this, a, b, -1); };
function addSubtract(m, a, b, sign) {
  // add('days', 1), the deprecated order, still works.
  if (b !== null && b !== undefined && !isNaN(+b) && isNaN(+a) && typeof a === 'string') { var t = a; a = b; b = t; }
  var d = createDuration(a, b);
  if (!m._isValid) return m;
  var ms = d._milliseconds, days = absRound(d._days), months = absRound(d._months);
  if (months) m.month(m.month() + months * sign);
  if (days) m.date(m.date() + days * sign);
  if (ms) m._ms += ms * sign;
  return m;
}

proto.startOf = function (unit) {
  unit = normalizeUnits(unit);
  if (unit === undefined || unit === 'millisecond' || !this._isValid) return this;
  var d = fields(this), y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate(), f = frameMs(this), t;
  switch (unit) {
    case 'year': t = utcMs(y, 0, 1); break;
    case 'quarter': t = utcMs(y, M - (M % 3), 1); break;
    case 'month': t = utcMs(y, M, 1); break;
    case 'week': t = utcMs(y, M, D - d.getUTCDay()); break;
    case 'isoWeek': t = utcMs(y, M, D - ((d.getUTCDay() + 6) % 7)); break;
    case 'day': case 'date': t = utcMs(y, M, D); break;
    case 'hour': t = f - mod(f, MS_HOUR); break;
    case 'minute': t = f - mod(f, MS_MIN); break;
    case 'second': t = f - mod(f, 1000); break;
    default: return this;
  }
  return setFrame(this, t);
};
proto.endOf = function (unit) {
  unit = normalizeUnits(unit);
  if (unit === undefined || unit === 'millisecond' || !this._isValid) return this;
  var step = unit === 'date' ? 'day' : unit === 'isoWeek' ? 'week' : unit;
  return this.startOf(unit).add(1, step).subtract(1, 'ms');
};

function cloneWithOffset(input, model) {
  var m = toMoment(input);
  if (!model._isUTC) return m.clone().local();
  var c = m.clone();
  c._isUTC = true;
  c._offset = model._offset;
  return c;
}
function monthDiff(a, b) {
  if (a.date() < b.date()) return -monthDiff(b, a);
  var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
  var anchor = a.clone().add(whole, 'months'), anchor2, adjust;
  if (b - anchor < 0) {
    anchor2 = a.clone().add(whole - 1, 'months');
    adjust = (b - anchor) / (anchor - anchor2);
  } else {
    anchor2 = a.clone().add(whole + 1, 'months');
    adjust = (b - anchor) / (anchor2 - anchor);
  }
  return -(whole + adjust) || 0;
}
proto.diff = function (input, units, asFloat) {
  if (!this._isValid) return NaN;
  var that = cloneWithOffset(input, this);
  if (!that._isValid) return NaN;
  var zoneDelta = (that.utcOffset() - this.utcOffset()) * MS_MIN, out;
  units = normalizeUnits(units);
  switch (units) {
    case 'year': out = monthDiff(this, that) / 12; break;
    case 'month': out = monthDiff(this, that); break;
    case 'quarter': out = monthDiff(this, that) / 3; break;
    case 'second': out = (this - that) / 1e3; break;
    case 'minute': out = (this - that) / MS_MIN; break;
    case 'hour': out = (this - that) / MS_HOUR; break;
    case 'day': out = (this - that - zoneDelta) / MS_DAY; break;
    case 'week': out = (this - that - zoneDelta) / MS_WEEK; break;
    default: out = this - that;
  }
  return asFloat ? out : absFloor(out);
};

// ---- comparison

function toMoment(v) { return isMoment(v) ? v : createMoment(v, undefined, undefined, false, false); }
proto.isAfter = function (input, units) {
  var o = toMoment(input);
  if (!(this._isValid && o._isValid)) return false;
  units = normalizeUnits(units) || 'millisecond';
  return units === 'millisecond' ? this.valueOf() > o.valueOf() : o.valueOf() < this.clone().startOf(units).valueOf();
};
proto.isBefore = function (input, units) {
  var o = toMoment(input);
  if (!(this._isValid && o._isValid)) return false;
  units = normalizeUnits(units) || 'millisecond';
  return units === 'millisecond' ? this.valueOf() < o.valueOf() : this.clone().endOf(units).valueOf() < o.valueOf();
};
proto.isSame = function (input, units) {
  var o = toMoment(input);
  if (!(this._isValid && o._isValid)) return false;
  units = normalizeUnits(units) || 'millisecond';
  if (units === 'millisecond') return this.valueOf() === o.valueOf();
  var v = o.valueOf();
  return this.clone().startOf(units).valueOf() <= v && v <= this.clone().endOf(units).valueOf();
};
proto.isSameOrAfter = function (input, units) { return this.isSame(input, units) || this.isAfter(input, units); };
proto.isSameOrBefore = function (input, units) { return this.isSame(input, units) || this.isBefore(input, units); };
proto.isBetween = function (from, to, units, inclusivity) {
  var a = toMoment(from), b = toMoment(to);
  if (!(this._isValid && a._isValid && b._isValid)) return false;
  inclusivity = inclusivity || '()';
  return (inclusivity[0] === '(' ? this.isAfter(a, units) : !this.isBefore(a, units)) &&
    (inclusivity[1] === ')' ? this.isBefore(b, units) : !this.isAfter(b, units));
};

// ---- zones

proto.utcOffset = function (input, keepLocalTime) {
  var offset = this._isUTC ? this._offset : 0;
  if (input == null) return this._isValid ? offset : NaN;
  if (typeof input === 'string') {
    input = offsetFromString(input);
    if (input === null) return this;
  } else if (Math.abs(input) < 16) {
    input = input * 60;
  }
  if (keepLocalTime) {
    var f = frameMs(this);
    this._isUTC = true;
    this._offset = input;
    setFrame(this, f);
  } else {
    this._isUTC = true;
    this._offset = input;
  }
  return this;
};
proto.utc = function (keepLocalTime) { return this.utcOffset(0, keepLocalTime); };
proto.local = function (keepLocalTime) {
  if (this._isUTC) {
    var f = frameMs(this);
    this._isUTC = false;
    this._offset = 0;
    if (keepLocalTime) setFrame(this, f);
  }
  return this;
};
proto.parseZone = function () {
  if (this._tzm != null) this.utcOffset(this._tzm, false);
  else if (typeof this._i === 'string') {
    var tz = offsetFromString(this._i, /Z|[+-]\d\d:?\d\d/gi);
    if (tz != null) this.utcOffset(tz);
    else this.utcOffset(0, true);
  }
  return this;
};
proto.isUTC = proto.isUtc = function () { return this._isUTC && this._offset === 0; };
proto.isLocal = function () { return !this._isUTC; };
proto.isUtcOffset = function () { return this._isUTC; };
proto.isDST = function () { return false; };
proto.zoneAbbr = function () { return this._isUTC ? 'UTC' : ''; };
proto.zoneName = function () { return this._isUTC ? 'Coordinated Universal Time' : ''; };
proto.hasAlignedHourOffset = function (input) {
  input = input ? toMoment(input).utcOffset() : 0;
  return (this.utcOffset() - input) % 60 === 0;
};
function offsetFromString(s, re) {
  var m = String(s).match(re || /Z|[+-]\d\d(?::?\d\d)?/gi);
  if (m === null) return null;
  var chunk = m[m.length - 1], parts = (chunk + '').match(/([+\-]|\d\d)/gi) || ['-', 0, 0];
  var minutes = +(parts[1] * 60) + toInt(parts[2]);
  return minutes === 0 ? 0 : parts[0] === '+' ? minutes : -minutes;
}

// ---- output

var TOKENS = /(\[[^\[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
var LONG_TOKENS = /(\[[^\[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;

function expandLongFormats(format) {
  for (var i = 0; i < 5 && LONG_TOKENS.test(format); i++) {
    LONG_TOKENS.lastIndex = 0;
    format = format.replace(LONG_TOKENS, function (all, esc, slash, tok) { return esc || slash ? all : LONG_FORMATS[tok] || all; });
  }
  LONG_TOKENS.lastIndex = 0;
  return format;
}
function offsetString(m, sep) {
  var o = m.utcOffset(), sign = '+';
  if (o < 0) { o = -o; sign = '-'; }
  return sign + pad(toInt(o / 60), 2) + sep + pad(toInt(o) % 60, 2);
}
var FORMATTERS = {
  M: function (m) { return m.month() + 1; }, Mo: function (m) { return ordinal(m.month() + 1); },
  MM: function (m) { return pad(m.month() + 1, 2); }, MMM: function (m) { return MONTHS_SHORT[m.month()]; },
  MMMM: function (m) { return MONTHS[m.month()]; }, Q: function (m) { return m.quarter(); }, Qo: function (m) { return ordinal(m.quarter()); },
  D: function (m) { return m.date(); }, Do: function (m) { return ordinal(m.date()); }, DD: function (m) { return pad(m.date(), 2); },
  DDD: function (m) { return m.dayOfYear(); }, DDDo: function (m) { return ordinal(m.dayOfYear()); }, DDDD: function (m) { return pad(m.dayOfYear(), 3); },
  d: function (m) { return m.day(); }, do: function (m) { return ordinal(m.day()); }, dd: function (m) { return WEEKDAYS_MIN[m.day()]; },
  ddd: function (m) { return WEEKDAYS_SHORT[m.day()]; }, dddd: function (m) { return WEEKDAYS[m.day()]; },
  e: function (m) { return m.weekday(); }, E: function (m) { return m.isoWeekday(); },
  w: function (m) { return m.week(); }, wo: function (m) { return ordinal(m.week()); }, ww: function (m) { return pad(m.week(), 2); },
  W: function (m) { return m.isoWeek(); }, Wo: function (m) { return ordinal(m.isoWeek()); }, WW: function (m) { return pad(m.isoWeek(), 2); },
  YY: function (m) { return pad(m.year() % 100, 2); },
  YYYY: function (m) { var y = m.year(); return y <= 9999 ? pad(y, 4) : '+' + y; },
  YYYYY: function (m) { return pad(m.year(), 5); }, YYYYYY: function (m) { return pad(m.year(), 6, true); },
  gg: function (m) { return pad(m.weekYear() % 100, 2); }, gggg: function (m) { return pad(m.weekYear(), 4); }, ggggg: function (m) { return pad(m.weekYear(), 5); },
  GG: function (m) { return pad(m.isoWeekYear() % 100, 2); }, GGGG: function (m) { return pad(m.isoWeekYear(), 4); }, GGGGG: function (m) { return pad(m.isoWeekYear(), 5); },
  a: function (m) { return m.hour() > 11 ? 'pm' : 'am'; }, A: function (m) { return m.hour() > 11 ? 'PM' : 'AM'; },
  H: function (m) { return m.hour(); }, HH: function (m) { return pad(m.hour(), 2); },
  h: function (m) { return m.hour() % 12 || 12; }, hh: function (m) { return pad(m.hour() % 12 || 12, 2); },
  k: function (m) { return m.hour() || 24; }, kk: function (m) { return pad(m.hour() || 24, 2); },
  hmm: function (m) { return '' + (m.hour() % 12 || 12) + pad(m.minute(), 2); },
  hmmss: function (m) { return '' + (m.hour() % 12 || 12) + pad(m.minute(), 2) + pad(m.second(), 2); },
  Hmm: function (m) { return '' + m.hour() + pad(m.minute(), 2); },
  Hmmss: function (m) { return '' + m.hour() + pad(m.minute(), 2) + pad(m.second(), 2); },
  m: function (m) { return m.minute(); }, mm: function (m) { return pad(m.minute(), 2); },
  s: function (m) { return m.second(); }, ss: function (m) { return pad(m.second(), 2); },
  Z: function (m) { return offsetString(m, ':'); }, ZZ: function (m) { return offsetString(m, ''); },
  X: function (m) { return m.unix(); }, x: function (m) { return m.valueOf(); },
  z: function (m) { return m.zoneAbbr(); }, zz: function (m) { return m.zoneName(); },
  Y: function (m) { var y = m.year(); return y <= 9999 ? pad(y, 4) : '+' + y; },
  y: function (m) { return m.year(); }, yy: function (m) { return pad(m.year() % 100, 2); },
  yyy: function (m) { return pad(m.year(), 3); }, yyyy: function (m) { return pad(m.year(), 4); }, yo: function (m) { return ordinal(m.year()); },
  N: function () { return 'AD'; }, NN: function () { return 'AD'; }, NNN: function () { return 'AD'; }, NNNN: function () { return 'Anno Domini'; }, NNNNN: function () { return 'AD'; }
};
for (var si = 1; si <= 9; si++) {
  (function (n) {
    FORMATTERS['SSSSSSSSS'.slice(0, n)] = function (m) {
      var ms = m.millisecond() * Math.pow(10, n) / 1000;
      return n <= 3 ? pad(toInt(ms), n) : pad(m.millisecond(), 3) + '000000'.slice(0, n - 3);
    };
  })(si);
}
FORMATTERS.S = function (m) { return toInt(m.millisecond() / 100); };
FORMATTERS.SS = function (m) { return pad(toInt(m.millisecond() / 10), 2); };

function formatMoment(m, format) {
  if (!m._isValid) return 'Invalid date';
  format = expandLongFormats(format);
  return format.replace(TOKENS, function (all, esc, slash, tok) {
    if (esc) return esc.slice(1, -1);
    if (slash) return tok;
    var f = FORMATTERS[tok];
    return f ? String(f(m)) : tok;
  });
}

proto.format = function (fmt) {
  if (!fmt) fmt = this.isUtc() ? hooks.defaultFormatUtc : hooks.defaultFormat;
  return formatMoment(this, fmt);
};
proto.toString = function () { return this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ'); };
proto.toISOString = function (keepOffset) {
  if (!this._isValid) return null;
  var utc = keepOffset !== true, m = utc ? this.clone().utc() : this, y = m.year();
  if (y < 0 || y > 9999) return formatMoment(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ');
  return formatMoment(m, utc ? 'YYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYY-MM-DD[T]HH:mm:ss.SSSZ');
};
proto.toJSON = function () { return this._isValid ? this.toISOString() : null; };
proto.inspect = function () {
  if (!this._isValid) return 'moment.invalid(/* ' + this._i + ' */)';
  var fn = this._isUTC ? (this._offset === 0 ? 'moment.utc' : 'moment.parseZone') : 'moment';
  var y = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
  return fn + '("' + this.format('[' + y + ']-MM-DD[T]HH:mm:ss.SSS' + (this._isUTC && this._offset === 0 ? '[Z]' : 'Z')).replace(/^\[|\]/g, '') + '")';
};
proto.toDate = function () { return new Date(this.valueOf()); };
proto.toArray = function () { return [this.year(), this.month(), this.date(), this.hour(), this.minute(), this.second(), this.millisecond()]; };
proto.toObject = function () {
  return { years: this.year(), months: this.month(), date: this.date(), hours: this.hour(), minutes: this.minute(), seconds: this.second(), milliseconds: this.millisecond() };
};
proto.locale = function (key) { return key === undefined ? this._locale : this; };
proto.localeData = function () { return localeData; };
proto.lang = proto.locale;

// ---- relative time

// humanizeDuration names a duration's length in words, without suffix.
function humanizeDuration(dur, th) {
  var d = createDuration(dur).abs();
  var seconds = rounding(d.as('s')), minutes = rounding(d.as('m')), hours = rounding(d.as('h')), days = rounding(d.as('d')),
    months = rounding(d.as('M')), weeks = rounding(d.as('w')), years = rounding(d.as('y'));
  var a = (seconds <= th.ss && ['s', seconds]) || (seconds < th.s && ['ss', seconds]) || (minutes <= 1 && ['m']) ||
    (minutes < th.m && ['mm', minutes]) || (hours <= 1 && ['h']) || (hours < th.h && ['hh', hours]) ||
    (days <= 1 && ['d']) || (days < th.d && ['dd', days]);
  if (th.w != null) a = a || (weeks <= 1 && ['w']) || (weeks < th.w && ['ww', weeks]);
  a = a || (months <= 1 && ['M']) || (months < th.M && ['MM', months]) || (years <= 1 && ['y']) || ['yy', years];
  return RELATIVE[a[0]].replace(/%d/i, a[1] || 1);
}
proto.from = function (time, withoutSuffix) {
  var o = toMoment(time);
  if (!(this._isValid && o._isValid)) return 'Invalid date';
  return createDuration({ to: this, from: o }).humanize(!withoutSuffix);
};
proto.fromNow = function (withoutSuffix) { return this.from(createMoment(), withoutSuffix); };
proto.to = function (time, withoutSuffix) {
  var o = toMoment(time);
  if (!(this._isValid && o._isValid)) return 'Invalid date';
  return createDuration({ from: this, to: o }).humanize(!withoutSuffix);
};
proto.toNow = function (withoutSuffix) { return this.to(createMoment(), withoutSuffix); };
proto.calendar = function (time, formats) {
  if (arguments.length === 1 && time && !isMoment(time) && !isDate(time) && typeof time === 'object') { formats = time; time = undefined; }
  var now = time ? toMoment(time) : createMoment();
  var sod = cloneWithOffset(now, this).startOf('day'), diff = this.diff(sod, 'days', true);
  var key = diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
  var f = formats && formats[key] !== undefined ? formats[key] : CALENDAR[key];
  if (typeof f === 'function') f = f.call(this, now);
  return this.format(f);
};
var CALENDAR = {
  sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT',
  lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L'
};

// ---- durations

function Duration(o) {
  o = normalizeObjectUnits(o || {});
  var y = o.year || 0, q = o.quarter || 0, M = o.month || 0, w = o.week || o.isoWeek || 0, d = o.day || 0,
    h = o.hour || 0, m = o.minute || 0, s = o.second || 0, ms = o.millisecond || 0;
  this._isValid = [y, q, M, w, d, h, m, s, ms].every(function (v) { return !isNaN(+v) && (typeof v !== 'object' || v === null); });
  this._milliseconds = +ms + s * 1e3 + m * 6e4 + h * 36e5;
  this._days = +d + w * 7;
  this._months = +M + q * 3 + y * 12;
  this._data = {};
  this._locale = 'en';
  this._isADuration = true;
  this._bubble();
}
var dproto = Duration.prototype;
function isDuration(v) { return v instanceof Duration; }
function daysToMonths(days) { return (days * 4800) / 146097; }
function monthsToDays(months) { return (months * 146097) / 4800; }
dproto._bubble = function () {
  var ms = this._milliseconds, days = this._days, months = this._months, data = this._data;
  if (!((ms >= 0 && days >= 0 && months >= 0) || (ms <= 0 && days <= 0 && months <= 0))) {
    ms += absCeil(monthsToDays(months) + days) * MS_DAY;
    days = 0;
    months = 0;
  }
  data.milliseconds = ms % 1000;
  var seconds = absFloor(ms / 1000);
  data.seconds = seconds % 60;
  var minutes = absFloor(seconds / 60);
  data.minutes = minutes % 60;
  var hours = absFloor(minutes / 60);
  data.hours = hours % 24;
  days += absFloor(hours / 24);
  var fromDays = absFloor(daysToMonths(days));
  months += fromDays;
  days -= absCeil(monthsToDays(fromDays));
  data.days = days;
  data.months = months % 12;
  data.years = absFloor(months / 12);
};
dproto.as = function (units) {
  if (!this._isValid) return NaN;
  units = normalizeUnits(units);
  var days, months, ms = this._milliseconds;
  if (units === 'month' || units === 'quarter' || units === 'year') {
    days = this._days + ms / MS_DAY;
    months = this._months + daysToMonths(days);
    return units === 'month' ? months : units === 'quarter' ? months / 3 : months / 12;
  }
  days = this._days + Math.round(monthsToDays(this._months));
  switch (units) {
    case 'week': return days / 7 + ms / MS_WEEK;
    case 'day': return days + ms / MS_DAY;
    case 'hour': return days * 24 + ms / MS_HOUR;
    case 'minute': return days * 1440 + ms / MS_MIN;
    case 'second': return days * 86400 + ms / 1000;
    case 'millisecond': return Math.floor(days * MS_DAY) + ms;
  }
  throw new Error('Unknown unit ' + units);
};
['Milliseconds:ms', 'Seconds:s', 'Minutes:m', 'Hours:h', 'Days:d', 'Weeks:w', 'Months:M', 'Quarters:Q', 'Years:y'].forEach(function (p) {
  var kv = p.split(':');
  dproto['as' + kv[0]] = function () { return this.as(kv[1]); };
});
['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (k) {
  dproto[k] = function () { return this._isValid ? this._data[k] : NaN; };
});
dproto.weeks = function () { return absFloor(this.days() / 7); };
dproto.get = function (units) {
  units = normalizeUnits(units);
  return this._isValid && this[units + 's'] ? this[units + 's']() : NaN;
};
dproto.valueOf = function () { return this.as('ms'); };
dproto.add = function (a, b) { return durationAddSubtract(this, a, b, 1); };
dproto.subtract = function (a, b) { return durationAddSubtract(this, a, b, -1); };
function durationAddSubtract(d, a, b, sign) {
  var o = createDuration(a, b);
  d._milliseconds += sign * o._milliseconds;
  d._days += sign * o._days;
  d._months += sign * o._months;
  d._bubble();
  return d;
}
dproto.abs = function () {
  this._milliseconds = Math.abs(this._milliseconds);
  this._days = Math.abs(this._days);
  this._months = Math.abs(this._months);
  this._bubble();
  return this;
};
dproto.clone = function () { return createDuration(this); };
dproto.isValid = function () { return this._isValid; };
dproto.locale = function (key) { return key === undefined ? this._locale : this; };
dproto.localeData = function () { return localeData; };
dproto.humanize = function (withSuffix, th) {
  if (!this._isValid) return 'Invalid date';
  var ws = false, t = thresholds;
  if (typeof withSuffix === 'object') { th = withSuffix; withSuffix = false; }
  if (typeof withSuffix === 'boolean') ws = withSuffix;
  if (typeof th === 'object') {
    t = Object.assign({}, thresholds, th);
    if (th.s != null && th.ss == null) t.ss = th.s - 1;
  }
  var out = humanizeDuration(this, t);
  if (ws) out = (+this > 0 ? RELATIVE.future : RELATIVE.past).replace(/%s/i, out);
  return out;
};
function sign(x) { return (x > 0) - (x < 0) || +x; }
dproto.toISOString = function () {
  if (!this._isValid) return 'Invalid date';
  var seconds = Math.abs(this._milliseconds) / 1000, days = Math.abs(this._days), months = Math.abs(this._months),
    total = this.asSeconds();
  if (!total) return 'P0D';
  var minutes = absFloor(seconds / 60), hours = absFloor(minutes / 60);
  seconds %= 60;
  minutes %= 60;
  var years = absFloor(months / 12);
  months %= 12;
  var s = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
  var ts = total < 0 ? '-' : '', ym = sign(this._months) !== sign(total) ? '-' : '',
    ds = sign(this._days) !== sign(total) ? '-' : '', hs = sign(this._milliseconds) !== sign(total) ? '-' : '';
  return ts + 'P' + (years ? ym + years + 'Y' : '') + (months ? ym + months + 'M' : '') + (days ? ds + days + 'D' : '') +
    (hours || minutes || seconds ? 'T' : '') + (hours ? hs + hours + 'H' : '') + (minutes ? hs + minutes + 'M' : '') + (seconds ? hs + s + 'S' : '');
};
dproto.toJSON = dproto.toString = dproto.toIsoString = dproto.toISOString;

var ASPNET_DURATION = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/;
var ISO_DURATION = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
function isoPart(s, sgn) {
  var n = s && parseFloat(s.replace(',', '.'));
  return (isNaN(n) ? 0 : n) * sgn;
}
function createDuration(input, key) {
  var o = {}, match;
  if (isDuration(input)) {
    var d = new Duration({ ms: input._milliseconds, d: input._days, M: input._months });
    d._isValid = input._isValid;
    return d;
  }
  if (isNumber(input) || !isNaN(+input) && typeof input !== 'object' && input !== '' && input !== undefined && input !== null && typeof input !== 'boolean') {
    if (key) o[key] = +input;
    else o.milliseconds = +input;
  } else if (isString(input) && (match = ASPNET_DURATION.exec(input))) {
    var sg = match[1] === '-' ? -1 : 1;
    o = { y: 0, d: toInt(match[2]) * sg, h: toInt(match[3]) * sg, m: toInt(match[4]) * sg, s: toInt(match[5]) * sg, ms: toInt(absRound(match[6] * 1000)) * sg };
  } else if (isString(input) && (match = ISO_DURATION.exec(input))) {
    var sgn = match[1] === '-' ? -1 : 1;
    o = { y: isoPart(match[2], sgn), M: isoPart(match[3], sgn), w: isoPart(match[4], sgn), d: isoPart(match[5], sgn),
      h: isoPart(match[6], sgn), m: isoPart(match[7], sgn), s: isoPart(match[8], sgn) };
  } else if (input == null) {
    o = {};
  } else if (typeof input === 'object' && ('from' in input || 'to' in input)) {
    var diff = momentsDifference(toMoment(input.from), toMoment(input.to));
    o = { ms: diff.milliseconds, M: diff.months };
  } else if (typeof input === 'object') {
    o = input;
  }
  return new Duration(o);
}
function momentsDifference(base, other) {
  if (!(base._isValid && other._isValid)) return { milliseconds: 0, months: 0 };
  other = cloneWithOffset(other, base);
  var res;
  if (base.isBefore(other)) res = positiveDifference(base, other);
  else {
    res = positiveDifference(other, base);
    res.milliseconds = -res.milliseconds;
    res.months = -res.months;
  }
  return res;
}
function positiveDifference(base, other) {
  var months = other.month() - base.month() + (other.year() - base.year()) * 12;
  if (base.clone().add(months, 'M').isAfter(other)) --months;
  return { months: months, milliseconds: +other - +base.clone().add(months, 'M') };
}

// ---- parsing

var ISO_EXTENDED = /^\s*((?:[+-]\d{6}|\d{4})-(?:\d\d-\d\d|W\d\d-\d|W\d\d|\d\d\d|\d\d))(?:(T| )(\d\d(?::\d\d(?::\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$/;
var ISO_BASIC = /^\s*((?:[+-]\d{6}|\d{4})(?:\d\d\d\d|W\d\d\d|W\d\d|\d\d\d|\d\d|))(?:(T| )(\d\d(?:\d\d(?:\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$/;
var ISO_DATES = [
  ['YYYYYY-MM-DD', /[+-]\d{6}-\d\d-\d\d/], ['YYYY-MM-DD', /\d{4}-\d\d-\d\d/], ['GGGG-[W]WW-E', /\d{4}-W\d\d-\d/],
  ['GGGG-[W]WW', /\d{4}-W\d\d/, false], ['YYYY-DDD', /\d{4}-\d{3}/], ['YYYY-MM', /\d{4}-\d\d/, false],
  ['YYYYYYMMDD', /[+-]\d{10}/], ['YYYYMMDD', /\d{8}/], ['GGGG[W]WWE', /\d{4}W\d{3}/], ['GGGG[W]WW', /\d{4}W\d{2}/, false],
  ['YYYYDDD', /\d{7}/], ['YYYYMM', /\d{6}/, false], ['YYYY', /\d{4}/, false]
];
var ISO_TIMES = [
  ['HH:mm:ss.SSSS', /\d\d:\d\d:\d\d\.\d+/], ['HH:mm:ss,SSSS', /\d\d:\d\d:\d\d,\d+/], ['HH:mm:ss', /\d\d:\d\d:\d\d/],
  ['HH:mm', /\d\d:\d\d/], ['HHmmss.SSSS', /\d\d\d\d\d\d\.\d+/], ['HHmmss,SSSS', /\d\d\d\d\d\d,\d+/], ['HHmmss', /\d\d\d\d\d\d/],
  ['HHmm', /\d\d\d\d/], ['HH', /\d\d/]
];
// isoFormat finds the format an ISO 8601 string is written in, or null.
function isoFormat(s) {
  var match = ISO_EXTENDED.exec(s) || ISO_BASIC.exec(s), i, date, time = '', tz = '';
  if (!match) return null;
  for (i = 0; i < ISO_DATES.length; i++) {
    if (ISO_DATES[i][1].exec(match[1])) { date = ISO_DATES[i][0]; break; }
  }
  if (date === undefined) return null;
  if (match[3]) {
    for (i = 0; i < ISO_TIMES.length; i++) {
      if (ISO_TIMES[i][1].exec(match[3])) { time = (match[2] || ' ') + ISO_TIMES[i][0]; break; }
    }
    if (!time) return null;
  }
  if (match[4]) tz = 'Z';
  return date + time + tz;
}

var RFC2822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\d{4}))$/;
var NAMED_OFFSETS = { UT: 0, GMT: 0, EDT: -4 * 60, EST: -5 * 60, CDT: -5 * 60, CST: -6 * 60, MDT: -6 * 60, MST: -7 * 60, PDT: -7 * 60, PST: -8 * 60 };
function parseRFC2822(s) {
  var m = RFC2822.exec(s.replace(/\([^()]*\)|[\n\t]/g, ' ').replace(/(\s\s+)/g, ' ').replace(/^\s\s*/, '').replace(/\s\s*$/, ''));
  if (!m) return null;
  var y = parseInt(m[4], 10);
  if (y <= 49) y += 2000; else if (y <= 999) y += 1900;
  var M = MONTHS_SHORT.indexOf(m[3]), d = parseInt(m[2], 10);
  var ms = utcMs(y, M, d, parseInt(m[5], 10), parseInt(m[6], 10), m[7] ? parseInt(m[7], 10) : 0);
  var check = new Date(ms);
  if (m[1] && WEEKDAYS_SHORT.indexOf(m[1]) !== check.getUTCDay()) return { ms: NaN };
  var off;
  if (m[8]) off = NAMED_OFFSETS[m[8]];
  else if (m[9]) off = 0;
  else { var hm = parseInt(m[10], 10), h = (hm - (hm % 100)) / 100; off = h * 60 + (hm % 100); }
  return { ms: ms - off * MS_MIN, tzm: off };
}

var PARSE_TOKENS = /(\[[^\[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
var MONTH_NAME = /January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/i;
var WEEKDAY_NAME = /Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tue|Wed|Thu|Fri|Sat|Su|Mo|Tu|We|Th|Fr|Sa/i;
// tokenRegex is [lenient, strict] for each token a format may hold.
function tokenRegex(tok) {
  switch (tok) {
    case 'M': case 'D': case 'h': case 'k': case 'w': case 'W':
      return [/\d\d?/, /[1-9]\d?/];
    case 'H': case 'm': case 's':
      return [/\d\d?/, /\d\d?/];
    case 'd': case 'e': case 'E':
      return [/\d/, /\d/];
    case 'MM': case 'DD': case 'HH': case 'hh': case 'kk': case 'mm': case 'ss': case 'ww': case 'WW': case 'gg': case 'GG':
      return [/\d\d?/, /\d\d/];
    case 'MMM': case 'MMMM': return [MONTH_NAME, tok === 'MMM' ? /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/ : /January|February|March|April|May|June|July|August|September|October|November|December/];
    case 'Do': return [/\d{1,2}(?:st|nd|rd|th)?/, /\d{1,2}(?:st|nd|rd|th)/];
    case 'DDD': return [/\d{1,3}/, /\d{1,3}/];
    case 'DDDD': return [/\d{1,3}/, /\d{3}/];
    case 'YYYY': case 'gggg': case 'GGGG': return [/\d{1,4}/, /\d{4}/];
    case 'YY': return [/\d\d?/, /\d\d/];
    case 'YYYYY': case 'YYYYYY': return [/[+-]?\d{1,6}/, tok === 'YYYYY' ? /\d{5}/ : /[+-]\d{6}/];
    case 'Y': return [/[+-]?\d+/, /[+-]?\d+/];
    case 'Q': return [/\d/, /\d/];
    case 'a': case 'A': return [/[ap]\.?m?\.?/i, /[ap]\.?m?\.?/i];
    case 'Z': case 'ZZ': return [/Z|[+-]\d\d(?::?\d\d)?/i, /Z|[+-]\d\d(?::?\d\d)?/i];
    case 'X': return [/[+-]?\d+(\.\d{1,3})?/, /[+-]?\d+(\.\d{1,3})?/];
    case 'x': return [/[+-]?\d+/, /[+-]?\d+/];
    case 'dd': case 'ddd': case 'dddd': return [WEEKDAY_NAME, WEEKDAY_NAME];
    case 'S': return [/\d/, /\d/];
    case 'SS': return [/\d\d?/, /\d\d/];
    case 'SSS': return [/\d{1,3}/, /\d{3}/];
    case 'Hmm': case 'hmm': return [/\d{3,4}/, /\d{3,4}/];
    case 'Hmmss': case 'hmmss': return [/\d{5,6}/, /\d{5,6}/];
  }
  if (/^S{4,9}$/.test(tok)) return [/\d+/, /\d+/];
  return null;
}
function escapeRegex(s) { return s.replace(/[-\/\\^$*+?.()|[\]{}]/g, '\\$&'); }

// parseWithFormat reads s as format says, moment's way: leniently, each
// token is looked for anywhere in what is left; strictly, the whole string
// must be the format. It returns the parts, or null when nothing parsed.
function parseWithFormat(s, format, strict) {
  format = expandLongFormats(format);
  var toks = format.match(PARSE_TOKENS) || [], parts = {}, rest = s, parsedAny = false, unusedTokens = 0, i;
  for (i = 0; i < toks.length; i++) {
    var tok = toks[i], lit = null, re;
    if (tok.charAt(0) === '[' && tok.length > 1 && tok.charAt(tok.length - 1) === ']') lit = tok.slice(1, -1);
    else if (tok.charAt(0) === '\\' && tok.length > 1) lit = tok.slice(1);
    var rx = lit === null ? tokenRegex(tok) : null;
    if (rx) re = rx[strict ? 1 : 0];
    else re = new RegExp(escapeRegex(lit === null ? tok : lit));
    var m = rest.match(strict ? new RegExp('^(?:' + re.source + ')', re.flags) : re);
    if (!m) {
      if (rx) unusedTokens++;
      if (strict) return { invalid: true };
      continue;
    }
    var at = rest.indexOf(m[0]);
    if (strict && at !== 0) return { invalid: true };
    rest = rest.slice(at + m[0].length);
    if (rx) {
      parsedAny = true;
      setPart(parts, tok, m[0], strict);
    }
  }
  if (strict && rest.length > 0) return { invalid: true };
  if (!parsedAny) return null;
  return parts;
}
function setPart(p, tok, v, strict) {
  switch (tok) {
    case 'M': case 'MM': p.M = toInt(v) - 1; break;
    case 'MMM': case 'MMMM': p.M = parseMonthName(v); if (p.M === undefined) p.invalid = true; break;
    case 'D': case 'DD': case 'Do': p.D = toInt(v.match(/\d{1,2}/)[0]); break;
    case 'DDD': case 'DDDD': p.DDD = toInt(v); break;
    case 'YYYY': p.Y = v.length === 2 ? twoDigitYear(v) : toInt(v); break;
    case 'YY': p.Y = twoDigitYear(v); break;
    case 'Y': case 'YYYYY': case 'YYYYYY': p.Y = toInt(v); break;
    case 'Q': p.M = (toInt(v) - 1) * 3; break;
    case 'H': case 'HH': case 'k': case 'kk': p.h = toInt(v); break;
    case 'h': case 'hh': p.h = toInt(v); p.bigHour = strict; break;
    case 'm': case 'mm': p.m = toInt(v); break;
    case 's': case 'ss': p.s = toInt(v); break;
    case 'a': case 'A': p.pm = v.toLowerCase().charAt(0) === 'p'; break;
    case 'Z': case 'ZZ': p.tzm = offsetFromString(v); break;
    case 'GGGG': p.GG = toInt(v); break;
    case 'W': case 'WW': p.W = toInt(v); break;
    case 'E': p.E = toInt(v); break;
    case 'X': p.ms = parseFloat(v) * 1000; break;
    case 'x': p.ms = toInt(v); break;
    case 'Hmm': case 'hmm': p.h = toInt(v.slice(0, v.length - 2)); p.m = toInt(v.slice(-2)); break;
    case 'Hmmss': case 'hmmss': p.h = toInt(v.slice(0, v.length - 4)); p.m = toInt(v.slice(-4, -2)); p.s = toInt(v.slice(-2)); break;
    default:
      if (/^S+$/.test(tok)) p.S = toInt(('0.' + v) * 1000);
  }
}
function twoDigitYear(v) { return toInt(v) + (toInt(v) > 68 ? 1900 : 2000); }

// fromParts builds the instant from parsed parts: date parts missing
// before the first one given are today's, later ones their least value.
function fromParts(p) {
  if (p.invalid) return NaN;
  if (p.ms !== undefined) return p.ms;
  var now = new Date(Date.now()), given = [p.Y, p.M, p.D], def = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
  var a = [], i = 0;
  if (p.W !== undefined || p.GG !== undefined) {
    var wy = p.GG !== undefined ? p.GG : def[0], wd = p.E !== undefined ? p.E : 1;
    if (p.W < 1 || p.W > weeksInYear(wy, 1, 4) || wd < 1 || wd > 7) return NaN;
    var wdate = new Date(utcMs(wy, 0, 1 + 7 * ((p.W || 1) - 1) + (6 + wd) % 7 + firstWeekOffset(wy, 1, 4)));
    given = [wdate.getUTCFullYear(), wdate.getUTCMonth(), wdate.getUTCDate()];
  } else if (p.DDD !== undefined && p.M === undefined && p.D === undefined) {
    var y = p.Y !== undefined ? p.Y : def[0];
    if (p.DDD < 1 || p.DDD > daysInYear(y)) return NaN;
    var dd = new Date(utcMs(y, 0, p.DDD));
    given = [y, dd.getUTCMonth(), dd.getUTCDate()];
  }
  for (; i < 3 && given[i] === undefined; i++) a[i] = def[i];
  for (; i < 3; i++) a[i] = given[i] === undefined ? (i === 2 ? 1 : 0) : given[i];
  var h = p.h || 0, m = p.m || 0, s = p.s || 0, ms = p.S || 0;
  if (p.pm !== undefined) {
    if (p.pm && h < 12) h += 12;
    if (!p.pm && h === 12) h = 0;
  }
  if (a[1] < 0 || a[1] > 11 || a[2] < 1 || a[2] > daysInMonth(a[0], a[1]) || h < 0 || h > 24 ||
    (h === 24 && (m !== 0 || s !== 0 || ms !== 0)) || m < 0 || m > 59 || s < 0 || s > 59 || ms < 0 || ms > 999) return NaN;
  if (p.bigHour && (h < 1 || h > 12)) return NaN;
  var t = utcMs(a[0], a[1], a[2], h, m, s, ms);
  if (p.tzm != null) t -= p.tzm * MS_MIN;
  return t;
}

function createMoment(input, format, locale, strict, utc) {
  if (typeof locale === 'boolean') { strict = locale; locale = undefined; }
  var m;
  if (isMoment(input)) {
    m = copyMoment(input);
    if (utc) m.utc();
    return m;
  }
  var ms, tzm;
  if (input === undefined) ms = Date.now();
  else if (input === null || input === '') ms = NaN;
  else if (isDate(input)) ms = input.getTime();
  else if (Array.isArray(input)) ms = fromArray(input);
  else if (isNumber(input)) ms = +input;
  else if (isString(input)) {
    input = String(input);
    var parsed;
    if (format !== undefined && format !== null) parsed = parseFormats(input, format, strict);
    else parsed = parseString(input);
    ms = parsed.ms;
    tzm = parsed.tzm;
  } else if (typeof input === 'object') {
    var o = normalizeObjectUnits(input);
    ms = fromArray([o.year, o.month, o.day === undefined ? o.date : o.day, o.hour, o.minute, o.second, o.millisecond], true);
  } else {
    ms = NaN;
  }
  m = new Moment(ms, utc, 0);
  m._i = input;
  if (tzm !== undefined && tzm !== null) m._tzm = tzm;
  return m;
}
function fromArray(a, objectForm) {
  if (!objectForm && a.length === 0) return Date.now();
  var p = {};
  if (a[0] !== undefined) p.Y = toInt(a[0]);
  if (a[1] !== undefined) p.M = toInt(a[1]);
  if (a[2] !== undefined) p.D = toInt(a[2]);
  if (a[3] !== undefined) p.h = toInt(a[3]);
  if (a[4] !== undefined) p.m = toInt(a[4]);
  if (a[5] !== undefined) p.s = toInt(a[5]);
  if (a[6] !== undefined) p.S = toInt(a[6]);
  return fromParts(p);
}
function parseString(s) {
  var f = isoFormat(s);
  if (f) {
    var p = parseWithFormat(s, f, false);
    if (p && !p.invalid) return { ms: fromParts(p), tzm: p.tzm };
    return { ms: NaN };
  }
  var r = parseRFC2822(s);
  if (r) return r;
  // moment falls back to Date's own parser for anything else. A string
  // without a zone is read as local time, which here is UTC whatever the
  // engine's zone is; long runs of digits are no date, as in V8.
  if (/^\s*\d{7,}\s*$/.test(s)) return { ms: NaN };
  var d = new Date(s);
  if (isNaN(d.getTime()) || /(?:\d|\s)(?:Z|GMT|UTC|UT|[ECMP][SD]T)\b|[+-]\d\d:?\d\d\s*(?:\(.*\))?\s*$/i.test(s)) return { ms: d.getTime() };
  return { ms: utcMs(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()) };
}
function parseFormats(s, format, strict) {
  if (format === hooks.ISO_8601) return parseISOOnly(s);
  if (format === hooks.RFC_2822) return parseRFC2822(s) || { ms: NaN };
  var formats = Array.isArray(format) ? format : [format], best = { ms: NaN };
  for (var i = 0; i < formats.length; i++) {
    var f = formats[i];
    if (f === hooks.ISO_8601) { var iso = parseISOOnly(s); if (!isNaN(iso.ms)) return iso; continue; }
    var p = parseWithFormat(s, String(f), !!strict);
    if (!p || p.invalid) continue;
    var ms = fromParts(p);
    if (!isNaN(ms)) return { ms: ms, tzm: p.tzm };
  }
  return best;
}
function parseISOOnly(s) {
  var f = isoFormat(s);
  if (!f) return { ms: NaN };
  var p = parseWithFormat(s, f, false);
  return p && !p.invalid ? { ms: fromParts(p), tzm: p.tzm } : { ms: NaN };
}

// ---- the module

function hooks(input, format, locale, strict) { return createMoment(input, format, locale, strict, false); }
hooks.utc = function (input, format, locale, strict) { return createMoment(input, format, locale, strict, true); };
hooks.unix = function (s) { return createMoment(s * 1000); };
hooks.parseZone = function () { return hooks.apply(null, arguments).parseZone(); };
hooks.invalid = invalid;
hooks.isMoment = isMoment;
hooks.isDate = isDate;
hooks.isDuration = isDuration;
hooks.duration = createDuration;
hooks.now = function () { return Date.now ? Date.now() : +new Date(); };
hooks.min = function () { return pickBy('isBefore', arguments); };
hooks.max = function () { return pickBy('isAfter', arguments); };
function pickBy(fn, args) {
  var list = args.length === 1 && Array.isArray(args[0]) ? args[0] : Array.prototype.slice.call(args);
  if (!list.length) return createMoment();
  var res = toMoment(list[0]);
  for (var i = 1; i < list.length; i++) {
    var m = toMoment(list[i]);
    if (!m.isValid() || m[fn](res)) res = m;
  }
  return res;
}
hooks.normalizeUnits = normalizeUnits;
hooks.version = '2.30.1';
hooks.ISO_8601 = function () {};
hooks.RFC_2822 = function () {};
hooks.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
hooks.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
hooks.HTML5_FMT = {
  DATETIME_LOCAL: 'YYYY-MM-DDTHH:mm', DATETIME_LOCAL_SECONDS: 'YYYY-MM-DDTHH:mm:ss', DATETIME_LOCAL_MS: 'YYYY-MM-DDTHH:mm:ss.SSS',
  DATE: 'YYYY-MM-DD', TIME: 'HH:mm', TIME_SECONDS: 'HH:mm:ss', TIME_MS: 'HH:mm:ss.SSS', WEEK: 'GGGG-[W]WW', MONTH: 'YYYY-MM'
};
hooks.fn = proto;
hooks.momentProperties = [];
hooks.suppressDeprecationWarnings = false;
hooks.deprecationHandler = null;
hooks.locale = function () { return 'en'; };
hooks.lang = hooks.locale;
hooks.locales = function () { return ['en']; };
hooks.defineLocale = hooks.updateLocale = function () { return localeData; };
var localeData = {
  months: function (m) { return m ? MONTHS[m.month()] : MONTHS.slice(); },
  monthsShort: function (m) { return m ? MONTHS_SHORT[m.month()] : MONTHS_SHORT.slice(); },
  weekdays: function (m) { return m ? WEEKDAYS[m.day()] : WEEKDAYS.slice(); },
  weekdaysShort: function (m) { return m ? WEEKDAYS_SHORT[m.day()] : WEEKDAYS_SHORT.slice(); },
  weekdaysMin: function (m) { return m ? WEEKDAYS_MIN[m.day()] : WEEKDAYS_MIN.slice(); },
  longDateFormat: function (k) { return LONG_FORMATS[k]; },
  ordinal: ordinal,
  firstDayOfWeek: function () { return 0; },
  firstDayOfYear: function () { return 6; },
  isPM: function (s) { return (s + '').toLowerCase().charAt(0) === 'p'; },
  meridiem: function (h, m, lower) { return h > 11 ? (lower ? 'pm' : 'PM') : (lower ? 'am' : 'AM'); }
};
hooks.localeData = function () { return localeData; };
hooks.months = function () { return MONTHS.slice(); };
hooks.monthsShort = function () { return MONTHS_SHORT.slice(); };
hooks.weekdays = function () { return WEEKDAYS.slice(); };
hooks.weekdaysShort = function () { return WEEKDAYS_SHORT.slice(); };
hooks.weekdaysMin = function () { return WEEKDAYS_MIN.slice(); };
hooks.relativeTimeThreshold = function (unit, limit) {
  if (thresholds[unit] === undefined) return false;
  if (limit === undefined) return thresholds[unit];
  thresholds[unit] = limit;
  if (unit === 's') thresholds.ss = limit - 1;
  return true;
};
hooks.relativeTimeRounding = function (fn) {
  if (fn === undefined) return rounding;
  if (typeof fn === 'function') { rounding = fn; return true; }
  return false;
};
hooks.calendarFormat = function (m, now) {
  var diff = m.diff(now, 'days', true);
  return diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
};
hooks.prototype = proto;
module.exports = hooks;
