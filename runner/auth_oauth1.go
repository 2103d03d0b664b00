package runner

import (
	"crypto"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"hash"
	"math/big"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// OAuth 1.0a as the runtime signs it with node-oauth1: the signature base
// string takes the query (decoded), the oauth_* parameters and an
// urlencoded body's parameters; the parameters go in the Authorization
// header, the urlencoded body (PUT/POST) or the query.

func init() { authHandlers["oauth1"] = signer{signFn: signOAuth1} }

var oauth1Keys = []string{"oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_timestamp",
	"oauth_nonce", "oauth_version", "oauth_signature", "oauth_callback", "oauth_verifier", "oauth_body_hash"}

// oauthParam is one name/value pair; a nil value is JavaScript's
// undefined or null.
type oauthParam struct {
	key   string
	value any
}

func signOAuth1(p *authParams, req *collection.Request, sr signing) error {
	params := map[string]any{}
	for _, k := range []string{"consumerKey", "consumerSecret", "token", "tokenSecret", "privateKey", "signatureMethod",
		"callback", "verifier", "timestamp", "nonce", "version", "realm", "includeBodyHash", "addParamsToHeader",
		"addEmptyParamsToSign", "disableHeaderEncoding"} {
		if i := p.index(k); i >= 0 {
			params[k] = p.vars[i].Value
		}
	}
	method := ""
	if v, ok := params["signatureMethod"]; ok && v != nil {
		method = collection.Stringify(v)
	}
	parts := strings.Split(method, "-")
	signatureAlgo := strings.ToUpper(parts[0])
	hashAlgo := ""
	if len(parts) > 1 {
		hashAlgo = parts[1]
	}
	if !collection.Truthy(params["consumerKey"]) || signatureAlgo != "RSA" && !collection.Truthy(params["consumerSecret"]) ||
		signatureAlgo == "RSA" && !collection.Truthy(params["privateKey"]) {
		return nil
	}
	var form *[]collection.Param
	if req.Body != nil && req.Body.Mode == "urlencoded" {
		form = &req.Body.URLEncoded
	}
	removeHeader(req, "Authorization", false)
	removeQuery(req, oauth1Keys...)
	if form != nil {
		kept := (*form)[:0:0]
		for _, f := range *form {
			if !contains(oauth1Keys, f.Key) {
				kept = append(kept, f)
			}
		}
		*form = kept
	}
	if !collection.Truthy(params["nonce"]) {
		params["nonce"] = oauthNonce(11)
	}
	if !collection.Truthy(params["timestamp"]) {
		params["timestamp"] = strconv.FormatInt(time.Now().Unix(), 10)
	}
	addEmpty := collection.Truthy(params["addEmptyParamsToSign"])
	if !addEmpty {
		for k, v := range params {
			if s, ok := v.(string); ok && strings.TrimSpace(s) == "" {
				delete(params, k)
			}
		}
	}
	if form == nil && collection.Truthy(params["includeBodyHash"]) && hashAlgo != "" {
		newHash := oauthHash(hashAlgo)
		if newHash == nil {
			return errors.New("Digest method not supported")
		}
		if body, ok := authBodyBytes(req, sr); ok {
			d := newHash()
			d.Write(body)
			params["bodyHash"] = base64.StdEncoding.EncodeToString(d.Sum(nil))
		}
	}
	return addOAuth1Data(req, params, form, sr.ppb.flag("disableUrlEncoding", false))
}

func addOAuth1Data(req *collection.Request, params map[string]any, form *[]collection.Param, noEncoding bool) error {
	u := toNodeURL(req.URL)
	sig := []oauthParam{{"oauth_consumer_key", params["consumerKey"]}, {"oauth_token", params["token"]},
		{"oauth_signature_method", params["signatureMethod"]}, {"oauth_timestamp", params["timestamp"]},
		{"oauth_nonce", params["nonce"]}, {"oauth_version", params["version"]}}
	for _, extra := range []struct{ key, param string }{{"oauth_body_hash", "bodyHash"}, {"oauth_callback", "callback"}, {"oauth_verifier", "verifier"}} {
		if collection.Truthy(params[extra.param]) {
			sig = append(sig, oauthParam{extra.key, params[extra.param]})
		}
	}
	addEmpty := collection.Truthy(params["addEmptyParamsToSign"])
	kept := sig[:0]
	for _, s := range sig {
		if addEmpty || collection.Truthy(s.value) {
			kept = append(kept, s)
		}
	}
	sig = kept
	all := append([]oauthParam(nil), sig...)
	if form != nil {
		for _, f := range *form {
			if !f.Disabled {
				all = append(all, oauthParam{f.Key, f.Value})
			}
		}
	}
	signature, err := oauth1Signature(req.Method, oauthBaseURL(u), u.search, all, params)
	if err != nil {
		return err
	}
	if !noEncoding && u.search != "" {
		pairs, err := decodeForm(u.search[1:])
		if err != nil {
			return err
		}
		req.URL.Query = nil
		for _, pr := range pairs {
			key := pr.key
			if key != "" {
				key = oauthEncode(key)
			}
			var value *string
			if pr.value != nil {
				v := pr.value.(string)
				if v != "" {
					v = oauthEncode(v)
				}
				value = &v
			}
			req.URL.Query = append(req.URL.Query, collection.QueryParam{Key: key, Value: value})
		}
	}
	sig = append(sig, oauthParam{"oauth_signature", signature})
	switch {
	case collection.Truthy(params["addParamsToHeader"]):
		addHeader(req, "Authorization", oauthHeader(params, sig))
	case oauthFormMethod.MatchString(req.Method) && form != nil:
		for _, s := range sig {
			*form = append(*form, collection.Param{Key: s.key, Value: jsString(s.value)})
		}
	case noEncoding:
		for _, s := range sig {
			addQuery(req, s.key, jsStringPtr(s.value))
		}
	default:
		for _, s := range sig {
			var v *string
			if s.value != nil {
				str := jsString(s.value)
				if collection.Truthy(s.value) {
					str = oauthEncode(str)
				}
				v = &str
			}
			addQuery(req, oauthEncode(s.key), v)
		}
	}
	return nil
}

var oauthFormMethod = regexp.MustCompile(`PUT|POST`)

// oauthHeader is node-oauth1's getAuthorizationHeader.
func oauthHeader(params map[string]any, sig []oauthParam) string {
	encode := !collection.Truthy(params["disableHeaderEncoding"])
	var parts []string
	if realm, ok := params["realm"].(string); ok && strings.TrimSpace(realm) != "" {
		if encode {
			realm = oauthEncode(realm)
		}
		parts = append(parts, `realm="`+realm+`"`)
	}
	for _, s := range sig {
		if !collection.Truthy(s.value) {
			continue
		}
		name, value := s.key, strings.TrimSpace(jsString(s.value))
		if encode {
			name, value = oauthEncode(name), oauthEncode(value)
		}
		if strings.HasPrefix(name, "oauth_") {
			parts = append(parts, name+`="`+value+`"`)
		}
	}
	return "OAuth " + strings.Join(parts, ",")
}

// oauthBaseURL is the runtime's getOAuth1BaseUrl: lower-case scheme and
// host (the port dropped when it is 80 or 443), path and query as sent.
func oauthBaseURL(u nodeURL) string {
	host := u.host
	if u.port == "" || u.port == "80" || u.port == "443" {
		host = u.hostname
	}
	return strings.ToLower(u.protocol[:len(u.protocol)-1]) + "://" + strings.ToLower(host) + u.path()
}

// oauth1Signature signs the base string of method, the base URL (whose
// query, search, joins the parameters) and params.
func oauth1Signature(method, baseURL, search string, params []oauthParam, auth map[string]any) (string, error) {
	all := params
	if search != "" {
		q, err := decodeForm(search[1:])
		if err != nil {
			return "", err
		}
		all = append(q, params...)
	}
	name := ""
	for _, p := range all {
		if p.key == "oauth_signature_method" {
			if p.value != nil {
				name = jsString(p.value)
			}
			break
		}
	}
	if name == "" {
		name = "HMAC-SHA1"
		found := false
		for i := range all {
			if all[i].key == "oauth_signature_method" {
				all[i].value, found = name, true
			}
		}
		if !found {
			all = append(all, oauthParam{"oauth_signature_method", name})
		}
	}
	type sortable struct{ sortKey, k, v string }
	var list []sortable
	for _, p := range all {
		if p.key == "oauth_signature" {
			continue
		}
		k, v := oauthEncode(p.key), ""
		if p.value != nil {
			v = oauthEncode(jsString(p.value))
		}
		list = append(list, sortable{k + " " + v, k, v})
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].sortKey < list[j].sortKey })
	pairs := make([]string, len(list))
	for i, s := range list {
		pairs[i] = s.k + "=" + s.v
	}
	base := oauthEncode(strings.ToUpper(method)) + "&" + oauthEncode(oauthNormalizeURL(baseURL)) + "&" + oauthEncode(strings.Join(pairs, "&"))

	name = strings.TrimSuffix(name, "-Accessor")
	str := func(k string) string {
		if v := auth[k]; collection.Truthy(v) {
			return jsString(v)
		}
		return ""
	}
	key := oauthEncode(str("consumerSecret")) + "&" + oauthEncode(str("tokenSecret"))
	mac := func(h func() hash.Hash) string {
		m := hmac.New(h, []byte(key))
		m.Write([]byte(base))
		return base64.StdEncoding.EncodeToString(m.Sum(nil))
	}
	switch name {
	case "PLAINTEXT":
		return key, nil
	case "HMAC-SHA1":
		return mac(sha1.New), nil
	case "HMAC-SHA256":
		return mac(sha256.New), nil
	case "HMAC-SHA512":
		return mac(sha512.New), nil
	case "RSA-SHA1", "RSA-SHA256", "RSA-SHA512":
		return rsaSign(str("privateKey"), map[string]crypto.Hash{"RSA-SHA1": crypto.SHA1, "RSA-SHA256": crypto.SHA256, "RSA-SHA512": crypto.SHA512}[name], base)
	}
	return "", errors.New("Unsupported signature method")
}

