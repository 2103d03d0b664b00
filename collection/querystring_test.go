package collection

import "testing"

// Expected strings are postman-collection's QueryParam.unparseSingle for
// the same key and value (run in node): & and # are escaped, = only in
// keys, and {{…}} references holding them are left whole.
func TestQueryStringEscapesAsPostman(t *testing.T) {
	tests := []struct {
		key, value string
		want       string
	}{
		{"a&b", "c#d", "a%26b=c%23d"},
		{"{{a&b}}", "{{x#y}}=z", "{{a&b}}={{x#y}}=z"},
		{"{{a{b&c}}", "v", "{{a{b%26c}}=v"},
		{"k=1", "{{p}}&{{q}}", "k%3D1={{p}}%26{{q}}"},
		{"{{n}}=", "{{a}b&c}}", "{{n}}%3D={{a}b%26c}}"},
	}
	for _, tt := range tests {
		v := tt.value
		u := URL{Query: []QueryParam{{Key: tt.key, Value: &v}}}
		if got, _ := u.QueryString(); got != tt.want {
			t.Errorf("QueryString(%q=%q) = %q, want %q", tt.key, tt.value, got, tt.want)
		}
	}
}
