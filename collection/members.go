package collection

import "github.com/tidwall/gjson"

// members returns the members of object v named keys, in keys' order (a
// missing one is the zero Result), reading v once. Each v.Get scans the
// object from its start, over every member before the one asked for; an
// item's scripts come first in most exported collections, so looking up
// ten fields one by one scanned them ten times. Like Get, the first of
// duplicate keys wins.
func members(v gjson.Result, keys ...string) []gjson.Result {
	out := make([]gjson.Result, len(keys))
	left := len(keys)
	v.ForEach(func(k, val gjson.Result) bool {
		for i, key := range keys {
			if k.Str == key && !out[i].Exists() {
				out[i] = val
				left--
				break
			}
		}
		return left > 0
	})
	return out
}
