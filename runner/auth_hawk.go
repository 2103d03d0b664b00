package runner

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"hash"
	"strconv"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// Hawk as the runtime signs it with postman-request's hawk module. The pre
// hook fills a missing nonce and timestamp as system parameters, so an
// auth shared by several requests (a folder's, the collection's) signs
// them all with the same nonce and timestamp, as in Newman.

func init() { authHandlers["hawk"] = hawkHandler{} }

type hawkHandler struct{}

func (hawkHandler) pre(p *authParams) (bool, error) {
	if !p.truthy("nonce") {
		p.set("nonce", randomAlnum(6))
	}
	if n, ok := parseIntJS(p.get("timestamp")); !ok || n == 0 {
		p.set("timestamp", float64(time.Now().Unix()))
	}
	return true, nil
}

func (hawkHandler) post(*authParams, *Response) bool { return false }

func (hawkHandler) sign(p *authParams, req *collection.Request, sr signing) error {
	if !p.truthy("authId") || !p.truthy("authKey") {
		return nil
	}
	removeHeader(req, "Authorization", true)
	algorithm := p.str("algorithm")
	payloadHash := ""
	if p.truthy("includePayloadHash") && p.truthy("algorithm") && !authBodyEmpty(req) {
		contentType, _ := headerValue(req, "content-type")
		if h := hawkHash(algorithm); h != nil {
			if body, ok := authBodyBytes(req, sr); ok {
				d := h()
				d.Write([]byte("hawk.1.payload\n"))
				ct, _, _ := strings.Cut(contentType, ";")
				d.Write([]byte(strings.ToLower(strings.TrimSpace(ct)) + "\n"))
				d.Write(body)
				d.Write([]byte("\n"))
				payloadHash = base64.StdEncoding.EncodeToString(d.Sum(nil))
			}
		}
	}
	u := toNodeURL(req.URL)
	addHeader(req, "Authorization", hawkHeader(p, req.Method, u, payloadHash))
	return nil
}

func hawkHash(algorithm string) func() hash.Hash {
	switch algorithm {
	case "sha1":
		return sha1.New
	case "sha256":
		return sha256.New
	}
	return nil
}

// hawkHeader is postman-request's hawk.header; "" when the credentials or
// the algorithm do not do.
func hawkHeader(p *authParams, method string, u nodeURL, payloadHash string) string {
	h := hawkHash(p.str("algorithm"))
	if h == nil || !p.truthy("algorithm") {
		return ""
	}
	ts := p.get("timestamp")
	tsText := jsString(ts)
	if !collection.Truthy(ts) {
		tsText = strconv.FormatInt(time.Now().Unix(), 10)
	}
	nonce := p.str("nonce")
	if !p.truthy("nonce") {
		nonce = randomAlnum(6)
	}
	port := u.port
	if port == "" {
		port = "443"
		if u.protocol == "http:" {
			port = "80"
		}
	}
	ext, app, dlg := p.get("extraData"), p.get("app"), p.get("delegation")
	normalized := "hawk.1.header\n" + tsText + "\n" + nonce + "\n" + strings.ToUpper(method) + "\n" + u.path() + "\n" +
		strings.ToLower(u.hostname) + "\n" + port + "\n" + payloadHash + "\n"
	if collection.Truthy(ext) {
		normalized += strings.Replace(strings.Replace(jsString(ext), `\`, `\\`, 1), "\n", `\n`, 1)
	}
	normalized += "\n"
	if collection.Truthy(app) {
		dlgText := ""
		if collection.Truthy(dlg) {
			dlgText = jsString(dlg)
		}
		normalized += jsString(app) + "\n" + dlgText + "\n"
	}
	m := hmac.New(h, []byte(p.str("authKey")))
	m.Write([]byte(normalized))
	mac := base64.StdEncoding.EncodeToString(m.Sum(nil))

	header := `Hawk id="` + p.str("authId") + `", ts="` + tsText + `", nonce="` + nonce
	if payloadHash != "" {
		header += `", hash="` + payloadHash
	}
	if ext != nil && jsString(ext) != "" {
		header += `", ext="` + strings.ReplaceAll(strings.ReplaceAll(jsString(ext), `\`, `\\`), `"`, `\"`)
	}
	header += `", mac="` + mac + `"`
	if collection.Truthy(app) {
		header += `, app="` + jsString(app)
		if collection.Truthy(dlg) {
			header += `", dlg="` + jsString(dlg)
		}
		header += `"`
	}
	return header
}
