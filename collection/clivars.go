package collection

import (
	"strings"

	"github.com/tidwall/gjson"
)

// CLIVariable is one --env-var or --global-var value.
type CLIVariable struct {
	Key   string
	Value string
	// HasValue is false for "--env-var name" without "=": Newman then sets
	// the variable to undefined, which substitutes as "" (held as "" here).
	HasValue bool
}

// ParseCLIVariable splits "key=value" at the first "=", as Newman's
// memoizeKeyVal does, so values may hold "=" and "=x" has an empty key.
func ParseCLIVariable(arg string) CLIVariable {
	k, v, ok := strings.Cut(arg, "=")
	return CLIVariable{Key: k, Value: v, HasValue: ok}
}

// ApplyCLIVariables sets each variable in s in order, after the file was
// loaded, as Newman does with VariableScope#set: an existing variable keeps
// its declared type and the value is cast to it (a "number" variable given
// "5" holds 5), and a disabled one is enabled; a new one is added untyped.
func ApplyCLIVariables(s *Scope, vars []CLIVariable) {
	for _, cv := range vars {
		var value any = cv.Value
		if existing, ok := s.lookupAny(cv.Key); ok && existing.Type != "" {
			raw := gjson.Result{Type: gjson.String, Str: cv.Value}
			if !cv.HasValue {
				raw = gjson.Result{}
			}
			value = castValue(raw, existing.Type)
		} else if !cv.HasValue {
			value = ""
		}
		s.setEnabled(cv.Key, value)
	}
}

// lookupAny finds the variable with key, enabled or not, the last one
// winning.
func (s *Scope) lookupAny(key string) (Variable, bool) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].Key == key {
			return s.vars[i], true
		}
	}
	return Variable{}, false
}

// setEnabled sets key's value and enables it.
func (s *Scope) setEnabled(key string, value any) {
	if _, ok := s.index[key]; !ok {
		for i := len(s.vars) - 1; i >= 0; i-- {
			if s.vars[i].Key == key {
				s.vars[i].Disabled = false
				s.vars[i].Value = value
				s.index[key] = i
				return
			}
		}
	}
	s.Set(key, value)
}
