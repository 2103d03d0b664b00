package runner

import (
	"bytes"
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
	var out []string
	for _, h := range hs {
		for _, v := range h.values {
			wire, _ := latin1(v)
			out = append(out, h.key+": "+wire)
		}
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
	lines := strings.Split(strings.TrimSuffix(string(goHead), "\r\n\r\n"), "\r\n")
	goValues := map[string]string{}
	for _, l := range lines[1:] {
		name, value, _ := strings.Cut(l, ":")
		goValues[strings.ToLower(name)] = strings.TrimSpace(value)
	}
	var b bytes.Buffer
	b.WriteString(lines[0] + "\r\n")
	seen := map[string]bool{}
	for _, l := range ours {
		name, _, _ := strings.Cut(l, ":")
		lower := strings.ToLower(name)
		seen[lower] = true
		if lower == "transfer-encoding" {
			v, ok := goValues[lower]
			if !ok {
				continue
			}
			l = name + ": " + v
		}
		b.WriteString(l + "\r\n")
	}
	for _, l := range lines[1:] {
		name, value, _ := strings.Cut(l, ":")
		lower := strings.ToLower(name)
		// A Host or an empty body's length that pmrun left out was
		// disabled (disabledSystemHeaders): Node does not send them.
		if seen[lower] || lower == "host" || lower == "content-length" && strings.TrimSpace(value) == "0" {
			continue
		}
		b.WriteString(l + "\r\n")
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

// rewriteNextHead makes the connection rewrite the next request head it
// writes.
func (c *recordingConn) rewriteNextHead(lines []string) {
	c.wmu.Lock()
	c.pendingHead, c.wbuf = lines, nil
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
	out := rewriteHead(c.wbuf[:end+4], c.pendingHead)
	out = append(out, c.wbuf[end+4:]...)
	c.pendingHead, c.wbuf = nil, nil
	c.wmu.Unlock()
	if _, err := c.Conn.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}
