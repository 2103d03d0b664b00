package scripts

import (
	"testing"

	"github.com/dop251/goja"
)

// pm.sendRequest takes a URL only from a string (or {raw}), as
// postman-collection does: other values leave it empty, so that the runner
// fails the request with "request url is empty" as Newman does.
func TestSendRequestURLArg(t *testing.T) {
	tests := []struct{ arg, want string }{
		{`({url: "http://x/a"})`, "http://x/a"},
		{`({url: {raw: "http://x/b"}})`, "http://x/b"},
		{`({url: 5})`, ""},
		{`({url: true})`, ""},
		{`"http://x/c"`, "http://x/c"},
	}
	h := newHarness(t, Options{})
	for _, tt := range tests {
		var got string
		h.sb.loop.Run(func(vm *goja.Runtime) {
			v, err := vm.RunString(tt.arg)
			if err != nil {
				t.Fatal(err)
			}
			got = h.sb.requestArg(v).URL.String()
		})
		if got != tt.want {
			t.Errorf("requestArg(%s).URL = %q, want %q", tt.arg, got, tt.want)
		}
	}
}
