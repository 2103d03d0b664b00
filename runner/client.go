package runner

import (
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/net/publicsuffix"
)

// newClient builds the run's HTTP client. pmrun follows redirects itself
// (postman-request's rules differ from net/http's), so the client is only
// a holder for the transport and the run's cookie jar.
func newClient(opts Options) *http.Client {
	// Like tough-cookie, the jar refuses cookies for public suffixes.
	var jar http.CookieJar
	if opts.CookieJar != nil {
		jar = opts.CookieJar
	} else {
		jar, _ = cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List}) // never fails
	}
	return &http.Client{Transport: newTransport(opts), Jar: jar}
}

// transport picks, per request, a verifying or non-verifying transport
// presenting the client certificate that applies to the URL, if any.
type transport struct {
	base  *http.Transport
	roots *x509.CertPool
	certs []clientCert

	mu    sync.Mutex
	byKey map[transportKey]*http.Transport
}

type transportKey struct {
	lax  bool
	cert int
}

type laxTLSKey struct{}

func newTransport(opts Options) *transport {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = 16
	// Newman sends Accept-Encoding itself and decodes; so do we.
	base.DisableCompression = true
	// Newman speaks HTTP/1.1 only.
	base.ForceAttemptHTTP2 = false
	base.TLSNextProto = map[string]func(string, *tls.Conn) http.RoundTripper{}
	base.Proxy = proxyFromEnvironment
	t := &transport{base: base, certs: loadClientCerts(opts.ClientCerts), byKey: map[transportKey]*http.Transport{}}
	if len(opts.ExtraCACerts) > 0 {
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		pool.AppendCertsFromPEM(opts.ExtraCACerts)
		t.roots = pool
	}
	return t
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	lax, _ := req.Context().Value(laxTLSKey{}).(bool)
	return t.get(transportKey{lax: lax, cert: certFor(t.certs, req.URL)}).RoundTrip(req)
}

// get returns the transport for key, building it on first use so that
// its connections are reused by the requests that share its settings.
func (t *transport) get(key transportKey) *http.Transport {
	t.mu.Lock()
	defer t.mu.Unlock()
	if tr, ok := t.byKey[key]; ok {
		return tr
	}
	tr := t.base.Clone()
	tr.TLSClientConfig = &tls.Config{RootCAs: t.roots, InsecureSkipVerify: key.lax}
	if key.cert >= 0 {
		tr.TLSClientConfig.Certificates = []tls.Certificate{t.certs[key.cert].cert}
	}
	recordingDialers(tr)
	t.byKey[key] = tr
	return tr
}

// newmanError rewrites a transport error in the words Newman (Node)
// uses, since reports and scripts show them. The original error stays
// reachable with errors.Is/As, so that pm.sendRequest can hand scripts
// Node's error fields (code, errno, address).
func newmanError(err error, host string) error {
	if msg := nodeMessage(err, host); msg != "" {
		return &nodeError{msg: msg, cause: err}
	}
	return err
}

// nodeError is a transport error worded as Node words it.
type nodeError struct {
	msg   string
	cause error
}

func (e *nodeError) Error() string { return e.msg }
func (e *nodeError) Unwrap() error { return e.cause }

// nodeMessage is Node's message for err, "" when pmrun keeps Go's.
func nodeMessage(err error, host string) string {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err):
		if errors.As(err, &opErr) && opErr.Op == "dial" {
			return "ETIMEDOUT"
		}
		return "ESOCKETTIMEDOUT"
	case errors.As(err, &dnsErr):
		return "getaddrinfo ENOTFOUND " + hostOnly(host)
	case errors.Is(err, syscall.ECONNREFUSED):
		addr := host
		if errors.As(err, &opErr) && opErr.Addr != nil {
			addr = opErr.Addr.String()
		}
		return "connect ECONNREFUSED " + addr
	case errors.Is(err, syscall.ECONNRESET):
		return "read ECONNRESET"
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return "socket hang up"
	}
	if msg := parseErrorMessage(err.Error()); msg != "" {
		return msg
	}
	var unknownCA x509.UnknownAuthorityError
	if errors.As(err, &unknownCA) {
		if c := unknownCA.Cert; c != nil && c.CheckSignatureFrom(c) == nil {
			return "self-signed certificate"
		}
		return "unable to verify the first certificate"
	}
	var hostErr x509.HostnameError
	if errors.As(err, &hostErr) {
		return "Hostname/IP does not match certificate's altnames: " + hostErr.Error()
	}
	return ""
}

// llhttpErrors pairs net/http's words for a malformed response (it has no
// error types for them) with Node's llhttp parser's.
var llhttpErrors = []struct{ goText, node string }{
	{"malformed HTTP status code", "Parse Error: Invalid status code"},
	{"malformed HTTP response", "Parse Error: Expected HTTP/, RTSP/ or ICE/"},
	{"malformed HTTP version", "Parse Error: Expected HTTP/, RTSP/ or ICE/"},
	{"malformed MIME header", "Parse Error: Invalid header token"},
	{"invalid byte in chunk length", "Parse Error: Invalid character in chunk size"},
	{"bad Content-Length", "Parse Error: Invalid character in Content-Length"},
}

// parseErrorMessage is Node's message for a response it could not parse.
func parseErrorMessage(goText string) string {
	for _, e := range llhttpErrors {
		if strings.Contains(goText, e.goText) {
			return e.node
		}
	}
	return ""
}

// bodyReadError is newmanError for a failure while the body streams in:
// Node calls a connection closed before the body's end "aborted".
func bodyReadError(err error, host string) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return &nodeError{msg: "aborted", cause: err}
	}
	return newmanError(err, host)
}

// zlibMessage is Node's zlib message for a body that does not decode.
func zlibMessage(err error) string {
	switch {
	case errors.Is(err, gzip.ErrHeader) || errors.Is(err, zlib.ErrHeader):
		return "incorrect header check"
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "unexpected end of file"
	}
	return err.Error()
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}
