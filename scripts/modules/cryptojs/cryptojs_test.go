package cryptojs

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// newVM is a runtime with require('crypto-js') bound to C, as the cases
// generated from crypto-js expect.
func newVM(t testing.TB) *goja.Runtime {
	vm := oracle.Runtime()
	if _, err := vm.RunString("var C = require('crypto-js'), CryptoJS = C;"); err != nil {
		t.Fatal(err)
	}
	return vm
}

// eval runs src as the generator did: the value as a string, or THROWS
// and the error's class.
func eval(vm *goja.Runtime, src string) string {
	v, err := vm.RunString(src)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if o, ok := ex.Value().(*goja.Object); ok {
				return "THROWS " + o.Get("name").String()
			}
		}
		return "THROWS " + err.Error()
	}
	return v.String()
}

func TestAgainstCryptoJS(t *testing.T) {
	vm := newVM(t)
	for _, tt := range cryptoCases {
		if got := eval(vm, tt.src); got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

func TestRoundTrips(t *testing.T) {
	// Encryptions with a random salt cannot be tables; they must decrypt.
	tests := []string{
		`C.AES.decrypt(C.AES.encrypt('hé ☃', 'pw').toString(), 'pw').toString(C.enc.Utf8) === 'hé ☃'`,
		`C.TripleDES.decrypt(C.TripleDES.encrypt('x', 'pw'), 'pw').toString(C.enc.Utf8) === 'x'`,
		`C.AES.encrypt('x', 'pw').toString() !== C.AES.encrypt('x', 'pw').toString()`,
		`/^U2FsdGVkX1/.test(C.AES.encrypt('x', 'pw'))`,
		`C.lib.WordArray.random(8).toString() !== C.lib.WordArray.random(8).toString()`,
	}
	vm := newVM(t)
	for _, src := range tests {
		if got := eval(vm, src); got != "true" {
			t.Errorf("%s: %s", src, got)
		}
	}
}

func TestBadInputFailsInScript(t *testing.T) {
	tests := []struct{ src, want string }{
		{`C.AES.encrypt('x', C.enc.Hex.parse('0001'), {mode: C.mode.ECB})`, "THROWS Error"},
		{`C.AES.encrypt('x', 42)`, "THROWS TypeError"},
		{`C.AES.decrypt(42, 'k')`, "THROWS TypeError"},
		{`C.AES.encrypt('x', 'k', {mode: {}})`, "THROWS TypeError"},
		{`C.enc.Hex.stringify('x')`, "THROWS TypeError"},
		{`C.enc.Utf8.parse('\ud800')`, "THROWS URIError"},
		{`C.algo.HMAC.create({}, 'k')`, "THROWS TypeError"},
	}
	vm := newVM(t)
	for _, tt := range tests {
		if got := eval(vm, tt.src); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestOddArgumentsNeverPanic calls every function of CryptoJS with
// arguments of every kind: each may throw a JavaScript error, none may
// panic in Go.
func TestOddArgumentsNeverPanic(t *testing.T) {
	vm := newVM(t)
	src := `
// Fresh arguments for each call: concat grows a WordArray in place.
function args() {
  return [undefined, null, 0, 1.5, -1, NaN, 'str', '', {}, [], [1, 2], {words: 'x', sigBytes: 'y'}, {words: [1, 2], sigBytes: -5},
    {words: [1e20, -1e20, NaN], sigBytes: 1e12}, {words: {length: 2, 0: 5}, sigBytes: 3}, C.enc.Hex.parse('0102'), function () {}, true,
    {ciphertext: 1, salt: 2}, {keySize: 1e9, iterations: 1e9}, {mode: 1, padding: {}, iv: 'x', format: 2}];
}
var n = 0, count = args().length;
function visit(o, path, depth) {
  if (depth > 3 || o === null || (typeof o !== 'object' && typeof o !== 'function')) return;
  Object.keys(o).forEach(function (k) {
    if (k === '$super') return;
    var v = o[k];
    if (typeof v === 'function') {
      for (var i = 0; i < count; i++) {
        for (var j = 0; j < count; j += 3) {
          n++;
          var a = args(), b = args();
          // (Not on lib.WordArray itself: concat would grow it for good.)
          if (o !== C.lib.WordArray) try { v.call(o, a[i], b[j], a[j]); } catch (e) {}
          try { v.call(a[i], b[j], a[j]); } catch (e) {}
        }
      }
    }
    visit(v, path + '.' + k, depth + 1);
  });
}
visit(C, 'C', 0);
n`
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Go panic: %v\n%s", r, debug.Stack())
		}
	}()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if v.ToInteger() < 1000 {
		t.Fatalf("only %d calls made", v.ToInteger())
	}
}
