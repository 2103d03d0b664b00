package runner

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"math/big"
	"regexp"
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// Digest auth (RFC 2617/7616) as the runtime does it: the first request
// goes out unsigned; a 401 or 403 with a Digest challenge makes the post
// hook record realm, nonce, qop and opaque and replay the request signed.

func init() { authHandlers["digest"] = digestHandler{} }

type digestHandler struct{}

var (
	digestNonceRe  = regexp.MustCompile(`(?i)nonce="([^"]*)"`)
	digestRealmRe  = regexp.MustCompile(`(?i)realm="([^"]*)"`)
	digestQopRe    = regexp.MustCompile(`(?i)qop="([^"]*)"`)
	digestOpaqueRe = regexp.MustCompile(`(?i)opaque="([^"]*)"`)
)

func (digestHandler) pre(p *authParams) (bool, error) {
	return p.truthy("nonce") && p.truthy("realm"), nil
}

func (digestHandler) post(p *authParams, resp *Response) bool {
	if p.truthy("disableRetryRequest") {
		return false
	}
	challenge := ""
	found := false
	for _, h := range resp.Headers {
		if strings.EqualFold(h.Key, "www-authenticate") && strings.HasPrefix(strings.ToLower(h.Value), "digest ") {
			challenge, found = h.Value, true
			break
		}
	}
	if (resp.Code == 401 || resp.Code == 403) && found {
		field := func(re *regexp.Regexp) string {
			if m := re.FindStringSubmatch(challenge); m != nil {
				return m[1]
			}
			return ""
		}
		type kv struct {
			k string
			v any
		}
		learned := []kv{{"nonce", field(digestNonceRe)}, {"realm", field(digestRealmRe)}}
		if opaque := field(digestOpaqueRe); opaque != "" {
			learned = append(learned, kv{"opaque", opaque})
		}
		qop := field(digestQopRe)
		if qop != "" {
			learned = append(learned, kv{"qop", qop})
		}
		if qop != "" || p.truthy("qop") {
			learned = append(learned, kv{"clientNonce", randomAlnum(8)}, kv{"nonceCount", "00000001"})
		}
		all := true
		for _, l := range learned {
			all = all && p.truthy(l.k)
		}
		if all {
			return false
		}
		for _, l := range learned {
			p.set(l.k, l.v)
		}
		return true
	}
	nc, ok := parseIntJS(p.get("nonceCount"))
	next := "00000001"
	if ok {
		next = fmt.Sprintf("%08d", nc+1)
	}
	p.set("nonceCount", next)
	return false
}

func (digestHandler) sign(p *authParams, req *collection.Request, sr signing) error {
	if !p.truthy("username") || !p.truthy("realm") {
		return nil
	}
	removeHeader(req, "Authorization", true)
	algorithm := p.orEmpty("algorithm")
	var newHash func() hash.Hash
	switch algorithm {
	case "SHA-256", "SHA-256-sess":
		newHash = sha256.New
	case "MD5", "MD5-sess", "":
		if algorithm == "" {
			algorithm = "MD5"
		}
		newHash = md5.New
	case "SHA-512-256", "SHA-512-256-sess":
		newHash = sha512.New512_256
	default:
		return fmt.Errorf("Unsupported digest algorithm: %s", algorithm)
	}
	h := func(s string) string {
		d := newHash()
		d.Write([]byte(s))
		return hex.EncodeToString(d.Sum(nil))
	}
	v := func(key string) string { return jsTemplate(p.get(key)) }
	username, realm, password := v("username"), v("realm"), v("password")
	nonce, nc, cnonce, qop, opaque := v("nonce"), v("nonceCount"), v("clientNonce"), v("qop"), v("opaque")
	uri := toNodeURL(req.URL).path()

	var a1 string
	if strings.HasSuffix(algorithm, "-sess") {
		a1 = h(username+":"+realm+":"+password) + ":" + nonce + ":" + cnonce
	} else {
		a1 = username + ":" + realm + ":" + password
	}
	a2 := req.Method + ":" + uri
	if qop == "auth-int" {
		bodyHash := "undefined"
		if body, ok := authBodyBytes(req, sr); ok {
			d := newHash()
			d.Write(body)
			bodyHash = hex.EncodeToString(d.Sum(nil))
		}
		a2 += ":" + bodyHash
	}
	var response string
	if qop == "auth" || qop == "auth-int" {
		response = h(strings.Join([]string{h(a1), nonce, nc, cnonce, qop, h(a2)}, ":"))
	} else {
		response = h(h(a1) + ":" + nonce + ":" + h(a2))
	}
	parts := []string{`username="` + username + `"`, `realm="` + realm + `"`, `nonce="` + nonce + `"`, `uri="` + uri + `"`,
		`algorithm="` + algorithm + `"`}
	if qop == "auth" || qop == "auth-int" {
		parts = append(parts, "qop="+qop)
	}
	if qop == "auth" || qop == "auth-int" || algorithm == "MD5-sess" {
		if collection.Truthy(p.get("nonceCount")) {
			parts = append(parts, "nc="+nc)
		}
		parts = append(parts, `cnonce="`+cnonce+`"`)
	}
	parts = append(parts, `response="`+response+`"`)
	if collection.Truthy(p.get("opaque")) {
		parts = append(parts, `opaque="`+opaque+`"`)
	}
	addHeader(req, "Authorization", "Digest "+strings.Join(parts, ", "))
	return nil
}

// jsTemplate is a value as a JavaScript template or concatenation writes
// it: undefined for a missing one.
func jsTemplate(v any) string {
	if v == nil {
		return "undefined"
	}
	return collection.Stringify(v)
}

const alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// randomAlnum is the runtime's randomString: n letters and digits.
func randomAlnum(n int) string {
	b := make([]byte, n)
	for i := range b {
		k, _ := rand.Int(rand.Reader, big.NewInt(int64(len(alnum))))
		b[i] = alnum[k.Int64()]
	}
	return string(b)
}
