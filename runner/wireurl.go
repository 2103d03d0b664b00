package runner

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// parseWireURL parses the URL a request goes to, turning what net/url
// refuses into the errors Newman reports for the same URL.
func parseWireURL(raw string) (*url.URL, error) {
	if target := requestTarget(raw); strings.IndexFunc(target, func(r rune) bool { return r < 0x21 || r > 0xff }) >= 0 {
		return nil, errors.New("Request path contains unescaped characters")
	}
	u, err := url.Parse(raw)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) && strings.Contains(uerr.Err.Error(), "host") {
			return nil, fmt.Errorf("getaddrinfo ENOTFOUND %s", hostOf(raw))
		}
		return nil, fmt.Errorf("invalid URL %q: %w", raw, err)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("getaddrinfo ENOTFOUND %s", u.Host)
	}
	return u, nil
}

// checkMethodAndScheme refuses what Node's http client refuses before
// sending, in its words.
func checkMethodAndScheme(method string, u *url.URL) error {
	if method == "" || strings.IndexFunc(method, func(r rune) bool { return !isTokenChar(r) }) >= 0 {
		return fmt.Errorf("Method must be a valid HTTP token [%q]", method)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return fmt.Errorf("Invalid protocol: %s:", u.Scheme)
	}
	return nil
}

// requestTarget is the path and query of an absolute URL.
func requestTarget(raw string) string {
	rest := raw
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[i:]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		return rest[i:]
	}
	return ""
}

// hostOf is the host name of an absolute URL, without port or userinfo.
func hostOf(raw string) string {
	rest := raw
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 && !strings.Contains(rest[i:], "]") {
		rest = rest[:i]
	}
	return rest
}

// exactPath is u's path as it was written, for the request line; empty
// when net/url's own form must be used (a path starting with "//" would
// be taken for an authority).
func exactPath(u *url.URL) string {
	p := u.EscapedPath()
	if u.RawPath != "" {
		p = u.RawPath
	}
	if p == "" {
		p = "/"
	}
	if strings.HasPrefix(p, "//") {
		return ""
	}
	return p
}
