package oracle

import (
	"runtime/debug"
	"testing"
)

// oddCalls calls every function the setup code returns with odd arguments
// (undefined, null, numbers, strings, objects, arrays, functions), alone
// (also with new) and in pairs, swallowing what they throw. A module
// passes when none of this reaches Go as a panic or hangs.
const oddCalls = `(function (targets) {
  // Fresh values for every call: a function that grows an array it is
  // given must not grow it for the next call.
  function odd() { return [undefined, null, 0, 'x', {}, [1, 'a'], function () { return 1; }, true, -1, 1.5, NaN, '', '<a>', [], {a: {b: 1}}, /x/]; }
  var all = odd().length, pairs = 8;
  targets.forEach(function (t) {
    var fn = t[1], self = t[2];
    function call(args) { try { fn.apply(self, args); } catch (e) { void e; } }
    function construct(args) { try { new (Function.prototype.bind.apply(fn, [null].concat(args)))(); } catch (e) { void e; } }
    call([]);
    for (var i = 0; i < all; i++) {
      call([odd()[i]]);
      construct([odd()[i]]);
    }
    for (i = 0; i < pairs; i++) {
      for (var j = 0; j < pairs; j++) call([odd()[i], odd()[j]]);
    }
  });
})`

// OddArguments runs setup (JS evaluating to [[name, fn, this], ...]) and
// calls each function with odd arguments; it fails on a Go panic.
func OddArguments(t *testing.T, setup string) {
	t.Helper()
	vm := Runtime()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Go panic: %v\n%s", r, debug.Stack())
		}
	}()
	if _, err := vm.RunString(oddCalls + "(" + setup + ")"); err != nil {
		t.Fatalf("%v", err)
	}
}
