package collection

import (
	"strconv"
	"strings"
)

// ParseURL splits a URL string into Postman's parts the way Postman does:
// hash first, then query, protocol, path, auth, port and host, so that
// a {{variable}} standing for a host or a whole URL survives intact.
func ParseURL(raw string) URL {
	raw = strings.TrimLeft(raw, " \t\r\n")
	u := URL{Raw: raw}
	if raw == "" {
		return u
	}
	// Variables holding URL delimiters are masked while splitting, so
	// that "{{host:port}}" is not cut at its colon.
	s, masked := maskVariables(raw, urlDelimiters)
	unmask := func(v string) string { return unmaskVariables(v, masked) }

	if i := strings.IndexByte(s, '#'); i >= 0 {
		u.Hash = unmask(s[i+1:])
		s = s[:i]
		u.HasHash = true
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		u.Query = parseQuery(unmask(s[i+1:]))
		s = s[:i]
		u.HasQuery = true
	}
	s = strings.ReplaceAll(s, `\`, "/")
	if i := strings.Index(s, "://"); i >= 0 {
		u.Protocol = unmask(s[:i])
		s = s[i+3:]
		trimmed := strings.TrimLeft(s, "/")
		if strings.EqualFold(u.Protocol, "file") && trimmed != s {
			trimmed = "/" + trimmed
		}
		s = trimmed
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		for _, seg := range strings.Split(s[i+1:], "/") {
			u.Path = append(u.Path, unmask(seg))
		}
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		user, pass, hasPass := strings.Cut(s[:i], ":")
		u.Auth = &URLAuth{User: unmask(user), Password: unmask(pass), HasPassword: hasPass}
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.Contains(s[i+1:], "]") {
		u.Port = unmask(s[i+1:])
		u.HasPort = true
		s = s[:i]
	}
	if s != "" {
		for _, h := range strings.Split(s, ".") {
			u.Host = append(u.Host, unmask(h))
		}
	}
	return u
}

// parseQuery splits a query string at "&", each parameter at its first "=".
func parseQuery(q string) []QueryParam {
	var out []QueryParam
	for _, part := range strings.Split(q, "&") {
		k, v, ok := strings.Cut(part, "=")
		p := QueryParam{Key: k}
		if ok {
			p.Value = &v
		}
		out = append(out, p)
	}
	return out
}

// urlDelimiters are the characters a {{…}} reference may hold that would
// otherwise split a URL; queryDelimiters those that would split a query.
const (
	urlDelimiters   = ".:/?#@&]"
	queryDelimiters = "&#="
)

// maskVariables replaces each {{…}} reference (a name without braces) that
// holds one of the reserved characters by a numbered placeholder, and
// returns the originals, as Postman's URL parser and query normaliser do.
func maskVariables(s, reserved string) (string, []string) {
	// The placeholders use NUL and SOH; text already holding them is left
	// unmasked rather than confused with a placeholder.
	if !strings.Contains(s, "{{") || strings.ContainsAny(s, "\x00\x01") {
		return s, nil
	}
	var b strings.Builder
	var masked []string
	rest := s
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			break
		}
		j := strings.IndexAny(rest[i+2:], "{}")
		if j < 0 || !strings.HasPrefix(rest[i+2+j:], "}}") {
			b.WriteString(rest[:i+1])
			rest = rest[i+1:]
			continue
		}
		whole := rest[i : i+2+j+2]
		b.WriteString(rest[:i])
		if strings.ContainsAny(whole[2:len(whole)-2], reserved) {
			b.WriteString("\x00" + strconv.Itoa(len(masked)) + "\x01")
			masked = append(masked, whole)
		} else {
			b.WriteString(whole)
		}
		rest = rest[i+len(whole):]
	}
	if masked == nil {
		return s, nil
	}
	b.WriteString(rest)
	return b.String(), masked
}

// unmaskVariables puts back the variables that maskVariables took out.
func unmaskVariables(s string, masked []string) string {
	if masked == nil {
		return s
	}
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], 1)
		if j < 0 {
			return s
		}
		n, err := strconv.Atoi(s[i+1 : i+j])
		if err != nil || n < 0 || n >= len(masked) {
			return s
		}
		s = s[:i] + masked[n] + s[i+j+1:]
	}
}

// String writes the URL back as Postman's Url#toString does: the parts as
// they are, disabled query parameters left out.
func (u URL) String() string {
	var b strings.Builder
	if u.Protocol != "" {
		b.WriteString(strings.TrimSuffix(u.Protocol, "://"))
		b.WriteString("://")
	}
	if u.Auth != nil {
		b.WriteString(u.Auth.User)
		if u.Auth.HasPassword {
			b.WriteString(":" + u.Auth.Password)
		}
		b.WriteString("@")
	}
	b.WriteString(strings.Join(u.Host, "."))
	if u.HasPort {
		b.WriteString(":" + u.Port)
	}
	if u.Path != nil {
		b.WriteString("/" + strings.Join(u.Path, "/"))
	}
	if q, any := u.QueryString(); any {
		b.WriteString("?" + q)
	}
	if u.HasHash {
		b.WriteString("#" + u.Hash)
	}
	return b.String()
}

// QueryString joins the enabled query parameters, escaping the characters
// that would change the query's shape (& and #, and = in keys). It reports
// whether any parameter is enabled, since "?" alone is meaningful.
func (u URL) QueryString() (string, bool) {
	var b strings.Builder
	enabled := false
	for _, q := range u.Query {
		if q.Disabled {
			continue
		}
		if enabled {
			b.WriteByte('&')
		}
		enabled = true
		b.WriteString(escapeQueryPart(q.Key, true))
		if q.Value != nil {
			b.WriteString("=" + escapeQueryPart(*q.Value, false))
		}
	}
	return b.String(), enabled
}

// escapeQueryPart encodes &, # (and = in keys) outside {{…}} references.
func escapeQueryPart(s string, isKey bool) string {
	if !strings.ContainsAny(s, "&#=") {
		return s
	}
	masked, vars := maskVariables(s, queryDelimiters)
	r := strings.NewReplacer("&", "%26", "#", "%23")
	masked = r.Replace(masked)
	if isKey {
		masked = strings.ReplaceAll(masked, "=", "%3D")
	}
	return unmaskVariables(masked, vars)
}
