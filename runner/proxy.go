package runner

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

// proxyFromEnvironment picks a request's proxy from HTTP_PROXY,
// HTTPS_PROXY and NO_PROXY (or their lower-case forms) by
// postman-request's rules, which Newman follows. They differ from
// http.ProxyFromEnvironment's: loopback addresses are proxied like any
// other, an https URL falls back to HTTP_PROXY, and a NO_PROXY entry
// matches as a host-name suffix, with an optional port.
func proxyFromEnvironment(req *http.Request) (*url.URL, error) {
	raw := proxyFor(req.URL, os.Getenv)
	if raw == "" {
		return nil, nil
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	return url.Parse(raw)
}

// proxyFor is the proxy setting that applies to u, "" for none.
func proxyFor(u *url.URL, getenv func(string) string) string {
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := getenv(k); v != "" {
				return v
			}
		}
		return ""
	}
	noProxy := first("NO_PROXY", "no_proxy")
	if noProxy == "*" || noProxy != "" && inNoProxy(u, noProxy) {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return first("HTTP_PROXY", "http_proxy")
	case "https":
		return first("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
	}
	return ""
}

// inNoProxy reports whether a NO_PROXY list ("example.com,.local:8080")
// names u's host: an entry matches the host name's end, after a dot.
func inNoProxy(u *url.URL, list string) bool {
	port := u.Port()
	if port == "" {
		port = "80"
		if strings.EqualFold(u.Scheme, "https") {
			port = "443"
		}
	}
	host := dotted(u.Hostname())
	for _, zone := range strings.Split(list, ",") {
		zone = strings.ToLower(strings.TrimSpace(zone))
		name, zonePort, hasPort := strings.Cut(zone, ":")
		name = dotted(name)
		// Like postman-request, only the first occurrence counts.
		if i := strings.Index(host, name); i < 0 || i != len(host)-len(name) {
			continue
		}
		if !hasPort || zonePort == port {
			return true
		}
	}
	return false
}

// dotted lower-cases a host name and gives it exactly one leading dot,
// so that "oogle.com" does not match "google.com".
func dotted(host string) string {
	return "." + strings.ToLower(strings.TrimLeft(host, "."))
}
