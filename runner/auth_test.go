package runner

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

// authVectors is testdata/auth/vectors.json: requests signed by
// postman-runtime 7.39.1's own handlers (see vectors.js there).
type authVectors struct {
	Cases []struct {
		Name   string
		Type   string
		Method string
		URL    string
		Params []struct {
			Key   string
			Value any
		}
		Header []collection.Header
		Body   *struct {
			Mode       string
			Raw        string
			URLEncoded []collection.Param
		}
		Want struct {
			Headers []collection.Header
			URL     string
			Form    []collection.Param
		}
	}
	LowerCase [][2]string
	Base64    [][2]string
	JSON      [][2]string
}

func readAuthVectors(t *testing.T) authVectors {
	t.Helper()
	data, err := os.ReadFile("testdata/auth/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v authVectors
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestAuthSignsAsRuntime signs each request of the vectors and compares
// the headers, URL and urlencoded body with what the runtime left.
func TestAuthSignsAsRuntime(t *testing.T) {
	for _, c := range readAuthVectors(t).Cases {
		t.Run(c.Name, func(t *testing.T) {
			method := c.Method
			if method == "" {
				method = "GET"
			}
			req := &collection.Request{Method: method, URL: collection.ParseURL(c.URL), Headers: c.Header}
			if c.Body != nil {
				req.Body = &collection.Body{Mode: c.Body.Mode, Raw: c.Body.Raw, URLEncoded: c.Body.URLEncoded}
			}
			p := &authParams{system: map[string]bool{}}
			for _, kv := range c.Params {
				p.vars = append(p.vars, collection.Variable{Key: kv.Key, Value: kv.Value})
			}
			h := authHandlers[c.Type]
			if ok, err := h.pre(p); err != nil {
				t.Fatal(err)
			} else if ok {
				// On an error the runtime sends the request as the
				// handler left it, which the vectors record.
				_ = h.sign(p, req, signing{})
			}
			if got := headerLines(req.Headers); got != headerLines(c.Want.Headers) {
				t.Errorf("headers:\n%s\nruntime's:\n%s", got, headerLines(c.Want.Headers))
			}
			if got := req.URL.String(); got != c.Want.URL {
				t.Errorf("URL %q, runtime's %q", got, c.Want.URL)
			}
			if c.Want.Form != nil {
				var got, want []string
				for _, f := range req.Body.URLEncoded {
					got = append(got, f.Key+"="+f.Value)
				}
				for _, f := range c.Want.Form {
					want = append(want, f.Key+"="+f.Value)
				}
				if strings.Join(got, "&") != strings.Join(want, "&") {
					t.Errorf("form %q, runtime's %q", got, want)
				}
			}
		})
	}
}

func headerLines(hs []collection.Header) string {
	var lines []string
	for _, h := range hs {
		lines = append(lines, h.Key+": "+h.Value)
	}
	return strings.Join(lines, "\n")
}

func TestAuthJavaScriptHelpers(t *testing.T) {
	v := readAuthVectors(t)
	for _, c := range v.LowerCase {
		if got := lodashLowerCase(c[0]); got != c[1] {
			t.Errorf("lodashLowerCase(%q) = %q, lodash's %q", c[0], got, c[1])
		}
	}
	for _, c := range v.Base64 {
		if got := hex.EncodeToString(decodeBase64Loose(c[0])); got != c[1] {
			t.Errorf("decodeBase64Loose(%q) = %s, Node's %s", c[0], got, c[1])
		}
	}
	for _, c := range v.JSON {
		parsed, err := parseJSJSON(c[0])
		if err != nil {
			t.Errorf("parseJSJSON(%q): %v", c[0], err)
			continue
		}
		if got := stringifyJS(parsed); got != c[1] {
			t.Errorf("JSON round trip of %s = %s, JavaScript's %s", c[0], got, c[1])
		}
	}
}

// TestEffectiveAuth checks where an item's auth comes from.
func TestEffectiveAuth(t *testing.T) {
	basic := &collection.Auth{Type: "basic"}
	bearer := &collection.Auth{Type: "bearer"}
	tests := []struct {
		name      string
		col       *collection.Auth
		folder    *collection.Auth
		own       *collection.Auth
		want      *collection.Auth
		wantOwn   bool
		wantNoSig bool
	}{
		{name: "own", col: basic, folder: bearer, own: &collection.Auth{Type: "apikey"}, wantOwn: true},
		{name: "folder's", col: basic, folder: bearer, want: bearer},
		{name: "collection's", col: basic, want: basic},
		{name: "none", want: nil},
		{name: "noauth stops", col: basic, own: &collection.Auth{Type: "noauth"}, wantOwn: true},
		{name: "inherit stops (no handler)", col: basic, own: &collection.Auth{Type: "inherit"}, wantOwn: true},
		{name: "type named type is skipped", col: basic, own: &collection.Auth{Type: "type"}, want: basic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			folder := &collection.Item{Name: "f", Auth: tt.folder}
			item := &collection.Item{Name: "i", Parent: folder, Request: &collection.Request{Auth: tt.own}}
			r := &Runner{col: &collection.Collection{Auth: tt.col}}
			got, own := r.effectiveAuth(item, item.Request)
			want := tt.want
			if tt.wantOwn {
				want = tt.own
			}
			if got != want || own != tt.wantOwn {
				t.Errorf("effectiveAuth = %v (own %v), want %v (own %v)", got, own, want, tt.wantOwn)
			}
		})
	}
}

// TestAuthParamsSet checks AuthInterface#set: a user's value stays, an
// empty or system one is replaced.
func TestAuthParamsSet(t *testing.T) {
	p := &authParams{vars: []collection.Variable{{Key: "nonce", Value: ""}, {Key: "realm", Value: "mine"}}, system: map[string]bool{}}
	p.set("nonce", "n1")
	p.set("realm", "theirs")
	p.set("qop", "auth")
	p.set("qop", "auth-int")
	for key, want := range map[string]string{"nonce": "n1", "realm": "mine", "qop": "auth-int"} {
		if got := p.str(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	if !p.system["nonce"] || p.system["realm"] || !p.system["qop"] {
		t.Errorf("system flags %v", p.system)
	}
	state := &authParams{system: map[string]bool{}}
	state.merge(p)
	next := newAuthParams(&collection.Auth{Type: "digest", Params: []collection.Variable{{Key: "nonce", Value: ""}}}, state, nil)
	if next.str("nonce") != "n1" || next.str("qop") != "auth-int" || next.index("realm") >= 0 {
		t.Errorf("state carried over as %+v", next.vars)
	}
}

func TestDigestPost(t *testing.T) {
	challenge := &Response{Code: 401, Headers: []collection.Header{{Key: "WWW-Authenticate", Value: `Digest realm="R", nonce="N", qop="auth", opaque="O"`}}}
	p := &authParams{vars: []collection.Variable{{Key: "username", Value: "u"}}, system: map[string]bool{}}
	if !(digestHandler{}).post(p, challenge) {
		t.Fatal("a challenge must be replayed")
	}
	if p.str("realm") != "R" || p.str("nonce") != "N" || p.str("opaque") != "O" || p.str("nonceCount") != "00000001" || len(p.str("clientNonce")) != 8 {
		t.Errorf("learned %+v", p.vars)
	}
	if (digestHandler{}).post(p, challenge) {
		t.Error("a second challenge with everything known must not be replayed")
	}
	if (digestHandler{}).post(p, &Response{Code: 200}); p.str("nonceCount") != "00000002" {
		t.Errorf("nonceCount after success = %q", p.str("nonceCount"))
	}
	fresh := &authParams{vars: []collection.Variable{{Key: "username", Value: "u"}, {Key: "disableRetryRequest", Value: true}}, system: map[string]bool{}}
	if (digestHandler{}).post(fresh, challenge) {
		t.Error("disableRetryRequest must stop the replay")
	}
}

func TestNTLMIsRefused(t *testing.T) {
	err := authHandlers["ntlm"].sign(&authParams{system: map[string]bool{}}, &collection.Request{}, signing{})
	if err == nil || !strings.Contains(err.Error(), "NTLM authentication is not supported") {
		t.Errorf("ntlm sign error %v", err)
	}
}

// TestAuthHandlersTolerateOddParams feeds every handler parameters of
// every JSON type: a handler may fail, never panic.
func TestAuthHandlersTolerateOddParams(t *testing.T) {
	keys := []string{"username", "password", "token", "key", "value", "in", "accessToken", "addTokenTo", "headerPrefix",
		"tokenType", "realm", "nonce", "qop", "algorithm", "clientNonce", "nonceCount", "opaque", "consumerKey",
		"consumerSecret", "tokenSecret", "privateKey", "signatureMethod", "callback", "verifier", "timestamp", "version",
		"includeBodyHash", "addParamsToHeader", "addEmptyParamsToSign", "disableHeaderEncoding", "authId", "authKey",
		"extraData", "app", "delegation", "includePayloadHash", "accessKey", "secretKey", "sessionToken", "service",
		"region", "addAuthDataToQuery", "secret", "isSecretBase64Encoded", "payload", "header", "queryParamKey",
		"clientToken", "clientSecret", "baseURL", "headersToSign", "maxBodySize", "kid", "iss", "aud", "sub", "exp",
		"claims", "alg"}
	values := []any{nil, "", "x", "%zz", float64(0), float64(-1), true, false, []any{"a", float64(1)}, map[string]any{"a": "b"}}
	bodies := []*collection.Body{nil, {Mode: "raw", Raw: "r"}, {Mode: "urlencoded", URLEncoded: []collection.Param{{Key: "a", Value: "b"}}},
		{Mode: "formdata", FormData: []collection.FormParam{{Key: "f", Value: "v"}}}, {Mode: "file", File: collection.FileRef{Src: "/nonexistent"}}}
	for typ, h := range authHandlers {
		for vi, v := range values {
			for bi, body := range bodies {
				p := &authParams{system: map[string]bool{}}
				for _, k := range keys {
					p.vars = append(p.vars, collection.Variable{Key: k, Value: v})
				}
				req := &collection.Request{Method: "POST", URL: collection.ParseURL("http://h/p?a=%zz&b"), Body: body}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s with values %d, body %d: panic %v", typ, vi, bi, r)
						}
					}()
					if ok, _ := h.pre(p); ok {
						_ = h.sign(p, req, signing{})
					}
					h.post(p, &Response{Code: 401, Headers: []collection.Header{{Key: "WWW-Authenticate", Value: `Digest nonce="n"`}}})
				}()
			}
		}
	}
}
