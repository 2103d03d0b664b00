package modules

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"
)

func TestRegisterAndInstall(t *testing.T) {
	Register("pmrun-test-answer", JS("answer", `module.exports = { answer: 42 };`))
	if !Has("pmrun-test-answer") || Has("pmrun-test-missing") {
		t.Fatal("Has does not see the registration")
	}
	vm := goja.New()
	r := require.NewRegistry()
	Install(r)
	r.Enable(vm)
	v, err := vm.RunString(`require("pmrun-test-answer").answer`)
	if err != nil || v.ToInteger() != 42 {
		t.Fatalf("require = %v, %v", v, err)
	}
	defer func() {
		if recover() == nil {
			t.Error("a second registration of a name should panic")
		}
	}()
	Register("pmrun-test-answer", JS("answer", ``))
}
