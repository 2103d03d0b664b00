// show renders a result for comparison: JSON with the values JSON drops
// (undefined, NaN, Infinity, -0, functions, RegExps) spelled out.
(function show(v) {
    return JSON.stringify(v, function (k, x) {
        if (x === undefined) { return '<undefined>'; }
        if (typeof x === 'number') {
            if (x !== x) { return '<NaN>'; }
            if (!isFinite(x)) { return '<' + x + '>'; }
            if (x === 0 && 1 / x < 0) { return '<-0>'; }
        }
        if (typeof x === 'function') { return '<function>'; }
        if (x instanceof RegExp) { return '<' + String(x) + '>'; }
        return x;
    });
})
