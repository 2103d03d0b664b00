package runner

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pmrun/pmrun/collection"
)

// JWT bearer auth as the runtime signs it with jose: the header is the
// given JSON with "alg" set, the payload the given JSON, both written as
// JSON.stringify writes them; golang-jwt makes the signature.

func init() { authHandlers["jwt"] = signer{signFn: signJWT} }

var jwtAlgorithms = map[string]bool{"HS256": true, "HS384": true, "HS512": true, "RS256": true, "RS384": true,
	"RS512": true, "PS256": true, "PS384": true, "PS512": true, "ES256": true, "ES384": true, "ES512": true}

func signJWT(p *authParams, req *collection.Request, _ signing) error {
	alg := p.str("algorithm")
	if !jwtAlgorithms[alg] {
		return errors.New("invalid algorithm")
	}
	hs := strings.HasPrefix(alg, "HS")
	secret, secretIsString := p.get("secret").(string)
	if hs && (!secretIsString || secret == "") {
		return errors.New("Invalid secret key. Enter a valid key.")
	}
	privateKey, keyIsString := p.get("privateKey").(string)
	if !hs && (!keyIsString || privateKey == "") {
		return errors.New("Invalid private key. Enter a valid key.")
	}
	header := &jsObject{values: map[string]any{}}
	if raw, ok := p.get("header").(string); ok && strings.TrimSpace(raw) != "" {
		h, err := parseJSJSON(strings.TrimSpace(raw))
		if err != nil {
			return err
		}
		if o, ok := h.(*jsObject); ok {
			header = o
		}
	}
	header.set("alg", alg)
	// A payload that is not text (none at all) fails as jose fails it.
	payload := p.get("payload")
	if raw, ok := payload.(string); ok {
		payload = &jsObject{values: map[string]any{}}
		if strings.TrimSpace(raw) != "" {
			v, err := parseJSJSON(strings.TrimSpace(raw))
			if err != nil {
				return err
			}
			payload = v
		}
	}
	var key any
	if hs {
		if p.truthy("isSecretBase64Encoded") {
			key = decodeBase64Loose(secret)
		} else {
			key = []byte(secret)
		}
	} else {
		k, err := importPKCS8(privateKey, alg)
		if err != nil {
			return err
		}
		key = k
	}
	token, err := signJWS(header, payload, alg, key)
	if err != nil {
		return err
	}
	addJWT(p, req, token)
	return nil
}

// signJWS writes header and payload as jose does and signs them.
func signJWS(header *jsObject, payload any, alg string, key any) (string, error) {
	if _, ok := payload.(*jsObject); !ok {
		return "", errors.New("JWT Claims Set MUST be an object")
	}
	enc := base64.RawURLEncoding
	signing := enc.EncodeToString([]byte(stringifyJS(header))) + "." + enc.EncodeToString([]byte(stringifyJS(payload)))
	sig, err := jwt.GetSigningMethod(alg).Sign(signing, key)
	if err != nil {
		return "", err
	}
	return signing + "." + enc.EncodeToString(sig), nil
}

func addJWT(p *authParams, req *collection.Request, token string) {
	addTo := p.orEmpty("addTokenTo")
	if addTo == "" {
		addTo = "header"
	}
	switch addTo {
	case "header":
		removeHeader(req, "Authorization", true)
		prefix := "Bearer"
		if v := p.get("headerPrefix"); v != nil {
			prefix = collection.Stringify(v)
		}
		if prefix != "" {
			prefix += " "
		}
		addHeader(req, "Authorization", prefix+token)
	case "queryParam":
		key := p.orEmpty("queryParamKey")
		if key == "" {
			key = "token"
		}
		removeQuery(req, key)
		addQuery(req, key, strPtr(token))
	}
}

// pemArmor is what jose strips from a PKCS#8 text before decoding it.
var pemArmor = regexp.MustCompile(`(?:-----(?:BEGIN|END) PRIVATE KEY-----|\s)`)

// importPKCS8 is jose's importPKCS8 with the checks it makes for alg.
func importPKCS8(text, alg string) (any, error) {
	if !strings.HasPrefix(text, "-----BEGIN PRIVATE KEY-----") {
		return nil, errors.New(`"pkcs8" must be PKCS#8 formatted string`)
	}
	der := decodeBase64Loose(pemArmor.ReplaceAllString(text, ""))
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, fmt.Errorf("Invalid PKCS#8 key: %w", err)
	}
	switch alg[:2] {
	case "RS", "PS":
		rk, ok := k.(*rsa.PrivateKey)
		if !ok {
			return nil, errors.New("Invalid or unsupported JWK \"alg\" (Algorithm) Parameter value")
		}
		if rk.N.BitLen() < 2048 {
			return nil, fmt.Errorf("%s requires key modulusLength to be 2048 bits or larger", alg)
		}
		return rk, nil
	case "ES":
		ek, ok := k.(*ecdsa.PrivateKey)
		want := map[string]elliptic.Curve{"ES256": elliptic.P256(), "ES384": elliptic.P384(), "ES512": elliptic.P521()}[alg]
		if !ok || ek.Curve != want {
			return nil, errors.New("Invalid key curve for the algorithm")
		}
		return ek, nil
	}
	return nil, errors.New("invalid algorithm")
}

// decodeBase64Loose is Node's Buffer.from(s, 'base64'): both alphabets,
// other characters skipped, decoding stops at "=".
func decodeBase64Loose(s string) []byte {
	var bits, n uint
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case c >= 'A' && c <= 'Z':
			v = c - 'A'
		case c >= 'a' && c <= 'z':
			v = c - 'a' + 26
		case c >= '0' && c <= '9':
			v = c - '0' + 52
		case c == '+' || c == '-':
			v = 62
		case c == '/' || c == '_':
			v = 63
		case c == '=':
			return out
		default:
			continue
		}
		bits = bits<<6 | uint(v)
		n += 6
		if n >= 8 {
			n -= 8
			out = append(out, byte(bits>>n))
			bits &= 1<<n - 1
		}
	}
	return out
}
