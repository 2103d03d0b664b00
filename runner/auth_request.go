package runner

import (
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// The edits auth handlers make to a request, as postman-collection's
// Request methods make them. Headers an auth adds are marked System, as
// Newman's report marks them.

func removeHeader(req *collection.Request, key string, ignoreCase bool) {
	out := req.Headers[:0:0]
	for _, h := range req.Headers {
		if h.Key == key || ignoreCase && strings.EqualFold(h.Key, key) {
			continue
		}
		out = append(out, h)
	}
	req.Headers = out
}

func addHeader(req *collection.Request, key, value string) {
	req.Headers = append(req.Headers, collection.Header{Key: key, Value: value, System: true})
}

// upsertHeader updates the first header named exactly key, else adds one.
func upsertAuthHeader(req *collection.Request, key, value string) {
	for i := range req.Headers {
		if req.Headers[i].Key == key {
			req.Headers[i].Value = value
			return
		}
	}
	addHeader(req, key, value)
}

// headerValue is Request#headers.get: the last enabled header named key,
// in any case.
func headerValue(req *collection.Request, key string) (string, bool) {
	if i := enabledHeader(req.Headers, key); i >= 0 {
		return req.Headers[i].Value, true
	}
	return "", false
}

func removeQuery(req *collection.Request, keys ...string) {
	out := req.URL.Query[:0:0]
	for _, q := range req.URL.Query {
		drop := false
		for _, k := range keys {
			drop = drop || q.Key == k
		}
		if !drop {
			out = append(out, q)
		}
	}
	req.URL.Query = out
}

func addQuery(req *collection.Request, key string, value *string) {
	req.URL.Query = append(req.URL.Query, collection.QueryParam{Key: key, Value: value})
	req.URL.HasQuery = true
}

func strPtr(s string) *string { return &s }

// nodeURL is the parts of postman-url-encoder's toNodeUrl that handlers
// read: the URL encoded as it goes out, the port kept as written.
type nodeURL struct {
	protocol string // "http:"
	host     string // hostname[:port]
	hostname string
	port     string
	pathname string
	search   string // "?…" or ""
	href     string
}

// path is pathname and search.
func (u nodeURL) path() string { return u.pathname + u.search }

func toNodeURL(u collection.URL) nodeURL {
	// Credentials are not part of what handlers read.
	u.Auth = nil
	wire := wireURL(u, false)
	var n nodeURL
	proto, rest, _ := strings.Cut(wire, "://")
	n.protocol = proto + ":"
	hostEnd := strings.IndexAny(rest, "/?")
	if hostEnd < 0 {
		hostEnd = len(rest)
	}
	n.host = rest[:hostEnd]
	n.hostname = n.host
	if i := strings.LastIndexByte(n.host, ':'); i >= 0 && !strings.Contains(n.host[i:], "]") {
		n.hostname, n.port = n.host[:i], n.host[i+1:]
	}
	rest = rest[hostEnd:]
	n.pathname = rest
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		n.pathname, n.search = rest[:i], rest[i:]
		if n.search == "?" {
			n.search = ""
		}
	}
	if n.pathname == "" {
		n.pathname = "/"
	}
	n.href = n.protocol + "//" + n.host + n.path()
	return n
}
