'use strict';
var slice = Array.prototype.slice, hasOwn = Object.prototype.hasOwnProperty;
var idCounter = 0;
function uniqueId(prefix) { idCounter++; return String(prefix == null ? '' : prefix) + idCounter; }
function isObject(v) { var t = typeof v; return t === 'function' || (t === 'object' && !!v); }
function isFunction(v) { return typeof v === 'function'; }
function assign(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src) for (var k in src) target[k] = src[k];
  }
  return target;
}
function defaults(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src) for (var k in src) if (target[k] === undefined) target[k] = src[k];
  }
  return target;
}
function clone(v) { return !isObject(v) ? v : Array.isArray(v) ? v.slice() : assign({}, v); }
function isEqual(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (a == null || b == null) return false;
  if (a !== a) return b !== b;
  var ta = Object.prototype.toString.call(a);
  if (ta !== Object.prototype.toString.call(b)) return false;
  if (ta === '[object Date]' || ta === '[object Boolean]') return +a === +b;
  if (ta === '[object Number]') return +a === +b || (+a !== +a && +b !== +b);
  if (ta === '[object String]' || ta === '[object RegExp]') return '' + a === '' + b;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (!isEqual(a[i], b[i])) return false;
    return true;
  }
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var j = 0; j < ka.length; j++) if (!hasOwn.call(b, ka[j]) || !isEqual(a[ka[j]], b[ka[j]])) return false;
  return true;
}
function matcher(attrs) {
  return function (obj) {
    if (obj == null) return !Object.keys(attrs).length;
    for (var k in attrs) if (attrs[k] !== obj[k] || !(k in Object(obj))) return false;
    return true;
  };
}
function iteratee(value, context) {
  if (value == null) return function (x) { return x; };
  if (isFunction(value)) return context === undefined ? value : function () { return value.apply(context, arguments); };
  if (isObject(value) && !Array.isArray(value)) return matcher(value);
  return function (obj) { return obj == null ? undefined : obj[value]; };
}
function escapeHTML(s) {
  return String(s == null ? '' : s).replace(/[&<>"'`]/g, function (c) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;'}[c];
  });
}

