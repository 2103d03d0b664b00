// Regenerates cases_test.go from real moment 2.30.1 (the version
// postman-sandbox 4.7.1 bundles), in UTC with a frozen clock:
//   npm install --prefix /tmp/oracle moment@2.30.1
//   TZ=UTC NODE_PATH=/tmp/oracle/node_modules node testdata/gen.js > cases_test.go && gofmt -w cases_test.go
var NOW = 1700000000123; // 2023-11-14T22:13:20.123Z, a Tuesday
Date.now = function () { return NOW; };
var moment = require('moment');

var fmts = ['YYYY-MM-DD HH:mm:ss.SSS', 'YY M D H m s S SS', 'Do MMM MMMM ddd dddd dd d', 'A a h hh k kk', 'Z ZZ X x',
  'DDD DDDD DDDo w ww wo W WW Wo e E Q Qo gggg GGGG', '[Today is] dddd [at] LT', 'LTS L LL LLL LLLL l ll lll llll',
  'YYYYYY YYYYY Y', 'Hmm Hmmss hmm hmmss', 'z zz', 'SSSS SSSSSS SSSSSSSSS', 'MMMM Mo', '\\Y\\Y YYYY [[x]]', 'hh:mm a', 'N NNNN'];
var dates = ["'2024-02-29T13:05:09.007Z'", "'2023-01-01T00:00:00Z'", "'1999-12-31T23:59:59.999Z'", "'2021-07-04T12:00:00+05:30'", "0", "'0099-03-04T05:06:07Z'"];
var cases = [];
dates.forEach(function (d) {
  fmts.forEach(function (f) { cases.push('moment.utc(' + d + ').format(' + JSON.stringify(f) + ')'); });
  cases.push('moment(' + d + ').format()', 'moment.utc(' + d + ').format()', 'moment(' + d + ').toISOString()',
    'moment(' + d + ').toString()', 'JSON.stringify(moment(' + d + '))', 'moment(' + d + ').valueOf()', 'moment(' + d + ').unix()',
    'moment(' + d + ').toArray().join()', 'JSON.stringify(moment(' + d + ').toObject())',
    'moment.parseZone(' + d + ').format()', 'moment(' + d + ').utcOffset(330).format()', 'moment(' + d + ').utcOffset("-08:00").format("YYYY-MM-DD HH:mm Z")',
    'moment(' + d + ').utcOffset(-3).utcOffset()', 'moment(' + d + ').utcOffset(120, true).toISOString()',
    '[moment(' + d + ').isUtc(), moment.utc(' + d + ').isUtc(), moment(' + d + ').isLocal(), moment(' + d + ').utc().isUTC()].join()',
    'moment(' + d + ').week() + "/" + moment(' + d + ').isoWeek() + "/" + moment(' + d + ').weekYear() + "/" + moment(' + d + ').isoWeekYear()',
    'moment(' + d + ').dayOfYear() + "/" + moment(' + d + ').quarter() + "/" + moment(' + d + ').daysInMonth() + "/" + moment(' + d + ').isLeapYear()',
    'moment(' + d + ').weeksInYear() + "/" + moment(' + d + ').isoWeeksInYear()');
  ['year', 'quarter', 'month', 'week', 'isoWeek', 'day', 'date', 'hour', 'minute', 'second'].forEach(function (u) {
    cases.push('moment(' + d + ').startOf("' + u + '").toISOString() + " " + moment(' + d + ').endOf("' + u + '").toISOString()');
  });
  cases.push('moment(' + d + ').utcOffset(330).startOf("day").format() + " " + moment(' + d + ').utcOffset(330).endOf("hour").format()');
});
// parsing without a format
['2024-02-29', '2024-02-30', '2024-13-01', '2024-02', '2024', '20240229', '2024-060', '2024-W09', '2024-W09-4', '2024-02-29T10',
  '2024-02-29T10:20', '2024-02-29 10:20:30', '2024-02-29T10:20:30.5', '2024-02-29T10:20:30,123456', '2024-02-29T24:00:00',
  '2024-02-29T24:00:01', '2024-02-29T10:20:30+0100', '2024-02-29T10:20:30-03', '2024-02-29T10:20:30 Z', '20240229T102030',
  '+002024-02-29', '  2024-02-29', 'Thu, 29 Feb 2024 10:20:30 GMT', 'Thu, 29 Feb 2024 10:20:30 +0200', 'Fri, 29 Feb 2024 10:20:30 GMT',
  '29 Feb 24 10:20 PST', '2024-02-29T10:20:60', 'not a date', '',
  // Date's own parser, which moment falls back to
  '12/25/2020', 'December 25, 2020', '2020/12/25', 'Fri Dec 25 2020 10:00:00 GMT+0000', 'Dec 25 2020', '25 Dec 2020',
  '12/25/2020 10:30:00', 'Fri, 25 Dec 2020 10:00:00', 'Dec 25, 2020 10:00 AM', '1608890400000',
  'Thu Nov 26 2026 05:52:46 GMT+0530 (India Standard Time)'].forEach(function (s) {
  cases.push('var m = moment(' + JSON.stringify(s) + '); m.isValid() + " " + m.format("YYYY-MM-DDTHH:mm:ss.SSSZ")');
  cases.push('moment.parseZone(' + JSON.stringify(s) + ').format()');
});
// parsing with a format
[['25/12/2020', 'DD/MM/YYYY'], ['25/12/2020', 'MM/DD/YYYY'], ['2020-12-25', 'YYYY-MM-DD', true], ['2020-12-25x', 'YYYY-MM-DD', true],
  ['2020-12-25x', 'YYYY-MM-DD'], ['20-1-5', 'YY-M-D'], ['69-1-5', 'YY-M-D'], ['68-1-5', 'YY-M-D'], ['Dec 25, 2020', 'MMM D, YYYY'],
  ['December 25th 2020 3:04 pm', 'MMMM Do YYYY h:mm a'], ['12:30 AM', 'hh:mm A'], ['12:30 PM', 'hh:mm A'], ['13:30', 'HH:mm'],
  ['2020-12-25 10:00 +0530', 'YYYY-MM-DD HH:mm Z'], ['2020-12-25 10:00 -05:00', 'YYYY-MM-DD HH:mm ZZ'], ['1700000000', 'X'],
  ['1700000000.5', 'X'], ['1700000000123', 'x'], ['2020/02/30', 'YYYY/MM/DD'], ['abc', 'YYYY-MM-DD'], ['2020 to 12', 'YYYY [to] MM'],
  ['12-25', 'MM-DD'], ['10:20', 'HH:mm'], ['2020-12-25T10:20:30.123', 'YYYY-MM-DDTHH:mm:ss.SSS'], ['1/2/2020', 'M/D/YYYY', true],
  ['01/02/2020', 'M/D/YYYY', true], ['2020-12-25', ['DD/MM/YYYY', 'YYYY-MM-DD']], ['Q3 2020', '[Q]Q YYYY'], ['2020 123', 'YYYY DDDD'],
  ['Fri 2020-12-25', 'ddd YYYY-MM-DD'], ['2020-12-25 5', 'YYYY-MM-DD H'], ['2020-12-25 25', 'YYYY-MM-DD HH'], ['13:00', 'h:mm'],
  ['2020.12.25', 'YYYY-MM-DD'], ['2020-12-25', 'YYYY-MM-DD HH:mm'], ['2020-12-25', 'YYYY-MM-DD HH:mm', true]].forEach(function (c) {
  var args = JSON.stringify(c[0]) + ', ' + JSON.stringify(c[1]) + (c[2] ? ', true' : '');
  cases.push('var m = moment(' + args + '); m.isValid() + " " + m.format("YYYY-MM-DDTHH:mm:ss.SSSZ")');
  cases.push('moment.utc(' + args + ').format()');
});
cases.push(
  'moment().format()', 'moment().valueOf()', 'moment.utc().format()', 'moment().toISOString()', 'moment.unix(1600000000).format()',
  'moment.unix(1600000000.5).valueOf()', 'moment(1600000000000).format()', 'moment(new Date(1600000000000)).toISOString()',
  'moment([2020, 1, 29, 10, 20, 30, 400]).toISOString()', 'moment([2020]).toISOString()', 'moment([2020, 1, 30]).isValid()', 'moment([]).format()',
  'moment({year: 2020, month: 3, day: 5, hour: 6}).toISOString()', 'moment({hour: 6, minute: 7}).toISOString()', 'moment({y: 2019, M: 11, d: 31}).format()',
  'moment(null).isValid()', 'moment(undefined).isValid()', 'moment(NaN).isValid()', 'moment(moment.utc(0)).format()', 'moment.utc(moment(0)).format()',
  'moment.invalid().isValid() + moment.invalid().format() + moment.invalid().toISOString() + JSON.stringify(moment.invalid())',
  'moment.invalid().valueOf() + " " + moment.invalid().year() + " " + moment.invalid().add(1, "d").isValid()',
  'moment("2020-01-31").add(1, "month").format("YYYY-MM-DD")', 'moment("2020-02-29").add(1, "y").format("YYYY-MM-DD")',
  'moment("2020-02-29").subtract(1, "years").format("YYYY-MM-DD")', 'moment("2020-03-31").subtract(1, "M").format("YYYY-MM-DD")',
  'moment("2020-01-01").add(1.5, "days").format()', 'moment("2020-01-01").add(1.5, "hours").format()', 'moment("2020-01-01").add(2.5, "months").format()',
  'moment("2020-01-01").add(1, "Q").format()', 'moment("2020-01-01").add(2, "w").format()', 'moment("2020-01-01").add(3, "d").add(4, "h").add(5, "m").add(6, "s").add(7, "ms").toISOString()',
  'moment("2020-01-01").add({days: 2, hours: 3}).format()', 'moment("2020-01-01").add(moment.duration(90, "minutes")).format()',
  'moment("2020-01-01").add("days", 2).format()', 'moment("2020-01-01").add("2", "days").format()', 'moment("2020-01-01").add(1000).toISOString()',
  'moment("2020-01-01").add(1, "D").format()', 'moment("2020-01-01").add(1, "weeks").format()', 'moment("2020-01-01").add(-1, "days").format()',
  'moment("2020-01-01").subtract({months: 1, days: 1}).format()', 'moment("2020-01-01").add(1, "isoWeek").format()', 'moment("2020-01-01").add(1, "bogus").format()',
  'moment.utc("2020-01-01").add(1, "day").format()',
  'var a = moment("2020-01-01"), b = a.add(1, "d"); (a === b) + " " + a.format("YYYY-MM-DD")',
  'var a = moment("2020-01-01"), b = a.clone().add(1, "d"); a.format("YYYY-MM-DD") + " " + b.format("YYYY-MM-DD")',
  'var a = moment("2020-01-31T10:00:00Z"); [a.year(2021).format(), a.month(1).format(), a.date(15).format(), a.hour(25).format(), a.minute(61).format(), a.second(-1).format(), a.millisecond(5).format("SSS")].join(" | ")',
  'moment("2024-02-29").year(2023).format("YYYY-MM-DD")', 'moment("2020-05-31").month("feb").format("YYYY-MM-DD")', 'moment("2020-05-31").month("June").format("YYYY-MM-DD")',
  'moment("2020-05-31").month(13).format("YYYY-MM-DD")', 'moment("2020-05-31").date(0).format("YYYY-MM-DD")', 'moment("2020-05-31").month("x").format("YYYY-MM-DD")',
  'moment("2020-05-27").day(0).format("YYYY-MM-DD") + " " + moment("2020-05-27").day(7).format("YYYY-MM-DD") + " " + moment("2020-05-27").day("Monday").format("YYYY-MM-DD")',
  'moment("2020-05-27").isoWeekday(7).format("YYYY-MM-DD") + " " + moment("2020-05-31").isoWeekday(1).format("YYYY-MM-DD") + " " + moment("2020-05-27").weekday(6).format("YYYY-MM-DD")',
  'moment("2020-05-27").dayOfYear(1).format("YYYY-MM-DD") + " " + moment("2020-05-27").week(1).format("YYYY-MM-DD") + " " + moment("2020-05-27").isoWeek(53).format("YYYY-MM-DD") + " " + moment("2020-05-27").quarter(1).format("YYYY-MM-DD")',
  'moment("2020-05-27T10:11:12").get("hour") + " " + moment("2020-05-27").get("M") + " " + moment("2020-05-27").set("year", 2000).format() + " " + moment("2020-05-27").set({year: 2001, M: 1, D: 3, h: 4}).format()',
  'moment("2020-05-27").year("abc").format() + " " + moment("2020-05-27").date(NaN).format() + " " + moment("2020-05-27").hours("5").format()',
  'moment.utc("2020-05-27T10:11:12.013Z").hours() + moment.utc("2020-05-27T10:11:12.013Z").minutes() + moment.utc("2020-05-27T10:11:12.013Z").seconds() + moment.utc("2020-05-27T10:11:12.013Z").milliseconds()'
);
// diff
[['"2020-03-31"', '"2020-01-31"'], ['"2020-01-31"', '"2020-03-31"'], ['"2020-03-15T12:00:00Z"', '"2020-01-01"'], ['"2021-02-28"', '"2020-02-29"'],
  ['"2020-01-01"', '"2020-01-01T10:30:00Z"'], ['"2020-12-25T10:00:00+05:00"', '"2020-12-24T10:00:00Z"'], ['"2020-05-31"', '"2020-02-29"']].forEach(function (p) {
  ['', 'years', 'months', 'quarters', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'y', 'M', 'd', 'ms'].forEach(function (u) {
    cases.push('moment(' + p[0] + ').diff(moment(' + p[1] + ')' + (u ? ', "' + u + '"' : '') + ') + " " + moment(' + p[0] + ').diff(' + p[1] + (u ? ', "' + u + '"' : ', undefined') + ', true)');
  });
  cases.push('moment(' + p[0] + ').utcOffset(600).diff(moment(' + p[1] + ').utcOffset(-120), "days", true)');
});
cases.push('moment("2020-01-01").diff("garbage")', 'moment("2020-01-01").diff(moment.invalid(), "days")');
// comparisons
var cmp = [['"2020-01-01T10:00:00Z"', '"2020-01-01T11:00:00Z"'], ['"2020-01-01T10:00:00Z"', '"2020-01-01T10:00:00Z"'], ['"2020-01-31"', '"2020-01-01"'], ['"2020-12-31T23:59:59.999Z"', '"2021-01-01"']];
cmp.forEach(function (p) {
  ['', 'year', 'month', 'day', 'hour', 'week', 'isoWeek', 'quarter'].forEach(function (u) {
    var a = 'moment(' + p[0] + ')', b = 'moment(' + p[1] + ')', us = u ? ', "' + u + '"' : '';
    cases.push('[' + ['isBefore', 'isAfter', 'isSame', 'isSameOrBefore', 'isSameOrAfter'].map(function (f) { return a + '.' + f + '(' + b + us + ')'; }).join(', ') + '].join()');
  });
  cases.push('moment(' + p[0] + ').isBefore(' + p[1] + ') + " " + moment(' + p[0] + ').isSame(' + p[1] + ', "days")');
});
['()', '[]', '[)', '(]'].forEach(function (inc) {
  cases.push('[moment("2020-01-01").isBetween("2020-01-01", "2020-02-01", null, "' + inc + '"), moment("2020-02-01").isBetween("2020-01-01", "2020-02-01", undefined, "' + inc + '"), moment("2020-01-15").isBetween("2020-01-01", "2020-02-01", "month", "' + inc + '"), moment("2020-01-15").isBetween(moment("2020-01-01"), moment("2020-02-01"))].join()');
});
cases.push('moment.invalid().isBefore(moment()) + " " + moment().isAfter(moment.invalid()) + " " + moment().isSame(null)',
  'moment.max(moment("2020-01-01"), moment("2021-01-01")).format() + " " + moment.min([moment("2020-01-01"), moment("2021-01-01")]).format()',
  'moment.isMoment(moment()) + " " + moment.isMoment(new Date()) + " " + moment.isDate(new Date()) + " " + moment.isDuration(moment.duration(1))',
  'moment.version + " " + moment.locale() + " " + moment().locale() + " " + moment.months().join() + " " + moment.weekdaysShort().join()',
  'moment.normalizeUnits("Days") + " " + moment.normalizeUnits("M") + " " + moment.normalizeUnits("ms") + " " + moment.normalizeUnits("D") + " " + moment.normalizeUnits("nope")',
  'moment.defaultFormat + " " + moment.defaultFormatUtc + " " + moment.HTML5_FMT.DATE',
  'typeof moment.fn.format + " " + (moment() instanceof moment)');
