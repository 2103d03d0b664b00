package runner

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"syscall"

	"golang.org/x/net/publicsuffix"
)

// newClient builds the run's HTTP client. pmrun follows redirects itself
// (postman-request's rules differ from net/http's), so the client is only
// a holder for the transport and the run's cookie jar.
func newClient(opts Options) *http.Client {
	// Like tough-cookie, the jar refuses cookies for public suffixes.
	jar, _ := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List}) // never fails
	return &http.Client{Transport: newTransport(opts), Jar: jar}
}

// transport picks a verifying or a non-verifying transport per request.
type transport struct {
	strict, lax *http.Transport
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
	strict := base.Clone()
	strict.TLSClientConfig = &tls.Config{}
	if len(opts.ExtraCACerts) > 0 {
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		pool.AppendCertsFromPEM(opts.ExtraCACerts)
		strict.TLSClientConfig.RootCAs = pool
	}
	lax := base.Clone()
	lax.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	recordingDialers(strict)
	recordingDialers(lax)
	return &transport{strict: strict, lax: lax}
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if lax, _ := req.Context().Value(laxTLSKey{}).(bool); lax {
		return t.lax.RoundTrip(req)
	}
	return t.strict.RoundTrip(req)
}

// newmanError rewrites a transport error in the words Newman (Node)
// uses, since reports and scripts show them.
func newmanError(err error, host string) error {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err):
		if errors.As(err, &opErr) && opErr.Op == "dial" {
			return errors.New("ETIMEDOUT")
		}
		return errors.New("ESOCKETTIMEDOUT")
	case errors.As(err, &dnsErr):
		return fmt.Errorf("getaddrinfo ENOTFOUND %s", hostOnly(host))
	case errors.Is(err, syscall.ECONNREFUSED):
		addr := host
		if errors.As(err, &opErr) && opErr.Addr != nil {
			addr = opErr.Addr.String()
		}
		return fmt.Errorf("connect ECONNREFUSED %s", addr)
	case errors.Is(err, syscall.ECONNRESET):
		return errors.New("read ECONNRESET")
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("socket hang up")
	}
	var unknownCA x509.UnknownAuthorityError
	if errors.As(err, &unknownCA) {
		if c := unknownCA.Cert; c != nil && c.CheckSignatureFrom(c) == nil {
			return errors.New("self-signed certificate")
		}
		return errors.New("unable to verify the first certificate")
	}
	var hostErr x509.HostnameError
	if errors.As(err, &hostErr) {
		return fmt.Errorf("Hostname/IP does not match certificate's altnames: %s", hostErr.Error())
	}
	return err
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}