// Events
var eventSplitter = /\s+/;
function eachEvent(fn, events, name, callback, opts) {
  if (name && typeof name === 'object') {
    if (callback !== undefined && 'context' in opts && opts.context === undefined) opts.context = callback;
    for (var k in name) events = eachEvent(fn, events, k, name[k], opts);
  } else if (name && eventSplitter.test(name)) {
    var names = name.split(eventSplitter);
    for (var i = 0; i < names.length; i++) events = fn(events, names[i], callback, opts);
  } else {
    events = fn(events, name, callback, opts);
  }
  return events;
}
function onApi(events, name, callback, options) {
  if (callback) {
    var handlers = events[name] || (events[name] = []);
    handlers.push({callback: callback, context: options.context, ctx: options.context || options.ctx, listening: options.listening});
  }
  return events;
}
function offApi(events, name, callback, options) {
  if (!events) return;
  var context = options.context;
  var names = name ? [name] : Object.keys(events);
  for (var i = 0; i < names.length; i++) {
    var handlers = events[names[i]];
    if (!handlers) break;
    var remaining = [];
    for (var j = 0; j < handlers.length; j++) {
      var h = handlers[j];
      if (callback && callback !== h.callback && callback !== h.callback._callback || context && context !== h.context) remaining.push(h);
    }
    if (remaining.length) events[names[i]] = remaining; else delete events[names[i]];
  }
  return events;
}
function triggerEvents(handlers, args) {
  for (var i = 0; i < handlers.length; i++) handlers[i].callback.apply(handlers[i].ctx, args);
}
var Events = {};
Events.on = function (name, callback, context) {
  this._events = eachEvent(onApi, this._events || {}, name, callback, {context: context, ctx: this});
  return this;
};
Events.listenTo = function (obj, name, callback) {
  if (!obj) return this;
  var id = obj._listenId || (obj._listenId = uniqueId('l'));
  var listeningTo = this._listeningTo || (this._listeningTo = {});
  listeningTo[id] = obj;
  obj.on(name, callback, this);
  return this;
};
Events.off = function (name, callback, context) {
  if (!this._events) return this;
  this._events = eachEvent(offApi, this._events, name, callback, {context: context});
  return this;
};
Events.stopListening = function (obj, name, callback) {
  var listeningTo = this._listeningTo;
  if (!listeningTo) return this;
  var ids = obj ? [obj._listenId] : Object.keys(listeningTo);
  for (var i = 0; i < ids.length; i++) {
    var target = listeningTo[ids[i]];
    if (!target) continue;
    target.off(name, callback, this);
    if (!name && !callback) delete listeningTo[ids[i]];
  }
  return this;
};
// onceMap wraps each callback to remove itself (through off) on first call.
function onceMap(off) {
  return function (map, name, callback) {
    if (callback) {
      var done = false, once = function () {
        if (done) return;
        done = true;
        off(name, once);
        return callback.apply(this, arguments);
      };
      once._callback = callback;
      map[name] = once;
    }
    return map;
  };
}
Events.once = function (name, callback, context) {
  var self = this;
  var events = eachEvent(onceMap(function (n, fn) { self.off(n, fn); }), {}, name, callback, {});
  for (var k in events) this.on(k, events[k], context);
  return this;
};
Events.listenToOnce = function (obj, name, callback) {
  var self = this;
  var events = eachEvent(onceMap(function (n, fn) { self.stopListening(obj, n, fn); }), {}, name, callback, {});
  for (var k in events) this.listenTo(obj, k, events[k]);
  return this;
};
Events.trigger = function (name) {
  if (!this._events) return this;
  var args = slice.call(arguments, 1);
  eachEvent(function (events, n) {
    var handlers = events[n], all = events.all;
    if (handlers) triggerEvents(handlers.slice(), args);
    if (all) triggerEvents(all.slice(), [n].concat(args));
    return events;
  }, this._events, name, undefined, {});
  return this;
};
Events.bind = Events.on;
Events.unbind = Events.off;

function extend(protoProps, staticProps) {
  var parent = this, child;
  if (protoProps && hasOwn.call(protoProps, 'constructor')) child = protoProps.constructor;
  else child = function () { return parent.apply(this, arguments); };
  assign(child, parent, staticProps);
  child.prototype = Object.create(parent.prototype);
  assign(child.prototype, protoProps);
  child.prototype.constructor = child;
  child.__super__ = parent.prototype;
  return child;
}

function noSync() { throw new Error('A "url" property or function must be specified'); }