// relative time
[0, 30e3, 44e3, 45e3, 89e3, 90e3, 44 * 6e4, 45 * 6e4, 89 * 6e4, 90 * 6e4, 21 * 36e5, 22 * 36e5, 35 * 36e5, 36 * 36e5, 25 * 864e5, 26 * 864e5,
  45 * 864e5, 46 * 864e5, 319 * 864e5, 320 * 864e5, 547 * 864e5, 548 * 864e5, 3 * 365 * 864e5].forEach(function (ms) {
  cases.push('moment(' + (NOW + ms) + ').fromNow() + " | " + moment(' + (NOW - ms) + ').fromNow() + " | " + moment(' + (NOW - ms) + ').fromNow(true)');
  cases.push('moment(' + NOW + ').to(' + (NOW + ms) + ') + " | " + moment(' + NOW + ').from(' + (NOW + ms) + ', true) + " | " + moment.duration(' + ms + ').humanize() + " | " + moment.duration(-' + ms + ').humanize(true)');
});
cases.push('moment("2020-01-31").from("2020-03-01") + " " + moment("2020-03-01").to("2020-01-31") + " " + moment("2019-01-01").toNow()',
  'moment.invalid().fromNow() + " " + moment().from(moment.invalid())',
  [-8, -6.5, -3, -1.5, -0.2, 0.2, 1.5, 3, 6.9, 8].map(function (d) { return 'moment(' + (NOW + d * 864e5) + ').calendar()'; }).join(' + " | " + '),
  'moment(' + NOW + ').calendar(null, {sameDay: "[Today]", sameElse: "L"})');
