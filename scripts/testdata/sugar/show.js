// show renders a value the same way in node and goja, for the Sugar case
// table: type-tagged, keys in insertion order, holes and -0 visible.
function show(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'number') return 1 / v === -Infinity ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'function') return 'function';
  if (v instanceof Date) return 'Date(' + v.getTime() + ')';
  if (v instanceof RegExp) return String(v);
  if (Array.isArray(v)) {
    var items = [];
    for (var i = 0; i < v.length; i++) items.push(i in v ? show(v[i]) : '<hole>');
    return '[' + items.join(',') + ']';
  }
  var keys = Object.keys(v), parts = [];
  for (var j = 0; j < keys.length; j++) parts.push(JSON.stringify(keys[j]) + ':' + show(v[keys[j]]));
  return '{' + parts.join(',') + '}';
}
function run(expr) {
  try {
    return show((0, eval)('(' + expr + ')'));
  } catch (e) {
    return 'throws ' + e.name;
  }
}