// Model
function Model(attributes, options) {
  var attrs = attributes || {};
  options || (options = {});
  this.preinitialize.apply(this, arguments);
  this.cid = uniqueId(this.cidPrefix);
  this.attributes = {};
  if (options.collection) this.collection = options.collection;
  if (options.parse) attrs = this.parse(attrs, options) || {};
  var defs = isFunction(this.defaults) ? this.defaults() : this.defaults;
  attrs = defaults(assign({}, defs, attrs), defs);
  this.set(attrs, options);
  this.changed = {};
  this.initialize.apply(this, arguments);
}
assign(Model.prototype, Events, {
  changed: null,
  validationError: null,
  idAttribute: 'id',
  cidPrefix: 'c',
  preinitialize: function () {},
  initialize: function () {},
  toJSON: function () { return clone(this.attributes); },
  sync: function () { return Backbone.sync.apply(this, arguments); },
  get: function (attr) { return this.attributes[attr]; },
  escape: function (attr) { return escapeHTML(this.get(attr)); },
  has: function (attr) { return this.get(attr) != null; },
  matches: function (attrs) { return matcher(attrs)(this.attributes); },
  set: function (key, val, options) {
    if (key == null) return this;
    var attrs;
    if (typeof key === 'object') { attrs = key; options = val; } else { (attrs = {})[key] = val; }
    options || (options = {});
    if (!this._validate(attrs, options)) return false;
    var unset = options.unset, silent = options.silent, changes = [], changing = this._changing;
    this._changing = true;
    if (!changing) { this._previousAttributes = clone(this.attributes); this.changed = {}; }
    var current = this.attributes, changed = this.changed, prev = this._previousAttributes;
    for (var attr in attrs) {
      val = attrs[attr];
      if (!isEqual(current[attr], val)) changes.push(attr);
      if (!isEqual(prev[attr], val)) changed[attr] = val; else delete changed[attr];
      if (unset) delete current[attr]; else current[attr] = val;
    }
    if (this.idAttribute in attrs) {
      var prevId = this.id;
      this.id = this.get(this.idAttribute);
      if (this.id !== prevId) this.trigger('changeId', this, prevId, options);
    }
    if (!silent) {
      if (changes.length) this._pending = options;
      for (var i = 0; i < changes.length; i++) this.trigger('change:' + changes[i], this, current[changes[i]], options);
    }
    if (changing) return this;
    if (!silent) {
      while (this._pending) { options = this._pending; this._pending = false; this.trigger('change', this, options); }
    }
    this._pending = false;
    this._changing = false;
    return this;
  },
  unset: function (attr, options) { return this.set(attr, void 0, assign({}, options, {unset: true})); },
  clear: function (options) {
    var attrs = {};
    for (var key in this.attributes) attrs[key] = void 0;
    return this.set(attrs, assign({}, options, {unset: true}));
  },
  hasChanged: function (attr) {
    if (attr == null) return Object.keys(this.changed).length > 0;
    return hasOwn.call(this.changed, attr);
  },
  changedAttributes: function (diff) {
    if (!diff) return this.hasChanged() ? clone(this.changed) : false;
    var old = this._changing ? this._previousAttributes : this.attributes, changed = {}, has = false;
    for (var attr in diff) {
      if (isEqual(old[attr], diff[attr])) continue;
      changed[attr] = diff[attr];
      has = true;
    }
    return has ? changed : false;
  },
  previous: function (attr) {
    if (attr == null || !this._previousAttributes) return null;
    return this._previousAttributes[attr];
  },
  previousAttributes: function () { return clone(this._previousAttributes); },
  fetch: noSync,
  save: noSync,
  destroy: noSync,
  url: noSync,
  parse: function (resp) { return resp; },
  clone: function () { return new this.constructor(this.attributes); },
  isNew: function () { return !this.has(this.idAttribute); },
  isValid: function (options) { return this._validate({}, assign({}, options, {validate: true})); },
  _validate: function (attrs, options) {
    if (!options.validate || !this.validate) return true;
    attrs = assign({}, this.attributes, attrs);
    var error = this.validationError = this.validate(attrs, options) || null;
    if (!error) return true;
    this.trigger('invalid', this, error, assign(options, {validationError: error}));
    return false;
  },
  keys: function () { return Object.keys(this.attributes); },
  values: function () { var a = this.attributes; return Object.keys(a).map(function (k) { return a[k]; }); },
  pairs: function () { var a = this.attributes; return Object.keys(a).map(function (k) { return [k, a[k]]; }); },
  invert: function () { var a = this.attributes, o = {}; Object.keys(a).forEach(function (k) { o[a[k]] = k; }); return o; },
  pick: function () {
    var keys = [].concat.apply([], slice.call(arguments)), a = this.attributes, o = {};
    keys.forEach(function (k) { if (k in a) o[k] = a[k]; });
    return o;
  },
  omit: function () {
    var keys = [].concat.apply([], slice.call(arguments)), a = this.attributes, o = {};
    Object.keys(a).forEach(function (k) { if (keys.indexOf(k) < 0) o[k] = a[k]; });
    return o;
  },
  isEmpty: function () { return Object.keys(this.attributes).length === 0; }
});

