package collection

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/tidwall/gjson"
)

// validJSON checks data and, when it is not JSON, says where it breaks as
// line and column, which gjson cannot.
func validJSON(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return errors.New("the file is empty; a JSON object was expected")
	}
	// gjson checks without building anything; the decoder runs only to
	// say where an invalid file breaks.
	if gjson.ValidBytes(data) {
		return nil
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(&v)
	var syn *json.SyntaxError
	switch {
	case err == nil && dec.More():
		line, col := lineCol(data, dec.InputOffset())
		return fmt.Errorf("line %d, column %d: unexpected content after the JSON value", line, col)
	case err == nil:
		return nil
	case errors.As(err, &syn):
		// Offset counts the offending byte; point at it.
		line, col := lineCol(data, max(syn.Offset-1, 0))
		return fmt.Errorf("line %d, column %d: %v", line, col, syn)
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := lineCol(data, int64(len(data)))
		return fmt.Errorf("line %d, column %d: the JSON ends too early (a bracket or quote is not closed)", line, col)
	default:
		return err
	}
}

// lineCol turns a byte offset into a 1-based line and column.
func lineCol(data []byte, off int64) (line, col int) {
	off = min(off, int64(len(data)))
	line, col = 1, 1
	for _, r := range string(data[:off]) {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// stripBOM drops a UTF-8 byte order mark, which editors on Windows write and
// Newman accepts.
func stripBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
}
