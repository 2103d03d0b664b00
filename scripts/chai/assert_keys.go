package chai

import (
	"sort"
	"strings"

	"github.com/dop251/goja"
)

func assertKeys(a *Assertion, args []goja.Value) goja.Value {
	b := &a.e.b
	vm := a.e.vm
	objType := b.typeDetect(a.obj)
	first := argAt(args, 0)
	keysType := b.typeDetect(first)
	deepStr := ""
	var actual, keys []goja.Value
	if objType == "Map" || objType == "Set" {
		if a.flags.deep {
			deepStr = "deeply "
		}
		b.forEachEntry(a.obj.(*goja.Object), objType == "Map", func(k, _ goja.Value) { actual = append(actual, k) })
		if keysType == "Array" {
			keys = b.arrayValues(first)
		} else {
			keys = append(keys, args...)
		}
	} else {
		actual = b.ownEnumerableKeys(a.obj)
		mixed := "when testing keys against an object or an array you must give a single Array|Object|String argument or multiple String arguments"
		switch keysType {
		case "Array":
			if len(args) > 1 {
				a.Fail(mixed)
			}
			keys = b.arrayValues(first)
		case "Object":
			if len(args) > 1 {
				a.Fail(mixed)
			}
			for _, k := range first.(*goja.Object).Keys() {
				keys = append(keys, vm.ToValue(k))
			}
		default:
			keys = append(keys, args...)
		}
		for i, k := range keys {
			if _, isSym := k.(*goja.Symbol); !isSym {
				keys[i] = vm.ToValue(k.String())
			}
		}
	}
	if len(keys) == 0 {
		a.Fail("keys required")
	}
	isEql := strictEquals
	if a.flags.deep {
		isEql = b.deepEqual
	}
	any, all := a.flags.any, a.flags.all
	if !any && !all {
		all = true
	}
	hasKey := func(k goja.Value) bool {
		for _, ak := range actual {
			if isEql(k, ak) {
				return true
			}
		}
		return false
	}
	ok := true
	if any {
		ok = false
		for _, k := range keys {
			if hasKey(k) {
				ok = true
				break
			}
		}
	}
	if all {
		for _, k := range keys {
			if !hasKey(k) {
				ok = false
				break
			}
		}
		if !a.flags.contains {
			ok = ok && len(keys) == len(actual)
		}
	}
	if a.holds(ok) {
		return nil
	}
	var str string
	if len(keys) > 1 {
		shown := make([]string, len(keys))
		for i, k := range keys {
			shown[i] = b.inspect(k)
		}
		head, last := strings.Join(shown[:len(shown)-1], ", "), shown[len(shown)-1]
		if all {
			str = head + ", and " + last
		}
		if any {
			str = head + ", or " + last
		}
		str = "keys " + str
	} else {
		str = "key " + b.inspect(keys[0])
	}
	if a.flags.contains {
		str = "contain " + str
	} else {
		str = "have " + str
	}
	exp := b.sortedByInspect(keys)
	act := b.sortedByInspect(actual)
	a.fail("expected #{this} to "+deepStr+str, "expected #{this} to not "+deepStr+str, exp, act, true)
	return nil
}

// ownEnumerableKeys is chai's getOwnEnumerableProperties: Object.keys plus
// enumerable own symbols.
func (b *builtins) ownEnumerableKeys(v goja.Value) []goja.Value {
	if isNullish(v) {
		panic(b.vm.NewTypeError("Cannot convert undefined or null to object"))
	}
	o := v.ToObject(b.vm)
	var out []goja.Value
	for _, k := range o.Keys() {
		out = append(out, b.vm.ToValue(k))
	}
	for _, s := range o.Symbols() {
		if b.call(b.propIsEnumerable, o, s).ToBoolean() {
			out = append(out, s)
		}
	}
	return out
}

// sortedByInspect copies vals into a JS array sorted by chai's
// compareByInspect.
func (b *builtins) sortedByInspect(vals []goja.Value) *goja.Object {
	type keyed struct {
		s string
		v goja.Value
	}
	ks := make([]keyed, len(vals))
	for i, v := range vals {
		ks[i] = keyed{b.inspect(v), v}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].s < ks[j].s })
	out := make([]interface{}, len(ks))
	for i, k := range ks {
		out[i] = k.v
	}
	return b.vm.NewArray(out...)
}
