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

// lodashLowerCase is lodash's lowerCase for ASCII text: the words of s,
// lower-cased, joined with single spaces.
func lodashLowerCase(s string) string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		isUpper, isLower, isDigit := r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9'
		if !isUpper && !isLower && !isDigit && r < 0x80 {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			prevLower := prev >= 'a' && prev <= 'z'
			prevDigit := prev >= '0' && prev <= '9'
			nextLower := i+1 < len(rs) && rs[i+1] >= 'a' && rs[i+1] <= 'z'
			prevUpper := prev >= 'A' && prev <= 'Z'
			if isUpper && (prevLower || prevDigit) || isUpper && prevUpper && nextLower || isDigit != prevDigit && !(isDigit && prevUpper) && (isDigit || prevDigit) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return strings.Join(words, " ")
}
