package lodash

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// toPath splits a property path as lodash's stringToPath does:
// "a.b[0]['c.d']" is a, b, 0, c.d; empty segments stay.
func toPath(s string) []string {
	out := []string{}
	if strings.HasPrefix(s, ".") {
		out = append(out, "")
	}
	for i := 0; i < len(s); {
		switch c := s[i]; c {
		case '.':
			rest := s[i+1:]
			if rest == "" || rest[0] == '.' || strings.HasPrefix(rest, "[]") {
				out = append(out, "")
			}
			i++
		case '[':
			key, n := bracket(s[i:])
			if n == 0 {
				// "[]" and an unclosed bracket are skipped, as lodash does.
				i++
				continue
			}
			out = append(out, key)
			i += n
		default:
			j := i
			for j < len(s) && s[j] != '.' && s[j] != '[' {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

// bracket reads "[key]" or "['key']" at the start of s: the key and how
// many bytes it took, 0 when s holds none.
func bracket(s string) (string, int) {
	if len(s) < 2 {
		return "", 0
	}
	if q := s[1]; q == '"' || q == '\'' {
		var b strings.Builder
		for i := 2; i < len(s); i++ {
			switch s[i] {
			case '\\':
				if i+1 < len(s) {
					i++
					b.WriteByte(s[i])
				}
			case q:
				if i+1 < len(s) && s[i+1] == ']' {
					return b.String(), i + 2
				}
				b.WriteByte(q)
			default:
				b.WriteByte(s[i])
			}
		}
		return "", 0
	}
	end := strings.IndexAny(s[1:], "[]")
	if end <= 0 || s[1+end] != ']' {
		return "", 0
	}
	return s[1 : 1+end], end + 2
}

// pathOf turns a path argument into keys: arrays member by member, a
// string that names a key of obj (or has no path syntax) as itself.
func (l *lib) pathOf(obj, path goja.Value) []string {
	if isArray(path) {
		var keys []string
		for _, k := range l.list(path) {
			keys = append(keys, l.keyString(k))
		}
		return keys
	}
	if !goja.IsString(path) {
		return []string{l.keyString(path)}
	}
	s := path.String()
	if !strings.ContainsAny(s, ".[") {
		return []string{s}
	}
	if o, ok := asObject(obj); ok && hasProperty(o, s) {
		return []string{s}
	}
	return toPath(s)
}

// keyString is a value as a property key; -0 stays "-0" as in lodash's toKey.
func (l *lib) keyString(v goja.Value) string {
	if goja.IsNumber(v) {
		return l.toStr(v)
	}
	return v.String()
}

func hasProperty(o *goja.Object, key string) bool {
	for p := o; p != nil; p = p.Prototype() {
		if p.GetOwnPropertyNames() != nil {
			for _, k := range p.GetOwnPropertyNames() {
				if k == key {
					return true
				}
			}
		}
	}
	return false
}

func hasOwn(o *goja.Object, key string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == key {
			return true
		}
	}
	return false
}

// getPath follows keys from v; ok is false when a step is missing.
func (l *lib) getPath(v goja.Value, keys []string) (goja.Value, bool) {
	if len(keys) == 0 {
		return goja.Undefined(), false
	}
	cur := v
	for _, k := range keys {
		if isNil(cur) {
			return goja.Undefined(), false
		}
		cur = modules.OrUndefined(cur.ToObject(l.vm).Get(k))
	}
	return cur, true
}

// hasPath is _.has: every key an own property (or an index of an array-like).
func (l *lib) hasPath(v goja.Value, keys []string, inherited bool) bool {
	if len(keys) == 0 {
		return false
	}
	cur := v
	for _, k := range keys {
		if isNil(cur) {
			return false
		}
		o := cur.ToObject(l.vm)
		if inherited && !hasProperty(o, k) || !inherited && !hasOwn(o, k) {
			return false
		}
		cur = modules.OrUndefined(o.Get(k))
	}
	return true
}

// setPath is _.set: missing steps become arrays when the next key is an
// index, objects otherwise.
func (l *lib) setPath(obj goja.Value, keys []string, val goja.Value) {
	o, ok := asObject(obj)
	if !ok {
		return
	}
	for i, k := range keys {
		if i == len(keys)-1 {
			_ = o.Set(k, val)
			return
		}
		cur := modules.OrUndefined(o.Get(k))
		next, isObj := asObject(cur)
		if !isObj && l.v3 && !isNil(cur) {
			return // lodash 3 leaves a primitive in the way as it is
		}
		if !isObj {
			if isIndex(keys[i+1]) {
				next = l.vm.NewArray()
			} else {
				next = l.vm.NewObject()
			}
			_ = o.Set(k, next)
		}
		o = next
	}
}

func isIndex(s string) bool {
	if s == "" || len(s) > 15 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s == "0" || s[0] != '0'
}
