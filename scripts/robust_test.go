package scripts

import (
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

// TestOddArgumentsNeverPanic calls every function reachable from pm and
// the legacy globals with odd arguments: scripts may throw, but no Go
// panic may surface (each would be an "internal error").
func TestOddArgumentsNeverPanic(t *testing.T) {
	h := newHarness(t, Options{Jar: &memJar{cookies: map[string]Cookie{}},
		Sender: fakeSender(func(*collection.Request) (*Response, error) { return &Response{Code: 200}, nil })})
	src := `
var args = [[], [undefined], [null], [1], ["x"], [{}], [[]], [function () {}], ["x", "y"], [{key: "k", value: "v"}], ["a", 1, {}], [Symbol("s")]];
var seen = [];
function walk(obj, path, depth) {
  if (!obj || depth > 3 || seen.indexOf(obj) >= 0) return;
  seen.push(obj);
  Object.getOwnPropertyNames(obj).forEach(function (k) {
    if (path + "." + k === "pm.execution.skipRequest" || k === "constructor") return;
    var v;
    try { v = obj[k]; } catch (e) { return; }
    if (typeof v === "function") {
      args.forEach(function (a, i) { console.log(path + "." + k, i);
        var r;
        try { r = v.apply(obj, a); } catch (e) { if (String(e && e.message).indexOf("internal error") >= 0) throw e; }
        if (r && typeof r === "object") walk(r, path + "." + k + "()", depth + 1);
      });
    } else if (v && typeof v === "object") {
      walk(v, path + "." + k, depth + 1);
    }
  });
}
walk(pm, "pm", 0);
["postman", "request", "responseCode", "environment"].forEach(function (g) { walk(this[g], g, 0); }, this);
`
	for _, event := range []string{"prerequest", "test"} {
		res := h.run(event, strings.ReplaceAll(src, "this[g]", "eval(g)"))
		if res.Error != nil && strings.Contains(res.Error.Message, "internal error") {
			t.Errorf("%s: %s after %s", event, res.Error.Message, h.console[len(h.console)-1])
		}
	}
}
