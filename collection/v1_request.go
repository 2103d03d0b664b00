package collection

import (
	"encoding/json"

	"github.com/tidwall/gjson"
)

// v1BodyModes maps v1 dataMode names to v2 body modes.
var v1BodyModes = map[string]string{"binary": "file", "graphql": "graphql", "params": "formdata", "raw": "raw", "urlencoded": "urlencoded"}

// empty is lodash's isEmpty for JSON values: numbers and booleans count as
// empty, like "", [], {} and null.
func empty(v gjson.Result) bool {
	switch {
	case v.IsArray():
		return len(v.Array()) == 0
	case v.IsObject():
		return len(v.Map()) == 0
	case v.Type == gjson.String:
		return v.Str == ""
	}
	return true
}

func v1Body(r gjson.Result) any {
	dataMode := r.Get("dataMode")
	mode := v1BodyModes[dataMode.String()]
	data, rawData, gqlData := r.Get("data"), r.Get("rawModeData"), r.Get("graphqlModeData")
	if (mode == "" && empty(data) && empty(rawData) && empty(gqlData)) || (dataMode.Exists() && dataMode.Type == gjson.Null) {
		return nil
	}
	raw := ""
	hasRaw := false
	switch {
	case rawData.Type == gjson.String:
		raw, hasRaw = rawData.Str, rawData.Str != ""
	case rawData.IsArray() && len(rawData.Array()) == 1 && rawData.Array()[0].Type == gjson.String:
		raw = rawData.Array()[0].Str
		hasRaw = raw != ""
	}
	var gql any
	switch {
	case !empty(gqlData):
		gql = gqlData.Value()
	case r.Get("dataOptions.graphql").Exists() && !empty(data):
		gql = data.Value()
	}
	body := map[string]any{}
	switch {
	case mode != "":
	case !hasRaw && (data.IsArray() || (!truthy(data) && rawData.IsArray())):
		mode = "formdata"
	case !hasRaw && gql != nil:
		mode = "graphql"
	default:
		mode = "raw"
	}
	body["mode"] = mode
	switch mode {
	case "raw":
		body["raw"] = ""
		if hasRaw {
			body["raw"] = raw
		} else if data.Type == gjson.String {
			body["raw"] = data.Str
		}
	case "graphql":
		body["graphql"] = gql
	case "file":
		body["file"] = map[string]any{"src": raw}
		if !hasRaw {
			body["file"] = map[string]any{}
		}
	default:
		src := data
		if !truthy(data) {
			src = rawData
		}
		body[mode] = v1FormData(src)
	}
	if opts := r.Get("dataOptions"); opts.IsObject() {
		o := map[string]any{}
		for from, to := range v1BodyModes {
			if v := opts.Get(from); !empty(v) {
				o[to] = v.Value()
			}
		}
		if len(o) > 0 {
			body["options"] = o
		}
	}
	if truthy(r.Get("dataDisabled")) {
		body["disabled"] = true
	}
	return body
}

// v1FormData drops parameters without a key, moves a file's value to src
// and turns enabled:false into disabled.
func v1FormData(v gjson.Result) []any {
	out := []any{}
	for _, p := range v.Array() {
		m, _ := p.Value().(map[string]any)
		if m == nil || m["key"] == nil {
			continue
		}
		if m["type"] == "file" && !truthy(p.Get("src")) && truthy(p.Get("value")) {
			switch m["value"].(type) {
			case string, []any:
				m["src"] = m["value"]
			default:
				m["src"] = nil
			}
			delete(m, "value")
		}
		if en, ok := m["enabled"]; ok {
			if en == false {
				m["disabled"] = true
			}
			delete(m, "enabled")
		}
		if d, ok := m["description"]; ok && (d == nil || d == "") {
			delete(m, "description")
		}
		out = append(out, m)
	}
	return out
}

