package runner

import (
	"strings"

	"golang.org/x/net/idna"

	"github.com/pmrun/pmrun/collection"
)

// encodeSet is a set of ASCII bytes to percent-encode; bytes outside ASCII
// are always encoded.
type encodeSet [128]bool

func newEncodeSet(base *encodeSet, chars string) *encodeSet {
	var s encodeSet
	if base != nil {
		s = *base
	} else {
		for c := 0; c < 0x20; c++ {
			s[c] = true
		}
		s[0x7f] = true
	}
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return &s
}

// The WHATWG encode sets, as postman-url-encoder applies them.
var (
	fragmentSet = newEncodeSet(nil, " \"<>`")
	pathSet     = newEncodeSet(fragmentSet, "#?{}")
	userinfoSet = newEncodeSet(pathSet, "/:;=@[\\]^|")
	querySet    = func() *encodeSet {
		s := newEncodeSet(nil, " \"#'<>")
		return s
	}()
)

// percentEncode encodes the bytes of s that are in set, leaving existing
// %XX escapes alone so that nothing is encoded twice.
func percentEncode(s string, set *encodeSet) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteString(s[i : i+3])
			i += 2
			continue
		}
		if c >= 0x80 || set[c] {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// wireURL builds the URL that goes on the wire from a resolved URL, as
// postman-runtime does: lower-case protocol and host, path variables
// filled, each part percent-encoded with its own set, no fragment.
func wireURL(u collection.URL, disableEncoding bool) string {
	enc := func(s string, set *encodeSet) string {
		if disableEncoding {
			return s
		}
		return percentEncode(s, set)
	}
	var b strings.Builder
	proto := strings.ToLower(strings.TrimSuffix(u.Protocol, "://"))
	if proto == "" {
		proto = "http"
	}
	b.WriteString(proto + "://")
	if u.Auth != nil {
		b.WriteString(enc(u.Auth.User, userinfoSet))
		if u.Auth.HasPassword {
			b.WriteString(":" + enc(u.Auth.Password, userinfoSet))
		}
		b.WriteString("@")
	}
	b.WriteString(asciiHost(strings.Join(u.Host, ".")))
	if u.HasPort {
		b.WriteString(":" + u.Port)
	}
	b.WriteString(enc(pathWithVariables(u), pathSet))
	if q, any := u.QueryString(); any {
		b.WriteString("?" + enc(q, querySet))
	}
	return b.String()
}

// idnaProfile converts host names as WHATWG's domainToASCII does, which
// postman-url-encoder calls: UTS #46 mapping, non-transitional, without
// the strict DNS checks.
var idnaProfile = idna.New(idna.MapForLookup(), idna.Transitional(false),
	idna.CheckHyphens(false), idna.StrictDomainName(false), idna.VerifyDNSLength(false))

// asciiHost lower-cases a host and turns an internationalised one into
// punycode; a host that cannot be converted is kept, as Postman does.
func asciiHost(host string) string {
	for i := 0; i < len(host); i++ {
		if host[i] >= 0x80 {
			if ascii, err := idnaProfile.ToASCII(host); err == nil && ascii != "" {
				return ascii
			}
			break
		}
	}
	return strings.ToLower(host)
}

// withFragment appends the URL's fragment, encoded, to a wire URL: it
// never goes out, but Newman's report and scripts show it.
func withFragment(wire string, u collection.URL, disableEncoding bool) string {
	if !u.HasHash {
		return wire
	}
	if disableEncoding {
		return wire + "#" + u.Hash
	}
	return wire + "#" + percentEncode(u.Hash, fragmentSet)
}

// pathWithVariables fills ":name" segments from the URL's path variables;
// what follows a "." in the segment stays.
func pathWithVariables(u collection.URL) string {
	segs := make([]string, len(u.Path))
	for i, seg := range u.Path {
		segs[i] = seg
		if !strings.HasPrefix(seg, ":") {
			continue
		}
		key := seg[1:]
		if dot := strings.IndexByte(seg, '.'); dot >= 0 {
			key = seg[1:dot]
		}
		for _, v := range u.Variables {
			if v.Key == key && !v.Disabled {
				if s, ok := v.Value.(string); ok && s != "" {
					segs[i] = s + seg[len(key)+1:]
				}
			}
		}
	}
	return "/" + strings.Join(segs, "/")
}
