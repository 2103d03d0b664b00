package lodash

import "unicode/utf16"

// Lodash 4 reads strings holding astral symbols, combining marks or
// joiners as "symbols" (size, toArray, split on ''), grouping a base
// character with its marks, modifiers and zero-width-joined followers.

func isCombining(r rune) bool {
	return r >= 0x300 && r <= 0x36f || r >= 0xfe20 && r <= 0xfe2f || r >= 0x20d0 && r <= 0x20ff
}

func isModifier(r rune) bool {
	return isCombining(r) || r == 0xfe0e || r == 0xfe0f || r >= 0x1f3fb && r <= 0x1f3ff
}

func isRegional(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

// hasUnicode is lodash's test for strings that need symbol splitting.
func hasUnicode(s string) bool {
	for _, r := range s {
		if r == 0x200d || r > 0xffff || isCombining(r) || r == 0xfe0e || r == 0xfe0f {
			return true
		}
	}
	return false
}

// symbols splits s into lodash's symbols.
func symbols(s string) []string {
	rs := []rune(s)
	out := []string{}
	for i := 0; i < len(rs); {
		j := i + 1
		if isRegional(rs[i]) && j < len(rs) && isRegional(rs[j]) {
			j++
		}
		for j < len(rs) && !isCombining(rs[i]) && isModifier(rs[j]) {
			j++
		}
		for j+1 < len(rs) && rs[j] == 0x200d {
			j += 2
			for j < len(rs) && isModifier(rs[j]) {
				j++
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// units is s as JavaScript sees it: UTF-16 code units.
func units(s string) []uint16 { return utf16.Encode([]rune(s)) }

func fromUnits(u []uint16) string { return string(utf16.Decode(u)) }
