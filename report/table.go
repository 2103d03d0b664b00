package report

import (
	"strings"
	"unicode/utf8"
)

// table lays out cells the way Newman's tables (cli-table3) do, so that
// pmrun's summary and failure tables match Newman's column for column.
type table struct {
	chars  tableChars
	widths []int // fixed widths; 0 means sized to the content
	rows   [][]cell
	// headColor and borderColor wrap the header cells and the border
	// characters in ANSI colours; empty means none.
	headColor, borderColor string
	head                   []cell
}

type cell struct {
	text  string
	span  int  // columns spanned; 0 means 1
	left  bool // align left (default right)
	color string
}

// tableChars are the border characters; an empty string draws nothing.
type tableChars struct {
	top, topMid, topLeft, topRight              string
	bottom, bottomMid, bottomLeft, bottomRight  string
	left, leftMid, mid, midMid, right, rightMid string
	middle                                      string
}

var boxChars = tableChars{
	top: "─", topMid: "┬", topLeft: "┌", topRight: "┐",
	bottom: "─", bottomMid: "┴", bottomLeft: "└", bottomRight: "┘",
	left: "│", leftMid: "├", mid: "─", midMid: "┼", right: "│", rightMid: "┤",
	middle: "│",
}

var plainChars = tableChars{
	top: "-", topMid: "-", topLeft: "-", topRight: "-",
	bottom: "-", bottomMid: "-", bottomLeft: "-", bottomRight: "-",
	left: "|", leftMid: "-", mid: "-", midMid: "+", right: "|", rightMid: "-",
	middle: "|",
}

// blankChars draws no borders, only a blank line between rows.
var blankChars = tableChars{mid: " "}

func (c cell) spanOf() int { return max(1, c.span) }

func textWidth(s string) int {
	w := 0
	for _, line := range strings.Split(stripANSI(s), "\n") {
		w = max(w, utf8.RuneCountInString(line))
	}
	return w
}

// columnWidths sizes each column to its widest single-column cell plus
// padding, then widens columns under spanning cells, last spanner first,
// spreading the missing width over the columns that are not fixed.
func (t *table) columnWidths(ncols int) []int {
	widths := make([]int, ncols)
	all := append([][]cell{t.head}, t.rows...)
	var spanners []struct {
		col int
		c   cell
	}
	for _, row := range all {
		col := 0
		for _, c := range row {
			if c.spanOf() > 1 {
				spanners = append(spanners, struct {
					col int
					c   cell
				}{col, c})
			} else {
				widths[col] = max(widths[col], textWidth(c.text)+2)
			}
			col += c.spanOf()
		}
	}
	fixed := func(i int) bool { return i < len(t.widths) && t.widths[i] > 0 }
	for i := range widths {
		if fixed(i) {
			widths[i] = t.widths[i]
		}
	}
	for k := len(spanners) - 1; k >= 0; k-- {
		sp := spanners[k]
		want := textWidth(sp.c.text) + 2
		existing := widths[sp.col]
		editable := 0
		if !fixed(sp.col) {
			editable = 1
		}
		for i := 1; i < sp.c.spanOf(); i++ {
			existing += 1 + widths[sp.col+i]
			if !fixed(sp.col + i) {
				editable++
			}
		}
		for i := 0; editable > 0 && want > existing; i++ {
			if !fixed(sp.col + i) {
				dif := roundHalfUp(float64(want-existing) / float64(editable))
				existing += dif
				widths[sp.col+i] += dif
				editable--
			}
		}
	}
	return widths
}

func roundHalfUp(f float64) int { return int(f + 0.5) }

func (t *table) String() string {
	ncols := 0
	for _, row := range append([][]cell{t.head}, t.rows...) {
		n := 0
		for _, c := range row {
			n += c.spanOf()
		}
		ncols = max(ncols, n)
	}
	widths := t.columnWidths(ncols)
	var lines []string
	rows := t.rows
	if t.head != nil {
		rows = append([][]cell{t.head}, rows...)
	}
	ch := t.chars
	if line := t.rule(widths, nil, rows[0], ch.top, ch.topLeft, ch.topMid, ch.topRight); line != "" {
		lines = append(lines, line)
	}
	for i, row := range rows {
		if i > 0 {
			if line := t.rule(widths, rows[i-1], row, ch.mid, ch.leftMid, ch.midMid, ch.rightMid); line != "" {
				lines = append(lines, line)
			}
		}
		lines = append(lines, t.renderRow(widths, row, i == 0 && t.head != nil)...)
	}
	if line := t.rule(widths, rows[len(rows)-1], nil, ch.bottom, ch.bottomLeft, ch.bottomMid, ch.bottomRight); line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// rule draws a horizontal line between above and below; a junction is
// drawn only where a column boundary exists in either row.
func (t *table) rule(widths []int, above, below []cell, fill, left, midJunction, right string) string {
	if fill == "" && left == "" && right == "" {
		return ""
	}
	boundaries := func(row []cell) map[int]bool {
		b := map[int]bool{}
		col := 0
		for _, c := range row {
			col += c.spanOf()
			b[col] = true
		}
		return b
	}
	ba, bb := boundaries(above), boundaries(below)
	var b strings.Builder
	b.WriteString(left)
	for i, w := range widths {
		seg := strings.Repeat(fill, w)
		b.WriteString(t.border(seg))
		if i == len(widths)-1 {
			break
		}
		switch {
		case above == nil && bb[i+1], below == nil && ba[i+1]:
			b.WriteString(t.border(midJunction))
		case above == nil || below == nil:
			b.WriteString(t.border(fill))
		case ba[i+1] && bb[i+1]:
			b.WriteString(t.border(midJunction))
		case ba[i+1]:
			b.WriteString(t.border(t.chars.bottomMid))
		case bb[i+1]:
			b.WriteString(t.border(t.chars.topMid))
		default:
			b.WriteString(t.border(fill))
		}
	}
	b.WriteString(right)
	if left != "" {
		return t.border(stripANSI(b.String()))
	}
	return b.String()
}

func (t *table) border(s string) string {
	if t.borderColor == "" || s == "" {
		return s
	}
	return t.borderColor + s + "\x1b[39m"
}

func (t *table) renderRow(widths []int, row []cell, isHead bool) []string {
	height := 1
	for _, c := range row {
		height = max(height, strings.Count(c.text, "\n")+1)
	}
	out := make([]string, height)
	for line := 0; line < height; line++ {
		var b strings.Builder
		b.WriteString(t.border(t.chars.left))
		col := 0
		for j, c := range row {
			w := widths[col]
			for k := 1; k < c.spanOf(); k++ {
				w += 1 + widths[col+k]
			}
			parts := strings.Split(c.text, "\n")
			text := ""
			if line < len(parts) {
				text = parts[line]
			}
			pad := w - 2 - utf8.RuneCountInString(stripANSI(text))
			var content string
			if c.left {
				content = " " + text + strings.Repeat(" ", max(0, pad)) + " "
			} else {
				content = " " + strings.Repeat(" ", max(0, pad)) + text + " "
			}
			if isHead && t.headColor != "" {
				content = t.headColor + content + "\x1b[39m"
			}
			b.WriteString(content)
			col += c.spanOf()
			if j < len(row)-1 {
				b.WriteString(t.border(t.chars.middle))
			}
		}
		b.WriteString(t.border(t.chars.right))
		out[line] = b.String()
	}
	return out
}

// stripANSI removes colour escape sequences, for measuring text.
func stripANSI(s string) string {
	if !strings.Contains(s, "\x1b[") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < '@' || s[j] > '~') {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