// oauthNormalizeURL is node-oauth1's normalizeUrl.
func oauthNormalizeURL(s string) string {
	scheme, rest, _ := strings.Cut(s, "://")
	authority := rest
	path := ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, path = rest[:i], rest[i:]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		authority = authority[at+1:]
	}
	scheme, authority = strings.ToLower(scheme), strings.ToLower(authority)
	if h, port, ok := strings.Cut(authority, ":"); ok && (scheme == "http" && port == "80" || scheme == "https" && port == "443") {
		authority = h
	}
	if path == "" {
		path = "/"
	}
	return scheme + "://" + authority + path
}

func rsaSign(keyPEM string, h crypto.Hash, msg string) (string, error) {
	block, _ := pem.Decode([]byte(keyPEM))
	if block == nil {
		return "", errors.New("error:1E08010C:DECODER routines::unsupported")
	}
	var key *rsa.PrivateKey
	if k, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
		key = k
	} else if k, err := x509.ParsePKCS8PrivateKey(block.Bytes); err == nil {
		rk, ok := k.(*rsa.PrivateKey)
		if !ok {
			return "", errors.New("private key is not an RSA key")
		}
		key = rk
	} else {
		return "", errors.New("error:1E08010C:DECODER routines::unsupported")
	}
	d := h.New()
	d.Write([]byte(msg))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, h, d.Sum(nil))
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(sig), nil
}