// v1URL keeps the URL string unless explicit query parameters or path
// variables make an object necessary.
func v1URL(r gjson.Result) any {
	raw := r.Get("url")
	u := ParseURL(raw.String())
	var query []QueryParam
	for _, q := range r.Get("queryParams").Array() {
		p := QueryParam{Key: q.Get("key").String(), Disabled: q.Get("enabled").Type == gjson.False}
		val := q.Get("value")
		if val.Exists() && val.Type != gjson.Null {
			s := val.String()
			p.Value = &s
		}
		if eq := q.Get("equals"); eq.Exists() {
			switch {
			case truthy(eq) && p.Value == nil:
				s := ""
				p.Value = &s
			case !truthy(eq) && p.Value != nil && *p.Value == "":
				p.Value = nil
			}
		}
		query = append(query, p)
	}
	var vars []any
	seen := map[string]bool{}
	for _, pv := range r.Get("pathVariableData").Array() {
		m, _ := pv.Value().(map[string]any)
		if m == nil {
			continue
		}
		delete(m, "id")
		vars = append(vars, m)
		seen[pv.Get("key").String()] = true
	}
	r.Get("pathVariables").ForEach(func(k, v gjson.Result) bool {
		if !seen[k.String()] {
			vars = append(vars, map[string]any{"key": k.String(), "value": v.Value()})
		}
		return true
	})
	if query != nil {
		u.Query, u.HasQuery = query, true
	}
	if u.Query == nil && vars == nil {
		if !raw.Exists() || raw.Type == gjson.Null {
			return nil
		}
		return raw.String()
	}
	return urlObject(u, vars)
}

// urlObject writes u as a v2 URL object.
func urlObject(u URL, vars []any) map[string]any {
	m := map[string]any{"raw": u.String()}
	if u.Protocol != "" {
		m["protocol"] = u.Protocol
	}
	if u.Host != nil {
		m["host"] = u.Host
	}
	if u.HasPort {
		m["port"] = u.Port
	}
	if u.Path != nil {
		m["path"] = u.Path
	}
	if u.HasHash {
		m["hash"] = u.Hash
	}
	if u.Auth != nil {
		a := map[string]any{"user": u.Auth.User}
		if u.Auth.HasPassword {
			a["password"] = u.Auth.Password
		}
		m["auth"] = a
	}
	var q []any
	for _, p := range u.Query {
		qm := map[string]any{"key": p.Key, "value": nil}
		if p.Value != nil {
			qm["value"] = *p.Value
		}
		if p.Disabled {
			qm["disabled"] = true
		}
		q = append(q, qm)
	}
	if q != nil {
		m["query"] = q
	}
	if vars != nil {
		m["variable"] = vars
	}
	return m
}

// v1AuthTypes maps v1 helper names to v2 auth types.
var v1AuthTypes = map[string]string{"apikeyAuth": "apikey", "basicAuth": "basic", "bearerAuth": "bearer", "digestAuth": "digest",
	"hawkAuth": "hawk", "oAuth1": "oauth1", "oAuth2": "oauth2", "ntlmAuth": "ntlm", "awsSigV4": "awsv4"}

