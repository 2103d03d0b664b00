package collection

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Variable is one named value of a scope. Value keeps the JSON type it was
// given (string, float64, bool, nil, map[string]any, []any), as Postman does:
// pm.environment.get returns what was set, and only resolution turns it into
// text.
type Variable struct {
	Key      string
	Value    any
	Type     string
	Disabled bool
	// System marks an auth parameter the runtime set while signing (a
	// nonce, a timestamp); scripts see it as "system": true.
	System bool
}

// Scope is an ordered set of variables: the environment, the globals, the
// collection variables, iteration data or a script's local variables.
type Scope struct {
	ID   string
	Name string
	// Plain marks a scope the runtime hands to the Substitutor as a plain
	// object (iteration data): there a null value leaves {{name}} as
	// written and stops the search, where a Variable's null is "null".
	Plain bool
	// Meta holds the file's "_"-prefixed members (_postman_exported_at…)
	// by their names less the underscores, for reports.
	Meta map[string]any
	vars []Variable
	// index maps a key to its last enabled position in vars.
	index map[string]int
}

// NewScope returns a scope holding vars in order. When a key repeats, the
// last enabled one wins, as in Postman's VariableList.
func NewScope(name string, vars []Variable) *Scope {
	s := &Scope{Name: name, index: make(map[string]int, len(vars))}
	for _, v := range vars {
		s.vars = append(s.vars, v)
		if !v.Disabled {
			s.index[v.Key] = len(s.vars) - 1
		}
	}
	return s
}

// Get returns the value of an enabled variable.
func (s *Scope) Get(key string) (any, bool) {
	if s == nil {
		return nil, false
	}
	i, ok := s.index[key]
	if !ok {
		return nil, false
	}
	return s.vars[i].Value, true
}

// Has reports whether an enabled variable has the key.
func (s *Scope) Has(key string) bool {
	_, ok := s.Get(key)
	return ok
}

// Set sets a variable's value, adding it at the end when it is new.
func (s *Scope) Set(key string, value any) {
	if i, ok := s.index[key]; ok {
		s.vars[i].Value = value
		return
	}
	s.vars = append(s.vars, Variable{Key: key, Value: value})
	s.index[key] = len(s.vars) - 1
}

// Unset removes every variable with the key.
func (s *Scope) Unset(key string) {
	if _, ok := s.index[key]; !ok {
		return
	}
	kept := s.vars[:0]
	for _, v := range s.vars {
		if v.Key != key {
			kept = append(kept, v)
		}
	}
	s.vars = kept
	s.reindex()
}

// Clear removes every variable.
func (s *Scope) Clear() {
	s.vars = nil
	s.index = map[string]int{}
}

// Variables returns the variables in order, disabled ones included.
func (s *Scope) Variables() []Variable {
	if s == nil {
		return nil
	}
	return s.vars
}

// Len returns the number of variables, disabled ones included.
func (s *Scope) Len() int {
	if s == nil {
		return 0
	}
	return len(s.vars)
}

// Clone returns an independent copy of the scope.
func (s *Scope) Clone() *Scope {
	c := NewScope(s.Name, append([]Variable(nil), s.vars...))
	c.ID, c.Plain = s.ID, s.Plain
	return c
}

func (s *Scope) reindex() {
	s.index = make(map[string]int, len(s.vars))
	for i, v := range s.vars {
		if !v.Disabled {
			s.index[v.Key] = i
		}
	}
}

// stringify renders a value as Postman does when it substitutes a variable:
// null is "null", undefined is "", objects follow JavaScript's String().
func stringify(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return FormatNumber(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case json.Number:
		return x.String()
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			if e != nil {
				parts[i] = stringify(e)
			}
		}
		return strings.Join(parts, ",")
	case map[string]any:
		return "[object Object]"
	case interface{ String() string }:
		return x.String()
	default:
		return "[object Object]"
	}
}

// Stringify renders a variable value as substitution does.
func Stringify(v any) string { return stringify(v) }
