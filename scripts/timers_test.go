package scripts

import (
	"strings"
	"testing"
)

// Node runs timeouts by due time, then in the order they were made; the
// loop's timers fire from their own goroutines, so this is checked many
// times over.
func TestTimeoutsRunInNodeOrder(t *testing.T) {
	h := newHarness(t, Options{})
	src := `var order = [];
for (var i = 0; i < 8; i++) { (function (n) { setTimeout(function () { order.push(n); }, 0); })(i); }
setTimeout(function () { order.push('late'); }, 5);
setTimeout(function () { order.push('1ms'); }, 1);
var cleared = setTimeout(function () { order.push('cleared'); }, 0);
clearTimeout(cleared);
setTimeout(function () { console.log(order.join(' ')); }, 10);`
	want := "log: '0 1 2 3 4 5 6 7 1ms late'"
	for run := 0; run < 30; run++ {
		res := h.run("prerequest", src)
		if res.Error != nil {
			t.Fatalf("run %d: %v", run, res.Error)
		}
		if got := strings.Join(h.console, "\n"); got != want {
			t.Fatalf("run %d: console %q, want %q", run, got, want)
		}
	}
}
