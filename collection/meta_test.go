package collection

import (
	"reflect"
	"testing"
)

// TestVariableFileMeta checks that an environment file's "_"-prefixed
// members are kept, unprefixed, for the reports that write them back.
func TestVariableFileMeta(t *testing.T) {
	tests := []struct {
		name string
		file string
		want map[string]any
	}{
		{"postman export", `{"name":"e","values":[],"_postman_variable_scope":"environment","_postman_exported_at":"2026-01-01T00:00:00.000Z"}`,
			map[string]any{"postman_variable_scope": "environment", "postman_exported_at": "2026-01-01T00:00:00.000Z"}},
		{"any value, leading underscores trimmed", `{"values":[],"__x":{"a":1}}`, map[string]any{"x": map[string]any{"a": float64(1)}}},
		{"a lone underscore is no meta", `{"values":[],"_":1}`, nil},
		{"none", `{"values":[]}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseVariableFile([]byte(tt.file), "env.json", "environment")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(s.Meta, tt.want) {
				t.Errorf("Meta = %#v, want %#v", s.Meta, tt.want)
			}
		})
	}
}
