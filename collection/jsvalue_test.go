package collection

import "testing"

func TestUTF16Len(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"ascii", 5},
		{"é", 1},        // two UTF-8 bytes, one code unit
		{"日本", 2},       // three bytes each
		{"a😀b", 4},      // outside the BMP: a surrogate pair
		{"\xff\xfe", 2}, // invalid bytes count as U+FFFD each
	} {
		if got := UTF16Len(tt.s); got != tt.want {
			t.Errorf("UTF16Len(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
