package scripts

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// lodashEqual is lodash's isEqual for the values JSON and scripts make:
// primitives by SameValueZero, arrays and plain objects member by member.
func lodashEqual(a, b goja.Value) bool {
	ao, aObj := a.(*goja.Object)
	bo, bObj := b.(*goja.Object)
	if !aObj || !bObj {
		if aObj || bObj {
			return false
		}
		if isNumber(a) && isNumber(b) {
			x, y := a.ToFloat(), b.ToFloat()
			return x == y || (math.IsNaN(x) && math.IsNaN(y))
		}
		return a.StrictEquals(b)
	}
	if ao == bo {
		return true
	}
	if ao.ClassName() != bo.ClassName() {
		return false
	}
	switch ao.ClassName() {
	case "Date", "RegExp", "String", "Number", "Boolean":
		return ao.String() == bo.String()
	}
	ak, bk := ao.Keys(), bo.Keys()
	if len(ak) != len(bk) {
		return false
	}
	for _, k := range ak {
		bv := bo.Get(k)
		if bv == nil && !hasOwn(bo, k) {
			return false
		}
		if !lodashEqual(modules.OrUndefined(ao.Get(k)), modules.OrUndefined(bv)) {
			return false
		}
	}
	return true
}

func hasOwn(o *goja.Object, k string) bool {
	for _, key := range o.Keys() {
		if key == k {
			return true
		}
	}
	return false
}

// lodashGet follows a lodash property path ("a.b[0].c", "a['b']") and
// reports whether every step existed, as _.has and _.get do.
func lodashGet(vm *goja.Runtime, v goja.Value, path string) (goja.Value, bool) {
	cur := v
	for _, key := range lodashPath(path) {
		o, ok := cur.(*goja.Object)
		if !ok {
			return goja.Undefined(), false
		}
		if !hasOwn(o, key) {
			if arr, isArr := o.Export().([]any); !isArr || !validIndex(key, len(arr)) {
				return goja.Undefined(), false
			}
		}
		cur = modules.OrUndefined(o.Get(key))
	}
	return cur, true
}

func validIndex(key string, n int) bool {
	i, err := strconv.Atoi(key)
	return err == nil && i >= 0 && i < n
}

// lodashPath splits a path as lodash's stringToPath does for the common
// forms: dots, [index] and quoted ['key'].
func lodashPath(path string) []string {
	var keys []string
	var cur strings.Builder
	flush := func() {
		keys = append(keys, cur.String())
		cur.Reset()
	}
	if strings.HasPrefix(path, ".") {
		keys = append(keys, "")
	}
	for i := 0; i < len(path); i++ {
		c := path[i]
		switch c {
		case '.':
			if i > 0 && path[i-1] != ']' {
				flush()
			}
		case '[':
			if i > 0 && path[i-1] != ']' && path[i-1] != '.' {
				flush()
			}
			end := strings.IndexByte(path[i:], ']')
			if end < 0 {
				cur.WriteString(path[i:])
				i = len(path)
				continue
			}
			inner := path[i+1 : i+end]
			if len(inner) >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[len(inner)-1] == inner[0] {
				inner = inner[1 : len(inner)-1]
			}
			cur.WriteString(inner)
			flush()
			i += end
		default:
			cur.WriteByte(c)
		}
	}
	if cur.Len() > 0 || (len(path) > 0 && path[len(path)-1] == '.') {
		flush()
	}
	return keys
}

// optField reads an optional option: v.key when v is an object, else
// undefined.
func optField(v goja.Value, key string) goja.Value {
	if o, ok := v.(*goja.Object); ok {
		return modules.OrUndefined(o.Get(key))
	}
	return goja.Undefined()
}
