package scripts

import (
	"encoding/json"
	"os"
	"testing"
)

// testdata/inspect.json holds what Node 20's util.inspect prints for each
// expression with the cli reporter's options (depth 25, maxArrayLength
// 100, breakLength 44); see the generator in the file's history. Values
// pass through teleport-javascript first in postman-sandbox, which turns
// -0 into 0.
func TestInspectMatchesNode(t *testing.T) {
	data, err := os.ReadFile("testdata/inspect.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Expr, Want string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	teleported := map[string]string{"-0": "0"}
	sb := New(Options{})
	for _, c := range cases {
		want := c.Want
		if w, ok := teleported[c.Expr]; ok {
			want = w
		}
		v, err := sb.vm.RunString("(" + c.Expr + ")")
		if err != nil {
			t.Fatalf("%s: %v", c.Expr, err)
		}
		if got := sb.inspect(v); got != want {
			t.Errorf("inspect(%s)\n got: %s\nwant: %s", c.Expr, got, want)
		}
	}
}
