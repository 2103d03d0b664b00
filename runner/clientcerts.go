package runner

import (
	"crypto/tls"
	"net/url"
	"regexp"
	"strings"
)

// matchPattern is a parsed URL match pattern, as Postman's UrlMatchPattern
// reads "https://*.example.com:8443/api/*".
type matchPattern struct {
	all       bool // <all_urls>
	protocols []string
	host      string
	port      string
	path      *regexp.Regexp
}

var patternSplit = regexp.MustCompile(`^((http|https|file|ftp|\*)(\+(http|https|file|ftp))*)://(\*|\*\.[^*/:]+|[^*/:]+)(:\*|:\d+)?(/.*)$`)

// parsePattern reads a match pattern; ok is false for an invalid one,
// which matches nothing.
func parsePattern(p string) (matchPattern, bool) {
	if p == "<all_urls>" {
		return matchPattern{all: true}, true
	}
	m := patternSplit.FindStringSubmatch(p)
	if m == nil {
		return matchPattern{}, false
	}
	glob := regexp.QuoteMeta(m[7])
	glob = strings.ReplaceAll(glob, `\?`, ".")
	glob = strings.ReplaceAll(glob, `\*`, ".*")
	return matchPattern{
		protocols: strings.Split(m[1], "+"),
		host:      m[5],
		port:      strings.TrimPrefix(m[6], ":"),
		path:      regexp.MustCompile("^" + glob + "$"),
	}, true
}

var defaultPorts = map[string]string{"ftp": "21", "http": "80", "https": "443"}

func (m matchPattern) test(u *url.URL) bool {
	if m.all {
		return true
	}
	if m.path == nil {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	protocolOK := false
	for _, p := range m.protocols {
		protocolOK = protocolOK || p == "*" || p == scheme
	}
	host := u.Hostname()
	hostOK := m.host == "*" || m.host == host ||
		strings.HasPrefix(m.host, "*.") && (host == m.host[2:] || strings.HasSuffix(host, "."+m.host[2:]))
	port, want := u.Port(), m.port
	portOK := port == "" && want == ""
	if !portOK {
		if port == "" {
			port = defaultPorts[scheme]
		}
		if want == "" {
			want = defaultPorts[scheme]
		}
		portOK = want == "*" || want == port
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	return protocolOK && hostOK && portOK && m.path.MatchString(path)
}

// clientCert is a loaded client certificate and where it applies.
type clientCert struct {
	cert     tls.Certificate
	patterns []matchPattern
}

// loadClientCerts loads the run's client certificates; one that cannot
// be loaded is left out (the command line reports bad files up front).
func loadClientCerts(certs []ClientCert) []clientCert {
	var out []clientCert
	for _, cc := range certs {
		cert, err := LoadClientCert(cc)
		if err != nil {
			continue
		}
		c := clientCert{cert: cert}
		matches := cc.Matches
		if len(matches) == 0 {
			matches = []string{"<all_urls>"}
		}
		for _, p := range matches {
			if m, ok := parsePattern(p); ok {
				c.patterns = append(c.patterns, m)
			}
		}
		out = append(out, c)
	}
	return out
}

// certFor picks the first certificate that applies to u: https URLs only,
// as Postman's Certificate#canApplyTo; -1 when none does.
func certFor(certs []clientCert, u *url.URL) int {
	if !strings.EqualFold(u.Scheme, "https") {
		return -1
	}
	for i, c := range certs {
		for _, p := range c.patterns {
			if p.test(u) {
				return i
			}
		}
	}
	return -1
}
