package collection

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"testing"

	"github.com/tidwall/gjson"
)

// TestVariableCastMatchesNode replays postman-collection 4.x Variable casts
// recorded in node: for each declared type and value, what get() returns
// and what {{k}} substitutes to.
func TestVariableCastMatchesNode(t *testing.T) {
	data, err := os.ReadFile("testdata/variable_cast.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Type  string
		Value json.RawMessage
		Get   json.RawMessage
		Sub   string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got := castValue(gjson.ParseBytes(c.Value), c.Type)
		if sub := "[" + stringify(got) + "]"; sub != c.Sub {
			t.Errorf("type %q value %s: substitutes as %q, want %q", c.Type, c.Value, sub, c.Sub)
		}
		g := gjson.ParseBytes(c.Get)
		switch {
		case g.Get("undefined").Bool():
			if got != "" {
				t.Errorf("type %q value %s: got %#v, want undefined (held as \"\")", c.Type, c.Value, got)
			}
		case g.Get("nan").Exists():
			if f, ok := got.(float64); !ok || !math.IsNaN(f) {
				t.Errorf("type %q value %s: got %#v, want NaN", c.Type, c.Value, got)
			}
		default:
			if !reflect.DeepEqual(got, g.Value()) {
				t.Errorf("type %q value %s: got %#v, want %#v", c.Type, c.Value, got, g.Value())
			}
		}
	}
}

func TestFormatNumberLikeJavaScript(t *testing.T) {
	tests := map[float64]string{
		0: "0", 1: "1", -1.5: "-1.5", 0.1: "0.1", 1e21: "1e+21", 1e20: "100000000000000000000",
		123456789012: "123456789012", 1.5e-7: "1.5e-7", 0.000001: "0.000001", 1e-7: "1e-7",
		math.Inf(1): "Infinity", math.Inf(-1): "-Infinity", math.NaN(): "NaN", 0.30000000000000004: "0.30000000000000004",
		2.5e25: "2.5e+25", 1234.5678: "1234.5678",
	}
	for f, want := range tests {
		if got := FormatNumber(f); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestParseJSNumber(t *testing.T) {
	tests := map[string]float64{"": 0, " 12 ": 12, "1e3": 1000, "0x10": 16, "0b11": 3, "0o17": 15, "+5": 5, "-2.5": -2.5, ".5": 0.5, "5.": 5}
	for in, want := range tests {
		if got := parseJSNumber(in); got != want {
			t.Errorf("parseJSNumber(%q) = %v, want %v", in, got, want)
		}
	}
	for _, in := range []string{"abc", "inf", "nan", "0x1p3", "1_000", "-0x10", "1e", "Infinityx"} {
		if got := parseJSNumber(in); !math.IsNaN(got) {
			t.Errorf("parseJSNumber(%q) = %v, want NaN", in, got)
		}
	}
}