// Collection
function Collection(models, options) {
  options || (options = {});
  this.preinitialize.apply(this, arguments);
  if (options.model) this.model = options.model;
  if (options.comparator !== void 0) this.comparator = options.comparator;
  this._reset();
  this.initialize.apply(this, arguments);
  if (models) this.reset(models, assign({silent: true}, options));
}
assign(Collection.prototype, Events, {
  model: Model,
  preinitialize: function () {},
  initialize: function () {},
  toJSON: function (options) { return this.map(function (m) { return m.toJSON(options); }); },
  sync: function () { return Backbone.sync.apply(this, arguments); },
  add: function (models, options) { return this.set(models, assign({merge: false}, options, {add: true, remove: false})); },
  remove: function (models, options) {
    options = assign({}, options);
    var singular = !Array.isArray(models);
    models = singular ? [models] : models.slice();
    var removed = this._removeModels(models, options);
    if (!options.silent && removed.length) this.trigger('update', this, options);
    return singular ? removed[0] : removed;
  },
  set: function (models, options) {
    if (models == null) return;
    options = assign({}, {add: true, remove: true, merge: true}, options);
    if (options.parse && !this._isModel(models)) models = this.parse(models, options) || [];
    var singular = !Array.isArray(models);
    models = singular ? [models] : models.slice();
    var at = options.at;
    if (at != null) at = +at;
    if (at > this.length) at = this.length;
    if (at < 0) at += this.length + 1;
    var toAdd = [], toMerge = [], toRemove = [], modelMap = {};
    var sortable = this.comparator && at == null && options.sort !== false, sort = false;
    var i, model;
    for (i = 0; i < models.length; i++) {
      model = models[i];
      var existing = this.get(model);
      if (existing) {
        if (options.merge && model !== existing) {
          var attrs = this._isModel(model) ? model.attributes : model;
          if (options.parse) attrs = existing.parse(attrs, options);
          existing.set(attrs, options);
          toMerge.push(existing);
          if (sortable && existing.hasChanged()) sort = true;
        }
        if (!modelMap[existing.cid]) { modelMap[existing.cid] = true; }
        models[i] = existing;
      } else if (options.add) {
        model = models[i] = this._prepareModel(model, options);
        if (model) { toAdd.push(model); this._addReference(model, options); modelMap[model.cid] = true; }
      }
    }
    if (options.remove) {
      for (i = 0; i < this.length; i++) { model = this.models[i]; if (!modelMap[model.cid]) toRemove.push(model); }
      if (toRemove.length) this._removeModels(toRemove, options);
    }
    if (toAdd.length) {
      if (sortable) sort = true;
      var args = [at == null ? this.length : at, 0].concat(toAdd);
      this.models.splice.apply(this.models, args);
      this.length = this.models.length;
    }
    if (sort) this.sort({silent: true});
    if (!options.silent) {
      for (i = 0; i < toAdd.length; i++) toAdd[i].trigger('add', toAdd[i], this, options);
      if (sort) this.trigger('sort', this, options);
      if (toAdd.length || toRemove.length || toMerge.length) this.trigger('update', this, options);
    }
    return singular ? models[0] : models;
  },
  reset: function (models, options) {
    options = options ? clone(options) : {};
    for (var i = 0; i < this.models.length; i++) this._removeReference(this.models[i], options);
    options.previousModels = this.models;
    this._reset();
    models = this.add(models, assign({silent: true}, options));
    if (!options.silent) this.trigger('reset', this, options);
    return models;
  },
  push: function (model, options) { return this.add(model, assign({at: this.length}, options)); },
  pop: function (options) { var model = this.at(this.length - 1); return this.remove(model, options); },
  unshift: function (model, options) { return this.add(model, assign({at: 0}, options)); },
  shift: function (options) { var model = this.at(0); return this.remove(model, options); },
  slice: function () { return slice.apply(this.models, arguments); },
  get: function (obj) {
    if (obj == null) return void 0;
    return this._byId[obj] || this._byId[this.modelId(this._isModel(obj) ? obj.attributes : obj)] || (obj.cid && this._byId[obj.cid]);
  },
  has: function (obj) { return this.get(obj) != null; },
  at: function (index) { if (index < 0) index += this.length; return this.models[index]; },
  where: function (attrs, first) { return this[first ? 'find' : 'filter'](attrs); },
  findWhere: function (attrs) { return this.where(attrs, true); },
  sort: function (options) {
    var comparator = this.comparator;
    if (!comparator) throw new Error('Cannot sort a set without a comparator');
    options || (options = {});
    if (isFunction(comparator)) comparator = comparator.bind(this);
    if (typeof comparator === 'string' || comparator.length === 1) this.models = this.sortBy(comparator);
    else this.models.sort(comparator);
    if (!options.silent) this.trigger('sort', this, options);
    return this;
  },
  pluck: function (attr) { return this.map(attr + ''); },
  clone: function () { return new this.constructor(this.models, {model: this.model, comparator: this.comparator}); },
  modelId: function (attrs) { return attrs[this.model.prototype.idAttribute || 'id']; },
  values: function () { return this.models.slice(); },
  keys: function () { return this.models.map(function (m, i) { return i; }); },
  entries: function () { return this.models.map(function (m, i) { return [i, m]; }); },
  fetch: noSync,
  create: noSync,
  parse: function (resp) { return resp; },
  _reset: function () { this.length = 0; this.models = []; this._byId = {}; },
  _prepareModel: function (attrs, options) {
    if (this._isModel(attrs)) { if (!attrs.collection) attrs.collection = this; return attrs; }
    options = options ? clone(options) : {};
    options.collection = this;
    var model = new this.model(attrs, options);
    if (!model.validationError) return model;
    this.trigger('invalid', this, model.validationError, options);
    return false;
  },
  _removeModels: function (models, options) {
    var removed = [];
    for (var i = 0; i < models.length; i++) {
      var model = this.get(models[i]);
      if (!model) continue;
      var index = this.indexOf(model);
      this.models.splice(index, 1);
      this.length--;
      delete this._byId[model.cid];
      var id = this.modelId(model.attributes);
      if (id != null) delete this._byId[id];
      if (!options.silent) { options.index = index; model.trigger('remove', model, this, options); }
      removed.push(model);
      this._removeReference(model, options);
    }
    return removed;
  },
  _isModel: function (model) { return model instanceof Model; },
  _addReference: function (model) {
    this._byId[model.cid] = model;
    var id = this.modelId(model.attributes);
    if (id != null) this._byId[id] = model;
    model.on('all', this._onModelEvent, this);
  },
  _removeReference: function (model) {
    delete this._byId[model.cid];
    var id = this.modelId(model.attributes);
    if (id != null) delete this._byId[id];
    if (this === model.collection) delete model.collection;
    model.off('all', this._onModelEvent, this);
  },
  _onModelEvent: function (event, model, collection, options) {
    if (model) {
      if ((event === 'add' || event === 'remove') && collection !== this) return;
      if (event === 'changeId') {
        var prevId = this.modelId(model.previousAttributes()), id = this.modelId(model.attributes);
        if (prevId != null) delete this._byId[prevId];
        if (id != null) this._byId[id] = model;
      }
    }
    this.trigger.apply(this, arguments);
  }
});

