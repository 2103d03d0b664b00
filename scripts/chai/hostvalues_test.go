package chai

import (
	"testing"
)

// Values that Go code hands to scripts (maps, slices, structs) must behave
// like their JS counterparts in assertions and messages.
func TestGoBackedValues(t *testing.T) {
	vm, _ := newTestRuntime(t)
	type point struct{ X, Y int }
	for name, v := range map[string]interface{}{
		"gomap":    map[string]interface{}{"a": 1, "b": "two"},
		"gomap1":   map[string]interface{}{"a": 1}, // one key: Go map order is random
		"goslice":  []interface{}{1, "two", 3.5},
		"gonums":   []int{1, 2, 3},
		"gostruct": point{1, 2},
	} {
		if err := vm.Set(name, v); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct{ code, want string }{
		{"expect(gomap).to.have.property('a', 1)", "ok"},
		{"expect(gomap).to.eql({a: 1, b: 'two'})", "ok"},
		{"expect(gomap).to.have.all.keys('a', 'b')", "ok"},
		{"expect(gomap).to.include({b: 'two'})", "ok"},
		{"expect(gomap).to.be.an('object')", "ok"},
		{"expect(gomap1).to.equal(1)", "AssertionError: expected { a: 1 } to equal 1"},
		{"expect(goslice).to.eql([1, 'two', 3.5])", "ok"},
		{"expect(goslice).to.include('two')", "ok"},
		{"expect(goslice).to.have.lengthOf(3)", "ok"},
		{"expect(goslice).to.have.members([3.5, 1, 'two'])", "ok"},
		{"expect(goslice).to.be.an('array')", "ok"},
		{"expect(goslice).to.equal(1)", "AssertionError: expected [ 1, 'two', 3.5 ] to equal 1"},
		{"expect(gonums).to.deep.equal([1, 2, 3])", "ok"},
		{"expect(gostruct).to.have.property('X', 1)", "ok"},
		{"expect(gostruct).to.equal(1)", "AssertionError: expected { X: 1, Y: 2 } to equal 1"},
	}
	for _, c := range cases {
		if got := outcome(vm, c.code); got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.code, got, c.want)
		}
	}
}
