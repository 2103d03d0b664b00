package collection

import "maps"

// Behavior is an item's protocolProfileBehavior after inheritance: the
// item's own keys over its folders' (innermost first) over the collection's,
// merged key by key as postman-collection's
// Item#getProtocolProfileBehaviorResolved does (a key's value is replaced
// whole, so disabledSystemHeaders is not merged header by header).
//
// A nil field is a key no level sets: the runner then uses its option or
// default. Booleans follow JavaScript truthiness, as the runtime tests them.
type Behavior struct {
	StrictSSL                     *bool
	FollowRedirects               *bool
	MaxRedirects                  *int
	FollowOriginalHTTPMethod      *bool
	FollowAuthorizationHeader     *bool
	RemoveRefererHeaderOnRedirect *bool
	InsecureHTTPParser            *bool
	DisableBodyPruning            bool
	DisableURLEncoding            bool
	DisableCookies                bool
	// DisabledSystemHeaders holds the system headers not to add, by the
	// lower-case name the runtime looks them up with ("user-agent",
	// "accept", "cache-control", "postman-token", "host",
	// "accept-encoding", "connection"); keys written in another case do
	// not match, as in Newman.
	DisabledSystemHeaders  map[string]bool
	TLSPreferServerCiphers bool
	TLSDisabledProtocols   []string
	TLSCipherSelection     []string
	// Raw is the merged object as written, for keys not listed above.
	Raw map[string]any
}

// Behavior resolves the item's protocolProfileBehavior against its
// folders and the collection c (which may be nil).
func (it *Item) Behavior(c *Collection) Behavior {
	merged := map[string]any{}
	if c != nil {
		maps.Copy(merged, c.ProtocolProfileBehavior)
	}
	var chain []*Item
	for p := it; p != nil; p = p.Parent {
		chain = append(chain, p)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		maps.Copy(merged, chain[i].ProtocolProfileBehavior)
	}
	return behaviorOf(merged)
}

func behaviorOf(m map[string]any) Behavior {
	b := Behavior{Raw: m}
	flag := func(key string) *bool {
		v, ok := m[key]
		if !ok {
			return nil
		}
		t := Truthy(v)
		return &t
	}
	b.StrictSSL = flag("strictSSL")
	b.FollowRedirects = flag("followRedirects")
	b.FollowOriginalHTTPMethod = flag("followOriginalHttpMethod")
	b.FollowAuthorizationHeader = flag("followAuthorizationHeader")
	b.RemoveRefererHeaderOnRedirect = flag("removeRefererHeaderOnRedirect")
	b.InsecureHTTPParser = flag("insecureHTTPParser")
	b.DisableBodyPruning = Truthy(m["disableBodyPruning"])
	b.DisableURLEncoding = Truthy(m["disableUrlEncoding"])
	b.DisableCookies = Truthy(m["disableCookies"])
	b.TLSPreferServerCiphers = Truthy(m["tlsPreferServerCiphers"])
	if n, ok := m["maxRedirects"].(float64); ok {
		v := int(n)
		b.MaxRedirects = &v
	}
	if hs, ok := m["disabledSystemHeaders"].(map[string]any); ok {
		b.DisabledSystemHeaders = map[string]bool{}
		for k, v := range hs {
			b.DisabledSystemHeaders[k] = Truthy(v)
		}
	}
	b.TLSDisabledProtocols = stringsOf(m["tlsDisabledProtocols"])
	b.TLSCipherSelection = stringsOf(m["tlsCipherSelection"])
	return b
}

// Truthy is JavaScript's ToBoolean for a JSON-typed value.
func Truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case float64:
		return x != 0 && x == x
	case int:
		return x != 0
	}
	return true
}

func stringsOf(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	var out []string
	for _, e := range list {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
