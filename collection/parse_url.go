package collection

import (
	"fmt"
	"strings"

	"github.com/tidwall/gjson"
)

func (p *parser) url(v gjson.Result, path string) URL {
	switch {
	case !v.Exists() || v.Type == gjson.Null:
		return URL{}
	case v.Type == gjson.String:
		return ParseURL(v.String())
	case !v.IsObject():
		p.fail(path, "a URL string or object", v)
		return URL{}
	}
	// postman-collection's Url#update builds a URL object from its parts
	// and ignores raw, so an object holding only raw is an empty URL
	// (Newman: "request url is empty"). Raw is kept for display only.
	f := members(v, "raw", "protocol", "port", "hash", "auth", "host", "path", "query", "variable")
	u := URL{Raw: f[0].String(), Protocol: f[1].String()}
	if port := f[2]; port.Exists() && port.Type != gjson.Null {
		u.Port, u.HasPort = port.String(), true
	}
	if hash := f[3]; hash.Exists() && hash.Type != gjson.Null {
		u.Hash, u.HasHash = hash.String(), true
	}
	if auth := f[4]; auth.IsObject() {
		pass := auth.Get("password")
		u.Auth = &URLAuth{User: auth.Get("user").String(), Password: pass.String(), HasPassword: pass.Exists()}
	}
	u.Host = p.hostSegments(f[5], path+".host")
	u.Path = p.pathSegments(f[6], path+".path")
	if q := f[7]; q.Exists() {
		u.Query = p.query(q, path+".query")
		u.HasQuery = len(u.Query) > 0
	}
	u.Variables = p.variables(f[8], path+".variable")
	return u
}

// hostSegments reads a host given as an array or as a string, which is
// split at dots outside {{…}}.
func (p *parser) hostSegments(v gjson.Result, path string) []string {
	if v.Type == gjson.String {
		masked, vars := maskVariables(v.Str, urlDelimiters)
		var out []string
		for _, h := range strings.Split(masked, ".") {
			out = append(out, unmaskVariables(h, vars))
		}
		return out
	}
	return p.segments(v, path)
}

// pathSegments reads a path given as an array or as a string: one leading
// slash is dropped, "" is no path and "/" is one empty segment.
func (p *parser) pathSegments(v gjson.Result, path string) []string {
	if v.Type == gjson.String {
		s := v.Str
		if len(s) > 1 && s[0] == '/' {
			s = s[1:]
		}
		switch s {
		case "":
			return nil
		case "/":
			return []string{""}
		}
		return strings.Split(s, "/")
	}
	return p.segments(v, path)
}

func (p *parser) segments(v gjson.Result, path string) []string {
	var out []string
	for i, s := range p.array(v, path) {
		switch {
		case s.IsObject(): // {type, value} path segments of old exports
			out = append(out, s.Get("value").String())
		case s.IsArray():
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a string", s)
			return out
		default:
			out = append(out, s.String())
		}
	}
	return out
}

func (p *parser) query(v gjson.Result, path string) []QueryParam {
	var out []QueryParam
	switch {
	case v.Type == gjson.String:
		if v.Str == "" {
			return nil
		}
		return parseQuery(v.Str)
	case v.IsObject(): // {key: value}, as Url#update accepts
		v.ForEach(func(k, val gjson.Result) bool {
			q := QueryParam{Key: k.String()}
			if val.Exists() && val.Type != gjson.Null {
				s := val.String()
				q.Value = &s
			}
			out = append(out, q)
			return true
		})
		return out
	}
	for i, qv := range p.array(v, path) {
		if !qv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a query parameter object", qv)
			return out
		}
		q := QueryParam{Key: qv.Get("key").String(), Disabled: qv.Get("disabled").Bool(), Description: p.description(qv.Get("description"))}
		if val := qv.Get("value"); val.Exists() && val.Type != gjson.Null {
			s := val.String()
			q.Value = &s
		}
		out = append(out, q)
	}
	return out
}
