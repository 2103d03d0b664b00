// Package wiretap runs the echo fixture servers behind connections that
// record every request byte for byte, so that tests can compare what two
// HTTP clients put on the wire (header order and case, body bytes) where
// net/http's parsed request would hide the differences.
package wiretap

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/pmrun/pmrun/fixtures/echo"
)

// Request is one request as it arrived.
type Request struct {
	// Server names the server it reached: "echo" or "redirect".
	Server string
	Raw    []byte
}

// Tap is the running servers and what they have recorded.
type Tap struct {
	// EchoURL and RedirectURL are http://127.0.0.1:PORT; https works too.
	EchoURL, RedirectURL string
	CA                   *echo.CA

	mu       sync.Mutex
	requests []Request
	servers  []*http.Server
}

type connKey struct{}

// Start listens on two loopback ports, one serving the postman-echo clone,
// one Newman's redirect server.
func Start() (*Tap, error) {
	ca, err := echo.NewCA()
	if err != nil {
		return nil, err
	}
	t := &Tap{CA: ca}
	for _, s := range []struct {
		name string
		h    http.Handler
		url  *string
	}{{"echo", echo.NewHandler(), &t.EchoURL}, {"redirect", echo.NewRedirectHandler(), &t.RedirectURL}} {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Close()
			return nil, err
		}
		*s.url = "http://" + l.Addr().String()
		srv := &http.Server{
			Handler:           t.record(s.name, s.h),
			ReadHeaderTimeout: 10 * time.Second,
			// Newman's process lingers while keep-alive sockets stay open.
			IdleTimeout: time.Second,
			ConnContext: func(ctx context.Context, c net.Conn) context.Context {
				return context.WithValue(ctx, connKey{}, c)
			},
		}
		t.servers = append(t.servers, srv)
		go srv.Serve(&tapListener{echo.NewSniffListener(l, ca.ServerConfig())})
	}
	return t, nil
}

// record reads the whole request body first, so that the connection's
// recorded bytes hold exactly this request (clients do not pipeline).
func (t *Tap) record(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if c, ok := r.Context().Value(connKey{}).(*tapConn); ok {
			t.mu.Lock()
			t.requests = append(t.requests, Request{Server: name, Raw: c.take()})
			t.mu.Unlock()
		}
		h.ServeHTTP(w, r)
	})
}

// Take returns the requests recorded so far and forgets them.
func (t *Tap) Take() []Request {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := t.requests
	t.requests = nil
	return out
}

// Close stops both servers.
func (t *Tap) Close() {
	for _, s := range t.servers {
		s.Close()
	}
}

type tapListener struct{ net.Listener }

func (l *tapListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &tapConn{Conn: c}, nil
}

// tapConn keeps a copy of what was read from the connection.
type tapConn struct {
	net.Conn
	mu  sync.Mutex
	buf bytes.Buffer
}

func (c *tapConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	c.mu.Lock()
	c.buf.Write(b[:n])
	c.mu.Unlock()
	return n, err
}

func (c *tapConn) take() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := bytes.Clone(c.buf.Bytes())
	c.buf.Reset()
	return out
}