// v1AuthParams lists, per helper, each v2 parameter and the v1 attribute it
// comes from (an empty source is a constant given in v1AuthConstants).
var v1AuthParams = map[string][][2]string{
	"apikeyAuth": {{"key", "key"}, {"value", "value"}, {"in", "in"}},
	"basicAuth":  {{"username", "username"}, {"password", "password"}, {"saveHelperData", "saveToRequest"}, {"showPassword", ""}},
	"bearerAuth": {{"token", "token"}},
	"digestAuth": {{"algorithm", "algorithm"}, {"username", "username"}, {"realm", "realm"}, {"password", "password"}, {"nonce", "nonce"},
		{"nonceCount", "nonceCount"}, {"clientNonce", "clientNonce"}, {"opaque", "opaque"}, {"qop", "qop"}, {"disableRetryRequest", "disableRetryRequest"}},
	"oAuth1": {{"consumerKey", "consumerKey"}, {"consumerSecret", "consumerSecret"}, {"token", "token"}, {"tokenSecret", "tokenSecret"},
		{"signatureMethod", "signatureMethod"}, {"timestamp", "timestamp"}, {"nonce", "nonce"}, {"version", "version"}, {"realm", "realm"},
		{"addParamsToHeader", "header"}, {"autoAddParam", "auto"}, {"addEmptyParamsToSign", "includeEmpty"}},
	"hawkAuth": {{"authId", "hawk_id"}, {"authKey", "hawk_key"}, {"algorithm", "algorithm"}, {"user", "user"}, {"saveHelperData", "saveToRequest"},
		{"nonce", "nonce"}, {"extraData", "ext"}, {"appId", "app"}, {"delegation", "dlg"}, {"timestamp", "timestamp"}},
	"ntlmAuth": {{"username", "username"}, {"password", "password"}, {"domain", "domain"}, {"workstation", "workstation"}, {"disableRetryRequest", "disableRetryRequest"}},
	"oAuth2": {{"accessToken", "accessToken"}, {"addTokenTo", "addTokenTo"}, {"callBackUrl", "callBackUrl"}, {"authUrl", "authUrl"},
		{"accessTokenUrl", "accessTokenUrl"}, {"clientId", "clientId"}, {"clientSecret", "clientSecret"}, {"clientAuth", "clientAuth"},
		{"grantType", "grantType"}, {"scope", "scope"}, {"username", "username"}, {"password", "password"}, {"tokenType", "tokenType"},
		{"redirectUri", "redirectUri"}, {"refreshToken", "refreshToken"}},
}

// v1Auth converts "auth" (v2-style, when no legacy helper is set) or
// currentHelper + helperAttributes. At the collection level noauth is
// dropped, as the transformer's excludeNoauth option does.
func v1Auth(v gjson.Result, top bool) any {
	legacy := v.Get("currentHelper").Exists() || truthy(v.Get("helperAttributes"))
	if a := v.Get("auth"); !legacy && truthy(a) {
		typ := a.Get("type").String()
		if typ == "" {
			return nil
		}
		if typ == "noauth" {
			if top {
				return nil
			}
			return map[string]any{"type": "noauth"}
		}
		out := map[string]any{"type": typ}
		var params []any
		add := func(k string, val gjson.Result) {
			params = append(params, authParam(k, val))
		}
		if list := a.Get(typ); list.IsArray() {
			for _, p := range list.Array() {
				add(p.Get("key").String(), p.Get("value"))
			}
		} else {
			list.ForEach(func(k, val gjson.Result) bool { add(k.String(), val); return true })
		}
		if len(params) > 0 {
			out[typ] = params
		}
		return out
	}
	helper := v.Get("currentHelper").String()
	if helper == "" || helper == "normal" {
		return nil
	}
	typ := v1AuthTypes[helper]
	if typ == "" {
		typ = helper
	}
	attrs := v.Get("helperAttributes")
	if attrs.Type == gjson.String {
		if !json.Valid([]byte(attrs.Str)) {
			return nil
		}
		attrs = gjson.Parse(attrs.Str)
	}
	out := map[string]any{"type": typ}
	var params []any
	if truthy(attrs) {
		if helper == "awsSigV4" {
			attrs.ForEach(func(k, val gjson.Result) bool { params = append(params, authParam(k.String(), val)); return true })
		}
		for _, kv := range v1AuthParams[helper] {
			val := attrs.Get(gjson.Escape(kv[1]))
			if kv[1] == "" {
				val = gjson.Parse("false")
			}
			params = append(params, authParam(kv[0], val))
		}
	}
	if len(params) > 0 {
		out[typ] = params
	}
	return out
}

// authParam types a parameter by its JSON type, "any" for the rest.
func authParam(key string, val gjson.Result) map[string]any {
	m := map[string]any{"key": key, "type": "any"}
	if val.Exists() {
		m["value"] = val.Value()
	}
	switch val.Type {
	case gjson.String:
		m["type"] = "string"
	case gjson.Number:
		m["type"] = "number"
	case gjson.True, gjson.False:
		m["type"] = "boolean"
	}
	return m
}
