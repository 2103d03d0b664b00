package scripts

import (
	"strings"
	"testing"
)

// TestResponseJSONShape checks that pm.response.json() builds what
// JSON.parse builds: key order, a "__proto__" key as an own property,
// the last of duplicate keys, a fresh tree per call.
func TestResponseJSONShape(t *testing.T) {
	h := newHarness(t, Options{})
	h.resp.Body = []byte(`{"__proto__":{"x":1},"b":2,"a":{"c":[1,null,true,"s"]},"b":3}`)
	res := h.run("test", `
var j = pm.response.json(), p = JSON.parse(pm.response.text());
console.log(JSON.stringify(Object.keys(j)), JSON.stringify(Object.keys(p)));
console.log(j.x, p.x, Object.getPrototypeOf(j) === Object.prototype, Object.getPrototypeOf(p) === Object.prototype);
console.log(JSON.stringify(j) === JSON.stringify(p), j.b, Object.prototype.hasOwnProperty.call(j, "__proto__"));
j.b = 9;
console.log(pm.response.json().b, pm.response.json() === pm.response.json());`)
	if res.Error != nil {
		t.Fatal(res.Error)
	}
	want := []string{
		`log: '["__proto__","b","a"]', '["__proto__","b","a"]'`,
		"log: undefined, undefined, true, true",
		"log: true, 3, true",
		"log: 3, false",
	}
	if got := strings.Join(h.console, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}
