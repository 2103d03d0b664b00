package runner

import (
	"bytes"
	"slices"
	"strings"
)

// net/http writes request headers in its own order (Host, User-Agent,
// Content-Length, then the rest sorted), canonicalises a few names and
// trims values. Newman's requests carry the headers in the order
// postman-runtime and postman-request add them, as written. The
// recording connection therefore rewrites the head net/http writes: the
// request line stays, the header lines become pmrun's, in pmrun's order.

var headEnd = []byte("\r\n\r\n")

// headLines renders a hop's headers as they go on the wire.
func headLines(hs []wireHeader) []string {
	// The lines are cut from one string: two allocations, not one a line.
	n, size := 0, 0
	for _, h := range hs {
		n += len(h.values)
		for _, v := range h.values {
			size += len(h.key) + 2 + len(v)
		}
	}
	var b strings.Builder
	b.Grow(size)
	ends := make([]int, 0, n)
	for _, h := range hs {
		for _, v := range h.values {
			wire, _ := latin1(v)
			b.WriteString(h.key)
			b.WriteString(": ")
			b.WriteString(wire)
			ends = append(ends, b.Len())
		}
	}
	all := b.String()
	out := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		out[i], start = all[start:end], end
	}
	return out
}

// rewriteHead replaces the header lines of goHead (a request head ending
// in a blank line) with ours. Transfer-Encoding keeps net/http's value,
// since its body writer follows it; Content-Length is ours, which is
// net/http's unless the request set its own (then, like Node, pmrun sends
// that one, right or wrong). Headers net/http added that pmrun did not
// ask for (a proxy's credentials) are kept after ours.
func rewriteHead(goHead []byte, ours []string) []byte {
	return appendHead(nil, goHead, ours)
}

// appendHead appends rewriteHead's result to dst.
func appendHead(dst, goHead []byte, ours []string) []byte {
	// Once per request: the lines are walked in place, names compared
	// without lowering copies.
	head := bytes.TrimSuffix(goHead, headEnd)
	requestLine, goLines, _ := bytes.Cut(head, crlf)
	size := len(goHead) + 2
	for _, l := range ours {
		size += len(l) + 2
	}
	b := slices.Grow(dst, size)
	b = append(append(b, requestLine...), crlf...)
	for _, l := range ours {
		name, _, _ := strings.Cut(l, ":")
		if strings.EqualFold(name, "transfer-encoding") {
			v, ok := lastGoValue(goLines, name)
			if !ok {
				continue
			}
			b = append(append(append(b, name...), ": "...), v...)
			b = append(b, crlf...)
			continue
		}
		b = append(append(b, l...), crlf...)
	}
	for rest := goLines; len(rest) > 0; {
		var l []byte
		l, rest, _ = bytes.Cut(rest, crlf)
		name, value, _ := bytes.Cut(l, []byte(":"))
		// A Host or an empty body's length that pmrun left out was
		// disabled (disabledSystemHeaders): Node does not send them.
		if oursHas(ours, name) || bytes.EqualFold(name, []byte("host")) ||
			bytes.EqualFold(name, []byte("content-length")) && string(bytes.TrimSpace(value)) == "0" {
			continue
		}
		b = append(append(b, l...), crlf...)
	}
	return append(b, crlf...)
}

var crlf = []byte("\r\n")

// lastGoValue is the trimmed value of the last of goLines named name.
func lastGoValue(goLines []byte, name string) ([]byte, bool) {
	var v []byte
	found := false
	for rest := goLines; len(rest) > 0; {
		var l []byte
		l, rest, _ = bytes.Cut(rest, crlf)
		n, value, _ := bytes.Cut(l, []byte(":"))
		if strings.EqualFold(string(n), name) {
			v, found = bytes.TrimSpace(value), true
		}
	}
	return v, found
}

// oursHas reports whether one of our header lines is named name.
func oursHas(ours []string, name []byte) bool {
	for _, l := range ours {
		n, _, _ := strings.Cut(l, ":")
		if strings.EqualFold(n, string(name)) {
			return true
		}
	}
	return false
}

// rewriteNextHead makes the connection rewrite the next request head it
// writes.
func (c *recordingConn) rewriteNextHead(lines []string) {
	c.wmu.Lock()
	c.pendingHead, c.wbuf = lines, c.wbuf[:0]
	c.wmu.Unlock()
}

// Write passes bytes through, except while a request head is pending:
// then it holds them until the head is complete and sends it rewritten.
func (c *recordingConn) Write(b []byte) (int, error) {
	c.wmu.Lock()
	if c.pendingHead == nil {
		c.wmu.Unlock()
		return c.Conn.Write(b)
	}
	c.wbuf = append(c.wbuf, b...)
	end := bytes.Index(c.wbuf, headEnd)
	if end < 0 {
		c.wmu.Unlock()
		return len(b), nil
	}
	// Both buffers are the connection's, reused from one request to the
	// next: the write below copies out before it returns.
	c.hbuf = appendHead(c.hbuf[:0], c.wbuf[:end+4], c.pendingHead)
	c.hbuf = append(c.hbuf, c.wbuf[end+4:]...)
	c.pendingHead, c.wbuf = nil, c.wbuf[:0]
	_, err := c.Conn.Write(c.hbuf)
	c.wmu.Unlock()
	if err != nil {
		return 0, err
	}
	return len(b), nil
}
