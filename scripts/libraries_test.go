package scripts

import (
	"strings"
	"testing"
)

// TestLibraryGlobals checks that the legacy library globals are the
// modules require() gives, and warn as postman-sandbox does.
func TestLibraryGlobals(t *testing.T) {
	h := newHarness(t, Options{})
	h.run("test", `
// As in Newman the global is a warning proxy, not the module itself.
console.log(tv4 === require('tv4'), tv4.validate(1, {type: 'string'}), tv4.error.message);`)
	want := []string{
		"warn: `Using \"tv4\" is deprecated. Use \"require('ajv')\" instead.`",
		"log: false, false, 'Invalid type: number (expected string)'",
	}
	if got := strings.Join(h.console, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("console\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}
