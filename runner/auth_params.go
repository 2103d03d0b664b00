package runner

import (
	"math"
	"strconv"
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// authParams are an auth's parameters as a handler sees them (the
// runtime's AuthInterface): values keep their JSON type, a repeated key
// reads as its last entry, and system marks the keys the runtime set.
type authParams struct {
	vars   []collection.Variable
	system map[string]bool
}

// newAuthParams resolves a's parameters (when resolver is set) and lays
// the system parameters set so far over them.
func newAuthParams(a *collection.Auth, system *authParams, resolver *collection.Resolver) *authParams {
	src := a
	if resolver != nil {
		src = resolver.ResolveAuth(a)
	}
	p := &authParams{vars: append([]collection.Variable(nil), src.Params...), system: map[string]bool{}}
	if system != nil {
		for _, v := range system.vars {
			p.upsert(v.Key, v.Value)
			p.system[v.Key] = true
		}
	}
	return p
}

func (p *authParams) index(key string) int {
	for i := len(p.vars) - 1; i >= 0; i-- {
		if p.vars[i].Key == key {
			return i
		}
	}
	return -1
}

// get returns the value of key, nil when absent.
func (p *authParams) get(key string) any {
	if i := p.index(key); i >= 0 {
		return p.vars[i].Value
	}
	return nil
}

// str is String(value) for a present, non-null value, else "".
func (p *authParams) str(key string) string {
	v := p.get(key)
	if v == nil {
		return ""
	}
	return collection.Stringify(v)
}

// orEmpty is `auth.get(key) || ”` rendered as a string.
func (p *authParams) orEmpty(key string) string {
	if !collection.Truthy(p.get(key)) {
		return ""
	}
	return p.str(key)
}

// truthy reports whether the value of key is truthy in JavaScript.
func (p *authParams) truthy(key string) bool { return collection.Truthy(p.get(key)) }

// set is AuthInterface#set: it adds a missing key and updates a system
// one or one whose value is empty; a user's value stays.
func (p *authParams) set(key string, value any) {
	i := p.index(key)
	if i < 0 {
		p.vars = append(p.vars, collection.Variable{Key: key, Value: value, Type: "any"})
		p.system[key] = true
		return
	}
	if p.system[key] || isEmptyParam(p.vars[i].Value) {
		p.vars[i].Value = value
		p.system[key] = true
	}
}

func (p *authParams) upsert(key string, value any) {
	if i := p.index(key); i >= 0 {
		p.vars[i].Value = value
		return
	}
	p.vars = append(p.vars, collection.Variable{Key: key, Value: value, Type: "any"})
}

// merge keeps q's system parameters in p, the state of an auth object.
func (p *authParams) merge(q *authParams) {
	for _, v := range q.vars {
		if q.system[v.Key] {
			p.upsert(v.Key, v.Value)
		}
	}
}

// auth is the parameters as a RequestAuth, as test scripts see it.
func (p *authParams) auth(typ string) *collection.Auth {
	out := &collection.Auth{Type: typ, Params: append([]collection.Variable(nil), p.vars...)}
	for i := range out.Params {
		out.Params[i].System = p.system[out.Params[i].Key]
	}
	return out
}

func isEmptyParam(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case float64:
		return math.IsNaN(x)
	}
	return false
}

// parseIntJS is lodash's parseInt / JS parseInt(s, 10): leading space, a
// sign and the leading digits; ok is false for NaN.
func parseIntJS(v any) (int64, bool) {
	s := strings.TrimLeft(collection.Stringify(v), " \t\n\r\v\f")
	if v == nil {
		return 0, false
	}
	if f, isNum := v.(float64); isNum {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, false
		}
		return int64(f), true
	}
	end := 0
	if end < len(s) && (s[end] == '+' || s[end] == '-') {
		end++
	}
	start := end
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == start {
		return 0, false
	}
	n, err := strconv.ParseInt(s[:end], 10, 64)
	return n, err == nil
}
