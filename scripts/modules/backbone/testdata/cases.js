### shape
var B = require('backbone');
return [B.VERSION, typeof B.Model, typeof B.Collection, typeof B.Events.on, typeof B.Model.extend, typeof B.View, typeof B.Router, typeof B.history];
### events
var B = require('backbone'), log = [];
var o = {}; for (var k in B.Events) o[k] = B.Events[k];
o.on('a b', function (x) { log.push('ab:' + x); });
o.on('all', function (n, x) { log.push('all:' + n + ':' + x); });
o.once('c', function (x) { log.push('c:' + x); });
o.trigger('a', 1); o.trigger('b', 2); o.trigger('c', 3); o.trigger('c', 4);
o.off('a'); o.trigger('a', 5);
var l = {}; for (var k2 in B.Events) l[k2] = B.Events[k2];
l.listenTo(o, 'd', function (x) { log.push('d:' + x + ':' + (this === l)); });
o.trigger('d', 6); l.stopListening(); o.trigger('d', 7);
return log;
### model basics
var B = require('backbone');
var M = B.Model.extend({defaults: {a: 1, b: 'x'}, idAttribute: 'key'});
var m = new M({c: 3});
var log = [];
m.on('change:a', function (model, v) { log.push('change:a=' + v); });
m.on('change', function () { log.push('change'); });
m.set('a', 2);
m.set({a: 2});
m.set({key: 9, d: '<b>'});
return [m.toJSON(), m.get('a'), m.has('zz'), m.escape('d'), m.id, m.isNew(), m.previous('a'), m.hasChanged('key'), m.changedAttributes(), m.keys(), m.pick('a', 'c'), m.omit('d'), log, m.cid.charAt(0)];
### model unset clear validate
var B = require('backbone');
var M = B.Model.extend({validate: function (attrs) { if (attrs.n < 0) return 'negative'; }});
var m = new M({n: 1, x: 2});
var r = [m.set({n: -1}, {validate: true}), m.validationError, m.get('n'), m.isValid()];
m.unset('x');
r.push(m.toJSON(), m.has('x'));
m.clear();
r.push(m.toJSON());
m.set({n: -5});
r.push(m.isValid(), m.validationError);
return r;
### collection basics
var B = require('backbone');
var c = new B.Collection([{id: 1, name: 'a', n: 3}, {id: 2, name: 'b', n: 1}, {id: 3, name: 'c', n: 2}]);
var r = [c.length, c.get(2).get('name'), c.at(-1).get('name'), c.pluck('name'), c.where({n: 1}).length, c.findWhere({name: 'c'}).id, c.toJSON()];
c.comparator = 'n'; c.sort();
r.push(c.pluck('name'));
c.add({id: 4, name: 'd', n: 0});
r.push(c.pluck('name'), c.length);
c.remove(1);
r.push(c.pluck('id'), c.map(function (m) { return m.get('n'); }), c.filter(function (m) { return m.get('n') > 0; }).length, c.first().id, c.last().id, c.isEmpty(), c.size(), c.indexOf(c.get(4)));
c.reset([{id: 9}]);
r.push(c.length, c.pluck('id'));
return r;
### collection events and set
var B = require('backbone'), log = [];
var c = new B.Collection();
c.on('add', function (m) { log.push('add ' + m.id); });
c.on('remove', function (m) { log.push('remove ' + m.id); });
c.on('change:x', function (m, v) { log.push('change ' + m.id + ' ' + v); });
c.on('update', function () { log.push('update'); });
c.add([{id: 1, x: 1}, {id: 2, x: 2}]);
c.set([{id: 1, x: 5}, {id: 3}]);
c.get(3).set('x', 7);
return [log, c.pluck('id'), c.pluck('x')];
### extend and inheritance
var B = require('backbone');
var A = B.Model.extend({hello: function () { return 'hi ' + this.get('n'); }}, {make: function () { return new this({n: 'x'}); }});
var C = A.extend({hello: function () { return A.prototype.hello.call(this) + '!'; }});
var c = C.make();
return [c.hello(), c instanceof A, c instanceof B.Model, C.__super__ === A.prototype, typeof C.extend];
