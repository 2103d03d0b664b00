package collection

import "strings"

// maxResolvePasses is how many times Postman re-scans a string for {{…}}
// before giving up, so that values holding further references resolve and a
// self-reference stops.
const maxResolvePasses = 19

// Resolver substitutes {{name}} references from a list of scopes, the first
// scope winning, then from the dynamic variables ($guid, $randomInt, …).
type Resolver struct {
	Scopes []*Scope
	// Dynamic generates a value for a name such as "$guid"; nil disables
	// dynamic variables.
	Dynamic func(name string) (string, bool)
}

// Lookup returns the value of name from the first scope that has it.
func (r *Resolver) Lookup(name string) (any, bool) {
	for _, s := range r.Scopes {
		if v, ok := s.Get(name); ok {
			return v, true
		}
	}
	return nil, false
}

// Resolve replaces every {{name}} in s whose name is known. References are
// resolved innermost first, and the result is scanned again so that values
// holding references resolve too; unknown names stay as written.
func (r *Resolver) Resolve(s string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	for pass := 0; pass < maxResolvePasses; pass++ {
		next, replaced := r.resolveOnce(s)
		s = next
		if !replaced {
			break
		}
	}
	return s
}

// resolveOnce substitutes every innermost {{name}} (one holding no braces)
// once, and reports whether anything changed.
func (r *Resolver) resolveOnce(s string) (string, bool) {
	var b strings.Builder
	changed := false
	rest := s
	for {
		open := strings.Index(rest, "{{")
		if open < 0 {
			break
		}
		// The name runs to the first "}}" and may hold no brace; a later
		// "{{" restarts the search so that the innermost pair wins.
		body := rest[open+2:]
		end := strings.IndexAny(body, "{}")
		if end < 0 || !strings.HasPrefix(body[end:], "}}") {
			skip := open + 1
			b.WriteString(rest[:skip])
			rest = rest[skip:]
			continue
		}
		name := body[:end]
		b.WriteString(rest[:open])
		if value, ok := r.value(name); ok {
			b.WriteString(value)
			if value != "{{"+name+"}}" {
				changed = true
			}
		} else {
			b.WriteString(rest[open : open+2+end+2])
		}
		rest = body[end+2:]
	}
	if !changed {
		return s, false
	}
	b.WriteString(rest)
	return b.String(), true
}

func (r *Resolver) value(name string) (string, bool) {
	for _, s := range r.Scopes {
		if v, ok := s.Get(name); ok {
			if v == nil && s.Plain {
				return "{{" + name + "}}", true
			}
			return stringify(v), true
		}
	}
	if r.Dynamic != nil && strings.HasPrefix(name, "$") {
		return r.Dynamic(name)
	}
	return "", false
}

// NewResolver returns a resolver over the run's scopes in the runtime's
// order of precedence: local (pm.variables), iteration data, environment,
// collection variables, globals, then the dynamic variables. Nil scopes are
// skipped. Folder and item variables take no part, as in postman-runtime
// 7.39.1 (checked with Newman: {{folderVar}} stays unresolved).
func NewResolver(local, data, environment, collectionVars, globals *Scope) *Resolver {
	r := &Resolver{Dynamic: DynamicValue}
	for _, s := range []*Scope{local, data, environment, collectionVars, globals} {
		if s != nil {
			r.Scopes = append(r.Scopes, s)
		}
	}
	return r
}