// The underscore methods a Collection proxies to its models.
var collectionMethods = {
  forEach: function (m, f, c) { m.forEach(iteratee(f, c)); },
  map: function (m, f, c) { return m.map(iteratee(f, c)); },
  reduce: function (m, f, memo, c) { var fn = iteratee(f, c); return arguments.length > 2 ? m.reduce(fn, memo) : m.reduce(fn); },
  reduceRight: function (m, f, memo, c) { var fn = iteratee(f, c); return arguments.length > 2 ? m.reduceRight(fn, memo) : m.reduceRight(fn); },
  find: function (m, f, c) { var fn = iteratee(f, c); for (var i = 0; i < m.length; i++) if (fn(m[i], i, m)) return m[i]; },
  filter: function (m, f, c) { return m.filter(iteratee(f, c)); },
  reject: function (m, f, c) { var fn = iteratee(f, c); return m.filter(function (x, i, l) { return !fn(x, i, l); }); },
  every: function (m, f, c) { return m.every(iteratee(f, c)); },
  some: function (m, f, c) { return m.some(iteratee(f, c)); },
  includes: function (m, v) { return m.indexOf(v) >= 0; },
  invoke: function (m, name) { var args = slice.call(arguments, 2); return m.map(function (x) { return (isFunction(name) ? name : x[name]).apply(x, args); }); },
  max: function (m, f, c) { var fn = iteratee(f, c), best, bv = -Infinity; m.forEach(function (x, i) { var v = fn(x, i, m); if (v > bv) { bv = v; best = x; } }); return m.length ? best : -Infinity; },
  min: function (m, f, c) { var fn = iteratee(f, c), best, bv = Infinity; m.forEach(function (x, i) { var v = fn(x, i, m); if (v < bv) { bv = v; best = x; } }); return m.length ? best : Infinity; },
  toArray: function (m) { return m.slice(); },
  size: function (m) { return m.length; },
  first: function (m, n) { return n == null ? m[0] : m.slice(0, n); },
  initial: function (m, n) { return m.slice(0, Math.max(0, m.length - (n == null ? 1 : n))); },
  rest: function (m, n) { return m.slice(n == null ? 1 : n); },
  last: function (m, n) { return n == null ? m[m.length - 1] : m.slice(Math.max(0, m.length - n)); },
  without: function (m) { var out = slice.call(arguments, 1); return m.filter(function (x) { return out.indexOf(x) < 0; }); },
  difference: function (m) { var out = [].concat.apply([], slice.call(arguments, 1)); return m.filter(function (x) { return out.indexOf(x) < 0; }); },
  indexOf: function (m, v, from) { return m.indexOf(v, from); },
  lastIndexOf: function (m, v, from) { return from == null ? m.lastIndexOf(v) : m.lastIndexOf(v, from); },
  shuffle: function (m) { var a = m.slice(); for (var i = a.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)), t = a[i]; a[i] = a[j]; a[j] = t; } return a; },
  isEmpty: function (m) { return m.length === 0; },
  sample: function (m, n) { var a = collectionMethods.shuffle(m); return n == null ? a[0] : a.slice(0, n); },
  partition: function (m, f, c) { var fn = iteratee(f, c), y = [], no = []; m.forEach(function (x, i) { (fn(x, i, m) ? y : no).push(x); }); return [y, no]; },
  groupBy: function (m, f, c) { var fn = iteratee(f, c), o = {}; m.forEach(function (x, i) { var k = fn(x, i, m); (o[k] || (o[k] = [])).push(x); }); return o; },
  countBy: function (m, f, c) { var fn = iteratee(f, c), o = {}; m.forEach(function (x, i) { var k = fn(x, i, m); o[k] = (o[k] || 0) + 1; }); return o; },
  indexBy: function (m, f, c) { var fn = iteratee(f, c), o = {}; m.forEach(function (x, i) { o[fn(x, i, m)] = x; }); return o; },
  sortBy: function (m, f, c) {
    var fn = iteratee(f, c);
    return m.map(function (x, i) { return {x: x, i: i, k: fn(x, i, m)}; }).sort(function (a, b) {
      if (a.k !== b.k) { if (a.k > b.k || a.k === void 0) return 1; if (a.k < b.k || b.k === void 0) return -1; }
      return a.i - b.i;
    }).map(function (e) { return e.x; });
  },
  findIndex: function (m, f, c) { var fn = iteratee(f, c); for (var i = 0; i < m.length; i++) if (fn(m[i], i, m)) return i; return -1; },
  findLastIndex: function (m, f, c) { var fn = iteratee(f, c); for (var i = m.length - 1; i >= 0; i--) if (fn(m[i], i, m)) return i; return -1; },
  chain: function (m) { return {_wrapped: m.slice(), value: function () { return this._wrapped; }}; }
};
var aliases = {each: 'forEach', collect: 'map', foldl: 'reduce', inject: 'reduce', foldr: 'reduceRight', detect: 'find',
  select: 'filter', all: 'every', any: 'some', include: 'includes', contains: 'includes', head: 'first', take: 'first',
  tail: 'rest', drop: 'rest'};
