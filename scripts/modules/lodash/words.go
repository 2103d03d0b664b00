package lodash

import "strings"

// Word splitting as lodash's words does it without a pattern. Lodash 4
// reads runs of upper, lower and "misc" letters (anything not a break,
// digit or Latin letter) with contractions and ordinals; lodash 3 only
// Latin letters and digit runs.

type runeClass int

const (
	clsBreak runeClass = iota
	clsDigit
	clsUpper
	clsLower
	clsMisc
)

func classOf(r rune) runeClass {
	switch {
	case r >= '0' && r <= '9':
		return clsDigit
	case r >= 'A' && r <= 'Z', r >= 0xc0 && r <= 0xd6, r >= 0xd8 && r <= 0xde:
		return clsUpper
	case r >= 'a' && r <= 'z', r >= 0xdf && r <= 0xf6, r >= 0xf8 && r <= 0xff:
		return clsLower
	case r <= 0xbf, r == 0xd7, r == 0xf7, r >= 0x2000 && r <= 0x206f,
		r == 0x1680, r == 0x180e, r == 0x3000, r == 0xfeff:
		return clsBreak
	}
	return clsMisc
}

type wordScanner struct {
	rs  []rune
	cls []runeClass
}

func (s *wordScanner) is(i int, cs ...runeClass) bool {
	if i < 0 || i >= len(s.rs) {
		return false
	}
	for _, c := range cs {
		if s.cls[i] == c {
			return true
		}
	}
	return false
}

func (s *wordScanner) run(i int, cs ...runeClass) int {
	for i < len(s.rs) && s.is(i, cs...) {
		i++
	}
	return i
}

func (s *wordScanner) atBreakOrEnd(i int) bool { return i >= len(s.rs) || s.cls[i] == clsBreak }

// contraction is the length of 's, 'll, 're… at i (lower or upper case).
func (s *wordScanner) contraction(i int, upper bool) int {
	if i >= len(s.rs) || (s.rs[i] != '\'' && s.rs[i] != '\u2019') {
		return 0
	}
	rest := string(s.rs[i+1 : min(i+3, len(s.rs))])
	for _, suf := range []string{"ll", "re", "ve", "d", "m", "s", "t"} {
		if upper {
			suf = strings.ToUpper(suf)
		}
		if strings.HasPrefix(rest, suf) {
			return 1 + len(suf)
		}
	}
	return 0
}

func splitWords(str string, v3 bool) []string {
	s := &wordScanner{rs: []rune(str)}
	for _, r := range s.rs {
		s.cls = append(s.cls, classOf(r))
	}
	out := []string{}
	for i := 0; i < len(s.rs); {
		n := s.word4(i)
		if v3 {
			n = s.word3(i)
		}
		if n == 0 {
			i++
			continue
		}
		out = append(out, string(s.rs[i:i+n]))
		i += n
	}
	return out
}

// word4 is the length of lodash 4's word at i, 0 when none starts there.
func (s *wordScanner) word4(i int) int {
	// Upper? Lower+ Contraction? followed by a break, an upper or the end.
	j := i
	if s.is(j, clsUpper) {
		j++
	}
	if k := s.run(j, clsLower); k > j {
		k += s.contraction(k, false)
		if s.atBreakOrEnd(k) || s.is(k, clsUpper) {
			return k - i
		}
	}
	// (Upper|Misc)+ followed by a break, the end, or Upper then (Lower|Misc).
	if k := s.run(i, clsUpper, clsMisc); k > i {
		if s.atBreakOrEnd(k) {
			return k - i
		}
		for e := k - 1; e > i; e-- {
			if s.is(e, clsUpper) && s.is(e+1, clsLower, clsMisc) {
				return e - i
			}
		}
	}
	// Upper? (Lower|Misc)+ Contraction?
	j = i
	if s.is(j, clsUpper) {
		j++
	}
	if k := s.run(j, clsLower, clsMisc); k > j {
		return k + s.contraction(k, false) - i
	}
	if k := s.run(i, clsUpper); k > i {
		return k + s.contraction(k, true) - i
	}
	if k := s.run(i, clsDigit); k > i {
		if n := s.ordinal(i, k); n > 0 {
			return n
		}
		return k - i
	}
	return 0
}

// ordinal is the length of "1st", "22nd", "3RD"… starting at i whose
// digits end at k: the suffix follows the last digit.
func (s *wordScanner) ordinal(i, k int) int {
	if k+2 > len(s.rs) {
		return 0
	}
	suf := map[rune]string{'1': "st", '2': "nd", '3': "rd"}[s.rs[k-1]]
	if suf == "" {
		suf = "th"
	}
	got := string(s.rs[k : k+2])
	after := k + 2
	wordChar := func(i int) bool {
		return i < len(s.rs) && (s.is(i, clsDigit) || s.rs[i] == '_' || s.rs[i] < 0x80 && s.is(i, clsUpper, clsLower))
	}
	switch {
	case got == suf && (!wordChar(after) || s.is(after, clsUpper) || s.rs[after] == '_'):
		return after - i
	case got == strings.ToUpper(suf) && (!wordChar(after) || s.is(after, clsLower) || s.rs[after] == '_'):
		return after - i
	}
	return 0
}

// word3 is the length of lodash 3's word at i.
func (s *wordScanner) word3(i int) int {
	if k := s.run(i, clsUpper); k > i {
		for e := k - 1; e > i; e-- {
			if s.is(e+1, clsLower) {
				return e - i
			}
		}
	}
	j := i
	if s.is(j, clsUpper) {
		j++
	}
	if k := s.run(j, clsLower); k > j {
		return k - i
	}
	if k := s.run(i, clsUpper); k > i {
		return k - i
	}
	if k := s.run(i, clsDigit); k > i {
		return k - i
	}
	return 0
}

var deburred = map[rune]string{}

func init() {
	for from, to := range map[string]string{
		"ÀÁÂÃÄÅ": "A", "àáâãäå": "a", "Ç": "C", "ç": "c", "Ð": "D", "ð": "d", "ÈÉÊË": "E", "èéêë": "e",
		"ÌÍÎÏ": "I", "ìíîï": "i", "Ñ": "N", "ñ": "n", "ÒÓÔÕÖØ": "O", "òóôõöø": "o", "ÙÚÛÜ": "U", "ùúûü": "u",
		"Ý": "Y", "ýÿ": "y", "Æ": "Ae", "æ": "ae", "Þ": "Th", "þ": "th", "ß": "ss",
	} {
		for _, r := range from {
			deburred[r] = to
		}
	}
}

// deburr turns Latin-1 letters into basic Latin and drops combining marks.
func deburr(s string) string {
	var b strings.Builder
	for _, r := range s {
		if to, ok := deburred[r]; ok {
			b.WriteString(to)
		} else if !(r >= 0x300 && r <= 0x36f || r >= 0xfe20 && r <= 0xfe2f || r >= 0x20d0 && r <= 0x20ff) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
