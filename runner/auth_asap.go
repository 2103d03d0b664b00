package runner

import (
	"crypto/x509"
	"encoding/base64"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// Atlassian S2S (ASAP) auth as the runtime signs it: a JWT with the
// claims given, completed with iat, iss, sub, jti, aud and exp, signed with
// an RSA, RSA-PSS or EC key given as PKCS#8 text or a data URI.

func init() { authHandlers["asap"] = signer{signFn: signASAP} }

var asapDataURI = regexp.MustCompile(`^data:application/pkcs8;kid=([\w.\-+/]+);base64,([a-zA-Z0-9+/=]+)$`)

func signASAP(p *authParams, req *collection.Request, _ signing) error {
	claims := &jsObject{values: map[string]any{}}
	var claimsValue any = claims
	if raw, ok := p.get("claims").(string); ok {
		if trimmed := strings.TrimSpace(raw); trimmed != "" {
			v, err := parseJSJSON(trimmed)
			if err != nil {
				return errors.New("Failed to parse claims")
			}
			claimsValue = v
			if o, ok := v.(*jsObject); ok {
				claims = o
			}
		} else {
			claimsValue = ""
		}
	}
	claim := func(k string) any {
		if v := claims.values[k]; collection.Truthy(v) {
			return v
		}
		return nil
	}
	or := func(a, b any) any {
		if collection.Truthy(a) {
			return a
		}
		return b
	}
	now := float64(time.Now().Unix())
	issuer := or(claim("iss"), p.get("iss"))
	subject := or(or(claim("sub"), p.get("sub")), issuer)
	audience := or(claim("aud"), p.get("aud"))
	jti := or(claim("jti"), collection.NewUUID())
	issuedAt := or(claim("iat"), now)
	expiry := float64(3600)
	if n, ok := parseIntJS(p.get("exp")); ok && n != 0 && collection.Truthy(p.get("exp")) {
		expiry = float64(n)
	}
	expires := now + expiry
	if n, ok := parseIntJS(claim("exp")); ok && n != 0 && claim("exp") != nil {
		expires = float64(n)
	}
	kid := or(claim("kid"), p.get("kid"))
	alg := "RS256"
	if p.truthy("alg") {
		alg = p.str("alg")
	}
	if !collection.Truthy(kid) || !collection.Truthy(issuer) || !collection.Truthy(audience) || !p.truthy("privateKey") {
		return errors.New("One or more of required claims missing")
	}
	if !jwtAlgorithms[alg] || strings.HasPrefix(alg, "HS") {
		return errors.New("invalid algorithm")
	}
	privateKey, ok := p.get("privateKey").(string)
	if !ok {
		return errors.New("privateKey must be a string")
	}
	key, err := asapKey(jsString(kid), strings.ReplaceAll(privateKey, "\n", ""), alg)
	if err != nil {
		return err
	}
	if _, ok := claimsValue.(*jsObject); !ok {
		return errors.New("Failed to sign request with key.")
	}
	header := &jsObject{values: map[string]any{}}
	header.set("alg", alg)
	header.set("kid", kid)
	claims.set("iat", issuedAt)
	claims.set("iss", issuer)
	claims.set("sub", subject)
	claims.set("jti", jti)
	claims.set("aud", audience)
	claims.set("exp", expires)
	token, err := signJWS(header, claims, alg, key)
	if err != nil {
		return errors.New("Failed to sign request with key.")
	}
	removeHeader(req, "Authorization", true)
	addHeader(req, "Authorization", "Bearer "+token)
	return nil
}

// asapKey reads the private key as the runtime does: surrounding double
// quotes dropped, URI-decoded, a data URI's DER turned into PKCS#8.
func asapKey(kid, text, alg string) (any, error) {
	if len(text) >= 2 && text[0] == '"' && text[len(text)-1] == '"' {
		text = text[1 : len(text)-1]
	}
	decoded, err := url.PathUnescape(text)
	if err != nil {
		return nil, errors.New("Failed to parse private key.")
	}
	if strings.HasPrefix(decoded, "data:") {
		m := asapDataURI.FindStringSubmatch(decoded)
		if m == nil || m[1] != kid {
			return nil, errors.New("Failed to parse private key.")
		}
		der := decodeBase64Loose(m[2])
		k, err := x509.ParsePKCS1PrivateKey(der)
		if err != nil {
			pk, err8 := x509.ParsePKCS8PrivateKey(der)
			if err8 != nil {
				return nil, errors.New("Failed to parse private key.")
			}
			der, _ = x509.MarshalPKCS8PrivateKey(pk)
		} else {
			der, _ = x509.MarshalPKCS8PrivateKey(k)
		}
		decoded = "-----BEGIN PRIVATE KEY-----" + encodeBase64(der) + "-----END PRIVATE KEY-----"
	}
	key, err := importPKCS8(decoded, alg)
	if err != nil {
		return nil, errors.New("Failed to sign request with key.")
	}
	return key, nil
}

func encodeBase64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
