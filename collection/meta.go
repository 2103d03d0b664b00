package collection

import (
	"strings"

	"github.com/tidwall/gjson"
)

// metaOf collects an object's "_"-prefixed members (_postman_exported_at,
// _postman_previewlanguage, …) under their names less the leading
// underscores, as postman-collection keeps them in a property's "_" and
// writes them back; nil when there are none.
func metaOf(v gjson.Result) map[string]any {
	var meta map[string]any
	v.ForEach(func(k, val gjson.Result) bool {
		key := k.String()
		if len(key) > 1 && key[0] == '_' {
			if meta == nil {
				meta = map[string]any{}
			}
			meta[strings.TrimLeft(key, "_")] = val.Value()
		}
		return true
	})
	return meta
}
