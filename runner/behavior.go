package runner

import (
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// behavior is a request's protocolProfileBehavior: the collection's,
// overridden by each folder's, overridden by the item's own.
type behavior map[string]any

// behaviorFor merges the settings along the item's parents. It stands in
// until the collection package offers the merge itself.
func behaviorFor(col *collection.Collection, it *collection.Item) behavior {
	var chain []map[string]any
	for p := it; p != nil; p = p.Parent {
		chain = append(chain, p.ProtocolProfileBehavior)
	}
	out := behavior{}
	if col != nil {
		for k, v := range col.ProtocolProfileBehavior {
			out[k] = v
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		for k, v := range chain[i] {
			out[k] = v
		}
	}
	return out
}

// flag reads a boolean setting; def applies when it is absent or not a
// boolean.
func (b behavior) flag(key string, def bool) bool {
	if v, ok := b[key].(bool); ok {
		return v
	}
	return def
}

// number reads a numeric setting.
func (b behavior) number(key string, def int) int {
	switch v := b[key].(type) {
	case float64:
		return int(v)
	case int:
		return v
	case int64:
		return int(v)
	}
	return def
}

// disabledSystemHeaders lists, lower-cased, the system headers turned off.
func (b behavior) disabledSystemHeaders() map[string]bool {
	out := map[string]bool{}
	if m, ok := b["disabledSystemHeaders"].(map[string]any); ok {
		for k, v := range m {
			if on, _ := v.(bool); on {
				out[strings.ToLower(k)] = true
			}
		}
	}
	return out
}