func oauthHash(name string) func() hash.Hash {
	switch strings.ToUpper(name) {
	case "SHA1":
		return sha1.New
	case "SHA256":
		return sha256.New
	case "SHA512":
		return sha512.New
	}
	return nil
}

// decodeForm is node-oauth1's decodeForm: "+" is a space, a pair without
// "=" has a nil value; a bad escape fails as decodeURIComponent does.
func decodeForm(s string) ([]oauthParam, error) {
	var out []oauthParam
	for _, nvp := range strings.Split(s, "&") {
		if nvp == "" {
			continue
		}
		k, v, hasValue := strings.Cut(nvp, "=")
		key, err := decodePercent(k)
		if err != nil {
			return nil, err
		}
		p := oauthParam{key: key}
		if hasValue {
			val, err := decodePercent(v)
			if err != nil {
				return nil, err
			}
			p.value = val
		}
		out = append(out, p)
	}
	return out, nil
}

func decodePercent(s string) (string, error) {
	out, err := url.PathUnescape(strings.ReplaceAll(s, "+", " "))
	if err != nil {
		return "", errors.New("URI malformed")
	}
	return out, nil
}

// oauthEncode is node-oauth1's percentEncode: all but A-Z a-z 0-9 - . _ ~.
func oauthEncode(s string) string { return formEscape(s) }

const oauthNonceChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz"

func oauthNonce(n int) string {
	b := make([]byte, n)
	for i := range b {
		k, _ := rand.Int(rand.Reader, big.NewInt(int64(len(oauthNonceChars))))
		b[i] = oauthNonceChars[k.Int64()]
	}
	return string(b)
}

// jsString is String(v); undefined for nil.
func jsString(v any) string {
	if v == nil {
		return "undefined"
	}
	return collection.Stringify(v)
}

func jsStringPtr(v any) *string {
	if v == nil {
		return nil
	}
	return strPtr(collection.Stringify(v))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