Object.keys(aliases).forEach(function (a) { collectionMethods[a] = collectionMethods[aliases[a]]; });
Object.keys(collectionMethods).forEach(function (name) {
  var fn = collectionMethods[name];
  Collection.prototype[name] = function (f) {
    var args = [this.models].concat(slice.call(arguments));
    if (typeof f === 'string' || (isObject(f) && !isFunction(f) && !Array.isArray(f) && ['find', 'filter', 'reject', 'every', 'some', 'map', 'forEach', 'findIndex', 'findLastIndex', 'sortBy', 'groupBy', 'countBy', 'indexBy', 'partition', 'max', 'min', 'detect', 'select', 'all', 'any', 'each', 'collect'].indexOf(name) >= 0)) {
      var key = f;
      args[1] = isObject(key) ? function (m) { return m.matches(key); } : function (m) { return m.get(key); };
    }
    return fn.apply(null, args);
  };
});

// View, Router and History exist for scripts that touch them; there is
// no DOM or location behind them here.
function View(options) {
  this.preinitialize.apply(this, arguments);
  this.cid = uniqueId('view');
  assign(this, options && pick(options, ['model', 'collection', 'el', 'id', 'attributes', 'className', 'tagName', 'events']));
  this.initialize.apply(this, arguments);
}
function pick(o, keys) { var r = {}; keys.forEach(function (k) { if (k in o) r[k] = o[k]; }); return r; }
assign(View.prototype, Events, {
  tagName: 'div', preinitialize: function () {}, initialize: function () {},
  render: function () { return this; }, remove: function () { this.stopListening(); return this; }
});
function Router(options) {
  this.preinitialize.apply(this, arguments);
  options || (options = {});
  if (options.routes) this.routes = options.routes;
  this.initialize.apply(this, arguments);
}
assign(Router.prototype, Events, {preinitialize: function () {}, initialize: function () {}, route: function () { return this; }, navigate: function () { return this; }});
function History() { this.handlers = []; }
assign(History.prototype, Events, {started: false, start: function () { throw new Error('Backbone.history has already been started'); }, stop: function () {}});

Model.extend = Collection.extend = View.extend = Router.extend = History.extend = extend;

var Backbone = {
  VERSION: '1.6.0',
  $: function () { throw new Error('Backbone.$ is not available'); },
  noConflict: function () { return Backbone; },
  emulateHTTP: false,
  emulateJSON: false
};
assign(Backbone, Events);
Backbone.Events = Events;
Backbone.Model = Model;
Backbone.Collection = Collection;
Backbone.View = View;
Backbone.sync = function () { throw new Error('Backbone.sync is not available'); };
Backbone.ajax = function () { return Backbone.$.ajax.apply(Backbone.$, arguments); };
Backbone.Router = Router;
Backbone.History = History;
Backbone.history = new History();
Backbone._debug = function () { return {root: undefined, _: undefined}; };
module.exports = Backbone;
