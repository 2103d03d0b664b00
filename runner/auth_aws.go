package runner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// AWS Signature Version 4 as the runtime signs with the aws4 module
// (1.13.2): the request's enabled headers, Host and X-Amz-Date are
// signed; the body hash goes in X-Amz-Content-Sha256; with
// addAuthDataToQuery the X-Amz-* parameters go in the query instead. A
// Date header on the request fixes X-Amz-Date, as aws4 reads it.

func init() { authHandlers["awsv4"] = signer{signFn: signAWS} }

var awsIgnoredHeaders = map[string]bool{"authorization": true, "connection": true, "x-amzn-trace-id": true,
	"user-agent": true, "expect": true, "presigned-expires": true, "range": true}

// awsHeader is one header aws4 signs, in the order its object holds it.
type awsHeader struct{ key, value string }

func signAWS(p *authParams, req *collection.Request, sr signing) error {
	for _, h := range []string{"Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"} {
		removeHeader(req, h, true)
	}
	removeQuery(req, "X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature")
	u := toNodeURL(req.URL)
	service, region := p.orEmpty("service"), p.orEmpty("region")
	if service == "" {
		service = "execute-api"
	}
	if region == "" {
		region = "us-east-1"
	}
	if service == "email" {
		service = "ses"
	}
	var headers []awsHeader
	set := func(key, value string) {
		for i := range headers {
			if headers[i].key == key {
				headers[i].value = value
				return
			}
		}
		headers = append(headers, awsHeader{key, value})
	}
	get := func(key string) (string, bool) {
		for _, h := range headers {
			if h.key == key {
				return h.value, true
			}
		}
		return "", false
	}
	for _, h := range req.Headers {
		if h.Disabled {
			continue
		}
		if v, ok := get(h.Key); ok {
			set(h.Key, v+","+h.Value)
			continue
		}
		set(h.Key, h.Value)
	}
	signQuery := p.truthy("addAuthDataToQuery")
	if !signQuery && !authBodyEmpty(req) {
		if body, ok := authBodyBytes(req, sr); ok {
			sum := sha256.Sum256(body)
			upsertAuthHeader(req, "X-Amz-Content-Sha256", hex.EncodeToString(sum[:]))
			set("X-Amz-Content-Sha256", hex.EncodeToString(sum[:]))
		}
	}
	_, hasHost := get("Host")
	_, hasLowerHost := get("host")
	if !hasHost && !hasLowerHost {
		set("Host", u.host)
	}
	date := time.Now().UTC()
	if d, ok := get("Date"); ok {
		date = parseJSDate(d)
	} else if d, ok := get("date"); ok {
		date = parseJSDate(d)
	}
	if date.IsZero() {
		return errors.New("Invalid time value")
	}
	datetime := date.UTC().Format("20060102T150405Z")
	accessKey, secret, token := p.str("accessKey"), p.str("secretKey"), p.orEmpty("sessionToken")
	path, query := u.pathname, awsQuery(u.search)
	if signQuery {
		if token != "" {
			query.set("X-Amz-Security-Token", token)
		}
		if service == "s3" && query.get("X-Amz-Expires") == "" {
			query.set("X-Amz-Expires", "86400")
		}
		query.set("X-Amz-Date", datetime)
		query.set("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
		query.set("X-Amz-Credential", accessKey+"/"+datetime[:8]+"/"+region+"/"+service+"/aws4_request")
	} else {
		if token != "" {
			if _, ok := get("X-Amz-Security-Token"); !ok {
				set("X-Amz-Security-Token", token)
			}
		}
		if _, ok := get("X-Amz-Content-Sha256"); !ok && service == "s3" {
			sum := sha256.Sum256(nil)
			set("X-Amz-Content-Sha256", hex.EncodeToString(sum[:]))
		}
		set("X-Amz-Date", datetime)
	}
	var signed []awsHeader
	for _, h := range headers {
		lk := strings.ToLower(h.key)
		if !awsIgnoredHeaders[lk] {
			signed = append(signed, awsHeader{lk, h.value})
		}
	}
	sort.SliceStable(signed, func(i, j int) bool { return signed[i].key < signed[j].key })
	var names, canon []string
	for _, h := range signed {
		names = append(names, h.key)
		canon = append(canon, h.key+":"+awsSpaces.ReplaceAllString(strings.TrimSpace(h.value), " "))
	}
	signedHeaders := strings.Join(names, ";")
	if signQuery {
		query.set("X-Amz-SignedHeaders", signedHeaders)
	}
	bodyHash := ""
	if service == "s3" && signQuery {
		bodyHash = "UNSIGNED-PAYLOAD"
	} else if v, ok := get("X-Amz-Content-Sha256"); ok {
		bodyHash = v
	} else {
		sum := sha256.Sum256(nil)
		bodyHash = hex.EncodeToString(sum[:])
	}
	canonical := strings.Join([]string{req.Method, awsPath(path, service), query.canonical(service == "s3"),
		strings.Join(canon, "\n") + "\n", signedHeaders, bodyHash}, "\n")
	scope := datetime[:8] + "/" + region + "/" + service + "/aws4_request"
	sum := sha256.Sum256([]byte(canonical))
	toSign := "AWS4-HMAC-SHA256\n" + datetime + "\n" + scope + "\n" + hex.EncodeToString(sum[:])
	key := []byte("AWS4" + secret)
	for _, part := range []string{datetime[:8], region, service, "aws4_request"} {
		key = hmacSHA256(key, part)
	}
	signature := hex.EncodeToString(hmacSHA256(key, toSign))
	if signQuery {
		query.set("X-Amz-Signature", signature)
		for _, q := range query {
			if strings.HasPrefix(q.key, "X-Amz-") && !hasQuery(req, q.key) {
				// The value is taken from the formatted path, encoded.
				addQuery(req, q.key, strPtr(awsEncode(q.values[0])))
			}
		}
	} else {
		set("Authorization", "AWS4-HMAC-SHA256 Credential="+accessKey+"/"+scope+", SignedHeaders="+signedHeaders+", Signature="+signature)
	}
	for _, h := range headers {
		upsertAuthHeader(req, h.key, h.value)
	}
	return nil
}

var awsSpaces = regexp.MustCompile(`\s+`)

func hmacSHA256(key []byte, msg string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

func hasQuery(req *collection.Request, key string) bool {
	for _, q := range req.URL.Query {
		if q.Key == key {
			return true
		}
	}
	return false
}

// awsParams is a query as Node's querystring.parse gives it: keys in
// first-seen order, each with its values.
type awsParams []struct {
	key    string
	values []string
}

func awsQuery(search string) awsParams {
	var q awsParams
	if search == "" {
		return q
	}
	for _, part := range strings.Split(search[1:], "&") {
		k, v, _ := strings.Cut(part, "=")
		k, v = qsUnescape(k), qsUnescape(v)
		found := false
		for i := range q {
			if q[i].key == k {
				q[i].values = append(q[i].values, v)
				found = true
			}
		}
		if !found {
			q = append(q, struct {
				key    string
				values []string
			}{k, []string{v}})
		}
	}
	return q
}

func qsUnescape(s string) string {
	s = strings.ReplaceAll(s, "+", " ")
	if out, err := url.PathUnescape(s); err == nil {
		return out
	}
	return s
}

func (q *awsParams) set(key, value string) {
	for i := range *q {
		if (*q)[i].key == key {
			(*q)[i].values = []string{value}
			return
		}
	}
	*q = append(*q, struct {
		key    string
		values []string
	}{key, []string{value}})
}

func (q awsParams) get(key string) string {
	for _, p := range q {
		if p.key == key {
			return p.values[0]
		}
	}
	return ""
}

// canonical is aws4's canonical query: keys and values RFC 3986 encoded,
// sorted by key, then values.
func (q awsParams) canonical(firstOnly bool) string {
	type entry struct {
		key    string
		values []string
	}
	byKey := map[string][]string{}
	var keys []string
	for _, p := range q {
		if p.key == "" {
			continue
		}
		k := awsEncode(p.key)
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		vals := p.values
		if firstOnly || len(vals) == 1 {
			vals = vals[:1]
		}
		byKey[k] = vals
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		vals := make([]string, len(byKey[k]))
		for i, v := range byKey[k] {
			vals[i] = awsEncode(v)
		}
		if len(vals) > 1 {
			sort.Strings(vals)
		}
		for _, v := range vals {
			parts = append(parts, k+"="+v)
		}
	}
	return strings.Join(parts, "&")
}

func awsEncode(s string) string { return formEscape(s) }

// awsPath is aws4's canonical path: for services other than s3, empty
// and "." segments and "//" go, ".." climbs; each segment is encoded again.
func awsPath(path, service string) string {
	if path == "/" {
		return path
	}
	normalize := service != "s3"
	if normalize {
		path = regexp.MustCompile(`/{2,}`).ReplaceAllString(path, "/")
	}
	var out []string
	for _, piece := range strings.Split(path, "/") {
		switch {
		case normalize && piece == "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		case !normalize || piece != ".":
			if service == "s3" {
				piece = qsUnescape(piece)
			}
			out = append(out, awsEncode(piece))
		}
	}
	p := strings.Join(out, "/")
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if service == "s3" {
		p = strings.ReplaceAll(p, "%2F", "/")
	}
	return p
}

// parseJSDate reads a date the way new Date(string) does for the forms
// HTTP uses; the zero time when it cannot.
func parseJSDate(s string) time.Time {
	for _, layout := range []string{http.TimeFormat, time.RFC1123, time.RFC1123Z, time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t
		}
	}
	return time.Time{}
}
