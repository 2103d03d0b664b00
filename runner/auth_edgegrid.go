package runner

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// Akamai EdgeGrid (EG1-HMAC-SHA256) as the runtime signs it.

func init() {
	authHandlers["edgegrid"] = signer{
		preFn: func(p *authParams) bool {
			return p.truthy("accessToken") && p.truthy("clientToken") && p.truthy("clientSecret")
		},
		signFn: signEdgeGrid,
	}
}

func signEdgeGrid(p *authParams, req *collection.Request, sr signing) error {
	if !p.truthy("accessToken") || !p.truthy("clientToken") || !p.truthy("clientSecret") {
		return nil
	}
	removeHeader(req, "Authorization", true)
	u := toNodeURL(req.URL)
	host := u.host
	if p.truthy("baseURL") {
		host = toNodeURL(collection.ParseURL(p.str("baseURL"))).host
	}
	nonce := p.str("nonce")
	if !p.truthy("nonce") {
		nonce = collection.NewUUID()
	}
	timestamp := p.str("timestamp")
	if !p.truthy("timestamp") {
		timestamp = time.Now().UTC().Format("20060102T15:04:05+0000")
	}
	maxBody := int64(131072)
	if n, ok := parseIntJS(p.get("maxBodySize")); ok && n != 0 {
		maxBody = n
	}
	bodyHash := ""
	if req.Method == "POST" && !authBodyEmpty(req) {
		if body, ok := authBodyBytes(req, sr); ok {
			if maxBody <= 0 {
				body = nil
			} else if int64(len(body)) > maxBody {
				body = body[:maxBody]
			}
			sum := sha256.Sum256(body)
			bodyHash = base64.StdEncoding.EncodeToString(sum[:])
		}
	}
	auth := "EG1-HMAC-SHA256 client_token=" + p.str("clientToken") + ";access_token=" + p.str("accessToken") +
		";timestamp=" + timestamp + ";nonce=" + nonce + ";"
	data := strings.Join([]string{req.Method, strings.TrimSuffix(u.protocol, ":"), host, u.path(),
		edgeGridHeaders(p.get("headersToSign"), req.Headers), bodyHash, auth}, "\t")
	key := hmacBase64(timestamp, p.str("clientSecret"))
	addHeader(req, "Authorization", auth+"signature="+hmacBase64(data, key))
	return nil
}

func hmacBase64(data, key string) string {
	return base64.StdEncoding.EncodeToString(hmacSHA256([]byte(key), data))
}

// edgeGridHeaders is "name:value" for each header to sign that the
// request has once, with a non-empty value, joined with tabs.
func edgeGridHeaders(toSign any, hs []collection.Header) string {
	var names []any
	switch x := toSign.(type) {
	case string:
		for _, n := range strings.Split(x, ",") {
			names = append(names, n)
		}
	case []any:
		names = x
	}
	values := map[string]string{}
	repeated := map[string]bool{}
	for _, h := range hs {
		if h.Disabled {
			continue
		}
		lk := strings.ToLower(h.Key)
		if _, ok := values[lk]; ok {
			repeated[lk] = true
		}
		values[lk] = h.Value
	}
	var out []string
	for _, n := range names {
		name, ok := n.(string)
		if !ok {
			continue
		}
		name = strings.ToLower(strings.TrimSpace(name))
		v, ok := values[name]
		if !ok || repeated[name] || v == "" {
			continue
		}
		out = append(out, name+":"+awsSpaces.ReplaceAllString(strings.TrimSpace(v), " "))
	}
	return strings.Join(out, "\t")
}
