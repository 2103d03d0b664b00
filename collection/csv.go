package collection

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// csvField is one parsed field and whether it was quoted, since Newman
// casts only unquoted fields.
type csvField struct {
	text   string
	quoted bool
}

// CSVError is a CSV syntax error, with csv-parse's wording.
type CSVError struct {
	Line int
	Msg  string
}

func (e *CSVError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// parseCSV reads CSV as Newman 6.2.2 configures csv-parse 4.16: comma
// delimiter, " quote and escape, \n, \r\n or \r line ends, whitespace around
// fields trimmed, quotes inside unquoted fields kept (relax), and records of
// any length. Empty lines are records of one empty field.
func parseCSV(s string) ([][]csvField, error) {
	var records [][]csvField
	var record []csvField
	line := 1
	i := 0
	for i < len(s) {
		f, next, err := csvReadField(s, i, &line)
		if err != nil {
			return nil, err
		}
		record = append(record, f)
		i = next
		if i >= len(s) {
			break
		}
		switch s[i] {
		case ',':
			i++
			if i == len(s) {
				record = append(record, csvField{})
			}
			continue
		case '\r':
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case '\n':
			i++
		}
		line++
		records = append(records, record)
		record = nil
	}
	if record != nil {
		records = append(records, record)
	}
	return records, nil
}

// csvReadField reads the field starting at i and returns the index of the
// delimiter or line end that follows it.
func csvReadField(s string, i int, line *int) (csvField, int, error) {
	start := i
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i < len(s) && s[i] == '"' {
		startLine := *line
		var b strings.Builder
		i++
		for {
			if i >= len(s) {
				return csvField{}, 0, &CSVError{Line: startLine, Msg: "Quote Not Closed: the parsing is finished with an opening quote"}
			}
			c := s[i]
			if c == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					b.WriteByte('"')
					i += 2
					continue
				}
				i++
				break
			}
			if c == '\n' || (c == '\r' && (i+1 >= len(s) || s[i+1] != '\n')) {
				*line++
			}
			b.WriteByte(c)
			i++
		}
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i < len(s) && !strings.ContainsRune(",\r\n", rune(s[i])) {
			return csvField{}, 0, &CSVError{Line: *line, Msg: "Invalid Closing Quote: found non trimable byte after quote"}
		}
		return csvField{text: b.String(), quoted: true}, i, nil
	}
	i = start
	for i < len(s) && !strings.ContainsRune(",\r\n", rune(s[i])) {
		i++
	}
	return csvField{text: strings.Trim(s[start:i], " \t")}, i, nil
}

// csvValue casts an unquoted field as Newman's csvAutoParse does: integers
// without leading zeros, then anything where Number(v) and parseFloat(v)
// are both numbers ("007" and "1e3" become 7 and 1000, "0x10" becomes 0,
// as parseFloat reads it); everything else stays a string.
func csvValue(f csvField) any {
	if f.quoted {
		return f.text
	}
	v := f.text
	if isCSVInt(v) {
		n, _ := strconv.ParseFloat(v, 64)
		return n
	}
	n, p := parseJSNumber(v), parseFloatPrefix(v)
	if d := n - p + 1; d >= 0 && !math.IsNaN(d) {
		return p
	}
	return v
}

// isCSVInt is /^(-|\+)?([1-9]+[0-9]*)$/.
func isCSVInt(v string) bool {
	if v != "" && (v[0] == '-' || v[0] == '+') {
		v = v[1:]
	}
	return v != "" && v[0] >= '1' && v[0] <= '9' && strings.Trim(v, "0123456789") == ""
}

// parseFloatPrefix is JavaScript's parseFloat: the longest numeric prefix
// after leading whitespace, NaN when there is none.
func parseFloatPrefix(s string) float64 {
	s = strings.TrimLeft(s, " \t\n\r\v\f")
	end := 0
	if end < len(s) && (s[end] == '+' || s[end] == '-') {
		end++
	}
	if strings.HasPrefix(s[end:], "Infinity") {
		if s[0] == '-' {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	digits := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end, digits = end+1, digits+1
	}
	if end < len(s) && s[end] == '.' {
		end++
		for end < len(s) && s[end] >= '0' && s[end] <= '9' {
			end, digits = end+1, digits+1
		}
	}
	if digits == 0 {
		return math.NaN()
	}
	if end < len(s) && (s[end] == 'e' || s[end] == 'E') {
		e := end + 1
		if e < len(s) && (s[e] == '+' || s[e] == '-') {
			e++
		}
		if e < len(s) && s[e] >= '0' && s[e] <= '9' {
			for e < len(s) && s[e] >= '0' && s[e] <= '9' {
				e++
			}
			end = e
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(s[:end], "."), 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return math.NaN()
	}
	return f
}
