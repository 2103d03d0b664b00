package collection

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

func rowsOf(scopes []*Scope) []map[string]any {
	out := []map[string]any{}
	for _, s := range scopes {
		m := map[string]any{}
		for _, v := range s.Variables() {
			m[v.Key] = v.Value
		}
		out = append(out, m)
	}
	return out
}

// TestCSVMatchesCSVParse replays inputs that csv-parse 4.16.3 read in node
// with Newman's options and csvAutoParse cast.
func TestCSVMatchesCSVParse(t *testing.T) {
	data, err := os.ReadFile("testdata/data/csv_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range gjson.ParseBytes(data).Array() {
		in := c.Get("in").String()
		scopes, err := ParseData([]byte(in), "data.csv")
		if msg := c.Get("error"); msg.Exists() {
			prefix, _, _ := strings.Cut(msg.String(), ":")
			if err == nil || !strings.Contains(err.Error(), prefix) {
				t.Errorf("%q: err = %v, want one like %q", in, err, msg.String())
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		var want []map[string]any
		if err := json.Unmarshal([]byte(c.Get("records").Raw), &want); err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = []map[string]any{}
		}
		got := rowsOf(scopes)
		for _, row := range got { // -0 prints as 0 in JSON
			for k, v := range row {
				if f, ok := v.(float64); ok && f == 0 && math.Signbit(f) {
					row[k] = 0.0
				}
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got  %v\n want %v", in, got, want)
		}
		for _, s := range scopes {
			if !s.Plain {
				t.Errorf("data scopes must be Plain")
			}
		}
	}
}

func TestParseDataJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     []map[string]any
	}{
		{"array of objects", `[{"a": 1, "b": "x"}, {"a": null, "c": [1]}]`, []map[string]any{{"a": 1.0, "b": "x"}, {"a": nil, "c": []any{1.0}}}},
		{"BOM and spaces", "\ufeff  [{\"a\": true}]  ", []map[string]any{{"a": true}}},
		{"object is one empty iteration", `{"a": 1}`, []map[string]any{{}}},
		{"non-object rows are empty", `[1, "x", {"a": 1}]`, []map[string]any{{}, {}, {"a": 1.0}}},
		{"empty array", `[]`, []map[string]any{}},
		{"null is read as CSV with no rows", `null`, []map[string]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scopes, err := ParseData([]byte(tt.in), "d.json")
			if err != nil {
				t.Fatal(err)
			}
			if got := rowsOf(scopes); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseDataEncodings(t *testing.T) {
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "a,b\n1,é" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	latin1 := []byte("a,b\n1,caf\xe9")
	for name, in := range map[string][]byte{"utf16le": utf16, "latin1": latin1} {
		scopes, err := ParseData(in, name)
		if err != nil {
			t.Fatal(err)
		}
		rows := rowsOf(scopes)
		if len(rows) != 1 || rows[0]["a"] != 1.0 || !strings.HasSuffix(rows[0]["b"].(string), "é") {
			t.Errorf("%s: %v", name, rows)
		}
	}
}
