package runner

import (
	"bytes"
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// Newman reports response headers in the order and case the server sent
// them; net/http keeps neither. Connections are therefore wrapped so
// that, for each request, the bytes of the response head are kept and
// read again.

// maxRecordedHead bounds what a connection keeps while looking for the
// end of a response head; net/http refuses larger heads anyway.
const maxRecordedHead = 1 << 20

// recordingConn keeps what is read from a connection between arm and the
// end of the response head.
type recordingConn struct {
	net.Conn
	mu    sync.Mutex
	armed bool
	buf   bytes.Buffer

	// pendingHead is the header lines the next request head gets
	// (headorder.go); wbuf holds that head while it is being written.
	wmu         sync.Mutex
	pendingHead []string
	wbuf        []byte
	hbuf        []byte // the rewritten head going out
}

func (c *recordingConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	if n > 0 {
		c.mu.Lock()
		if c.armed {
			c.buf.Write(b[:n])
			if finalHeadEnd(c.buf.Bytes()) >= 0 || c.buf.Len() > maxRecordedHead {
				c.armed = false
			}
		}
		c.mu.Unlock()
	}
	return n, err
}

func (c *recordingConn) arm() {
	c.mu.Lock()
	c.armed = true
	c.buf.Reset()
	c.mu.Unlock()
}

// head returns the recorded final response head; ok is false when none
// was recorded.
func (c *recordingConn) head() (head string, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	data := c.buf.Bytes()
	end := finalHeadEnd(data)
	if end < 0 {
		return "", false
	}
	start := 0
	for {
		blockEnd := bytes.Index(data[start:], []byte("\r\n\r\n")) + start
		if blockEnd+4 == end {
			return string(data[start:blockEnd]), true
		}
		start = blockEnd + 4
	}
}

// finalHeadEnd finds the end of the first response head that is not an
// interim (1xx) response, or -1.
func finalHeadEnd(data []byte) int {
	start := 0
	for {
		i := bytes.Index(data[start:], []byte("\r\n\r\n"))
		if i < 0 {
			return -1
		}
		end := start + i + 4
		if !bytes.HasPrefix(data[start:], []byte("HTTP/1.1 1")) && !bytes.HasPrefix(data[start:], []byte("HTTP/1.0 1")) ||
			bytes.HasPrefix(data[start:], []byte("HTTP/1.1 101")) {
			return end
		}
		start = end
	}
}

// recordingDialers wrap the transport's connections.
func recordingDialers(t *http.Transport) {
	dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dialer.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &recordingConn{Conn: c}, nil
	}
	t.DialTLSContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dialer.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		cfg := t.TLSClientConfig.Clone()
		if cfg.ServerName == "" {
			cfg.ServerName, _, _ = net.SplitHostPort(addr)
		}
		tc := tls.Client(c, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			c.Close()
			return nil, err
		}
		return &recordingConn{Conn: tc}, nil
	}
}

// headCapture follows one hop through httptrace: it arms the connection
// the request gets, and notes when each phase ended.
type headCapture struct {
	conn *recordingConn
	// request is the hop's header lines, in the order they go out.
	request []string

	mu                                                                sync.Mutex
	start, getConn, gotConn, dnsDone, connectDone, tlsDone, firstByte time.Time
	reused                                                            bool
}

func (h *headCapture) trace(ctx context.Context) context.Context {
	h.start = time.Now()
	at := func(t *time.Time) {
		h.mu.Lock()
		*t = time.Now()
		h.mu.Unlock()
	}
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GetConn: func(string) { at(&h.getConn) },
		GotConn: func(info httptrace.GotConnInfo) {
			at(&h.gotConn)
			h.mu.Lock()
			h.reused = info.Reused
			h.mu.Unlock()
			if rc, ok := info.Conn.(*recordingConn); ok {
				rc.arm()
				rc.rewriteNextHead(h.request)
				h.conn = rc
			}
		},
		DNSDone: func(httptrace.DNSDoneInfo) { at(&h.dnsDone) },
		ConnectDone: func(_, _ string, err error) {
			if err == nil {
				at(&h.connectDone)
			}
		},
		TLSHandshakeDone: func(_ tls.ConnectionState, err error) {
			if err == nil {
				at(&h.tlsDone)
			}
		},
		GotFirstResponseByte: func() { at(&h.firstByte) },
	})
}

// timings lays the hop's moments out as postman-runtime's phases; began
// is when pmrun started on the request, end when the body was read.
func (h *headCapture) timings(began, end time.Time) *Timings {
	h.mu.Lock()
	defer h.mu.Unlock()
	socket := h.getConn
	if h.reused || socket.IsZero() {
		socket = h.gotConn
	}
	lookup := h.dnsDone
	if h.reused || lookup.IsZero() {
		lookup = socket
	}
	connect := h.connectDone
	if h.reused || connect.IsZero() {
		connect = lookup
	}
	sent := connect
	t := &Timings{
		Prepare: h.start.Sub(began),
		Wait:    socket.Sub(h.start),
		DNS:     lookup.Sub(socket),
		TCP:     connect.Sub(lookup),
	}
	if !h.reused && !h.tlsDone.IsZero() {
		t.Secure = true
		t.TLS = h.tlsDone.Sub(connect)
		sent = h.tlsDone
	}
	if h.firstByte.IsZero() {
		h.firstByte = end
	}
	done := time.Now()
	t.FirstByte = h.firstByte.Sub(sent)
	t.Download = end.Sub(h.firstByte)
	t.Process = done.Sub(end)
	t.Total = done.Sub(began)
	return t
}

// headers parses the recorded head into header lines as sent; ok is
// false when nothing was recorded.
func (h *headCapture) headers() ([]collection.Header, bool) {
	if h.conn == nil {
		return nil, false
	}
	head, ok := h.conn.head()
	if !ok {
		return nil, false
	}
	_, rest, _ := strings.Cut(head, "\r\n") // the status line
	out := make([]collection.Header, 0, strings.Count(rest, "\r\n")+1)
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\r\n")
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		// Node reads header bytes as Latin-1.
		out = append(out, collection.Header{Key: fromLatin1(strings.TrimSpace(k)), Value: fromLatin1(strings.Trim(v, " \t"))})
	}
	if len(out) == 0 {
		out = nil
	}
	return out, true
}

// fromLatin1 turns each byte of s into the character of that code.
func fromLatin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}
