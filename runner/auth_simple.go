package runner

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// The auth types that put a credential in a header or the query as it is.

func init() {
	authHandlers["noauth"] = signer{}
	authHandlers["basic"] = signer{signFn: signBasic}
	authHandlers["bearer"] = signer{preFn: func(p *authParams) bool { return p.truthy("token") }, signFn: signBearer}
	authHandlers["apikey"] = signer{preFn: func(p *authParams) bool { return p.truthy("key") || p.truthy("value") }, signFn: signAPIKey}
	authHandlers["oauth2"] = signer{preFn: func(p *authParams) bool { return p.truthy("accessToken") }, signFn: signOAuth2}
	authHandlers["ntlm"] = signer{signFn: func(*authParams, *collection.Request, signing) error {
		return fmt.Errorf("NTLM authentication is %w", errUnsupportedAuth)
	}}
}

// signer is a handler whose pre hook only checks parameters and whose
// post hook never replays.
type signer struct {
	preFn  func(p *authParams) bool
	signFn func(p *authParams, req *collection.Request, sr signing) error
}

func (s signer) pre(p *authParams) (bool, error) {
	if s.preFn == nil {
		return true, nil
	}
	return s.preFn(p), nil
}

func (s signer) sign(p *authParams, req *collection.Request, sr signing) error {
	if s.signFn == nil {
		return nil
	}
	return s.signFn(p, req, sr)
}

func (signer) post(*authParams, *Response) bool { return false }

func signBasic(p *authParams, req *collection.Request, _ signing) error {
	cred := p.orEmpty("username") + ":" + p.orEmpty("password")
	removeHeader(req, "Authorization", true)
	addHeader(req, "Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(cred)))
	return nil
}

func signBearer(p *authParams, req *collection.Request, _ signing) error {
	if !p.truthy("token") {
		return nil
	}
	removeHeader(req, "Authorization", true)
	addHeader(req, "Authorization", "Bearer "+p.str("token"))
	return nil
}

func signAPIKey(p *authParams, req *collection.Request, _ signing) error {
	if !p.truthy("key") && !p.truthy("value") {
		return nil
	}
	key, value := p.str("key"), p.str("value")
	if p.str("in") == "query" {
		removeQuery(req, key)
		var v *string
		if p.get("value") != nil {
			v = strPtr(value)
		}
		addQuery(req, key, v)
		return nil
	}
	// The runtime compares lodash lowerCase forms, which ignore case
	// and punctuation between words.
	lkey := lodashLowerCase(key)
	out := req.Headers[:0:0]
	for _, h := range req.Headers {
		if lodashLowerCase(h.Key) != lkey {
			out = append(out, h)
		}
	}
	req.Headers = out
	addHeader(req, key, value)
	return nil
}

func signOAuth2(p *authParams, req *collection.Request, _ signing) error {
	if !p.truthy("accessToken") {
		return nil
	}
	addTo := p.orEmpty("addTokenTo")
	if addTo == "" {
		addTo = "header"
	}
	prefix := "Bearer"
	if p.get("headerPrefix") != nil {
		prefix = strings.TrimSpace(p.str("headerPrefix"))
	}
	if prefix != "" {
		prefix += " "
	}
	tokenType := strings.ToLower(p.orEmpty("tokenType"))
	if tokenType == "mac" {
		return nil
	}
	removeHeader(req, "Authorization", true)
	removeQuery(req, "access_token")
	switch addTo {
	case "queryParams":
		addQuery(req, "access_token", strPtr(p.str("accessToken")))
	case "header":
		addHeader(req, "Authorization", prefix+p.str("accessToken"))
	}
	return nil
}

// lodashLowerCase is lodash's lowerCase for ASCII text: the words of s
// (split at punctuation, at case changes and between letters and digits),
// lower-cased, joined with single spaces.
func lodashLowerCase(s string) string {
	class := func(c byte) int {
		switch {
		case c >= 'a' && c <= 'z':
			return 1
		case c >= 'A' && c <= 'Z':
			return 2
		case c >= '0' && c <= '9':
			return 3
		case c >= 0x80:
			return 1
		}
		return 0
	}
	var words []string
	start := -1
	for i := 0; i <= len(s); i++ {
		c := 0
		if i < len(s) {
			c = class(s[i])
		}
		if start >= 0 && i > start {
			prev := class(s[i-1])
			split := c == 0 ||
				(c == 3) != (prev == 3) ||
				c == 2 && prev == 1 ||
				c == 2 && prev == 2 && i+1 < len(s) && class(s[i+1]) == 1
			if split {
				words = append(words, strings.ToLower(s[start:i]))
				start = -1
			}
		}
		if c != 0 && start < 0 {
			start = i
		}
	}
	return strings.Join(words, " ")
}
