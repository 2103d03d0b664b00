package moment

import (
	"strconv"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// newVM is a runtime whose clock is frozen where the generated cases
// froze node's, with require('moment') bound to moment.
func newVM(t testing.TB) *goja.Runtime {
	vm := oracle.Runtime()
	src := "Date.now = function () { return " + strconv.FormatInt(frozenNow, 10) + "; }; var moment = require('moment');"
	if _, err := vm.RunString(src); err != nil {
		t.Fatal(err)
	}
	return vm
}

func eval(vm *goja.Runtime, src string) string {
	v, err := vm.RunString(src)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if o, ok := ex.Value().(*goja.Object); ok {
				return "THROWS " + o.Get("name").String() + ": " + o.Get("message").String()
			}
		}
		return "THROWS " + err.Error()
	}
	return v.String()
}

func TestAgainstMoment(t *testing.T) {
	vm := newVM(t)
	fails := 0
	for _, tt := range momentCases {
		if got := eval(vm, tt.src); got != tt.want {
			fails++
			t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
	if fails > 0 {
		t.Logf("%d of %d cases differ", fails, len(momentCases))
	}
}

// TestHostZoneDoesNotLeak runs the cases again with the process in
// another zone: local time stays UTC.
func TestHostZoneDoesNotLeak(t *testing.T) {
	saved := time.Local
	time.Local = time.FixedZone("IST", 5*3600+1800)
	defer func() { time.Local = saved }()
	vm := newVM(t)
	if got := eval(vm, "new Date(2020, 0, 1).getTimezoneOffset()"); got != "-330" {
		t.Fatalf("the engine's zone did not change (offset %s); the test proves nothing", got)
	}
	for _, tt := range momentCases {
		if got := eval(vm, tt.src); got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}