// durations
['moment.duration(1234567890)', 'moment.duration(-1234567890)', 'moment.duration(2, "days")', 'moment.duration(1.5, "hours")', 'moment.duration({years: 1, months: 14, days: 40, hours: 30, minutes: 70, seconds: 80, milliseconds: 1500})',
  'moment.duration("1.02:03:04.5")', 'moment.duration("-02:03")', 'moment.duration("P1Y2M3W4DT5H6M7.5S")', 'moment.duration("-P1D")', 'moment.duration("PT0S")',
  'moment.duration({months: 1, days: -40})', 'moment.duration(moment.duration(5, "m"))', 'moment.duration()', 'moment.duration("garbage")', 'moment.duration(3, "weeks")',
  'moment.duration(100, "days")', 'moment.duration(1, "year")', 'moment.duration({y: 1, M: -1})'].forEach(function (d) {
  cases.push('var d = ' + d + '; [d.years(), d.months(), d.weeks(), d.days(), d.hours(), d.minutes(), d.seconds(), d.milliseconds()].join()');
  cases.push('var d = ' + d + '; [d.asYears(), d.asQuarters(), d.asMonths(), d.asWeeks(), d.asDays(), d.asHours(), d.asMinutes(), d.asSeconds(), d.asMilliseconds()].join()');
  cases.push('var d = ' + d + '; [d.toISOString(), JSON.stringify(d), d.valueOf(), d.isValid(), d.humanize(), d.humanize(true), d.as("h"), d.get("days")].join(" | ")');
});
cases.push('moment.duration(2, "h").add(30, "m").subtract(moment.duration(1, "h")).asMinutes()', 'moment.duration(-5, "h").abs().hours()',
  'var d = moment.duration(1, "d"); var c = d.clone().add(1, "d"); d.asDays() + " " + c.asDays()',
  'moment.duration(50, "s").humanize({s: 60}) + " " + moment.duration(20, "d").humanize({d: 7}) + " " + moment.duration(3, "w").humanize({w: 4, d: 7})');

function evalCase(src) {
  var got;
  try { got = String(eval(src)); } catch (e) { got = 'THROWS ' + e.name; }
  return got;
}
var out = ['// Code generated by testdata/gen.js from moment 2.30.1 (TZ=UTC, now=' + NOW + '); DO NOT EDIT.', '', 'package moment', '',
  'const frozenNow = ' + NOW, '', 'var momentCases = []struct{ src, want string }{'];
cases.forEach(function (c) { out.push('\t{' + JSON.stringify(c) + ', ' + JSON.stringify(evalCase(c)) + '},'); });
out.push('}');
console.log(out.join('\n'));
