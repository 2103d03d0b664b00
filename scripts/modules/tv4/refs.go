package tv4

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// lookup finds a registered schema: this run's own first, then the api's.
func (v *validator) lookup(u string) (goja.Value, bool) {
	if s, ok := v.schemas[u]; ok {
		return s, true
	}
	s, ok := v.api.schemas[u]
	return s, ok
}

// resolveRefs follows $ref; a circular chain yields tv4's error.
func (v *validator) resolveRefs(schema goja.Value, history map[string]bool) (goja.Value, *vError) {
	if schema == nil || goja.IsUndefined(schema) || goja.IsNull(schema) {
		panic(v.vm().NewTypeError("Cannot read properties of %s (reading '$ref')", typeOfRaw(schema)))
	}
	ref := get(schema, "$ref")
	if !defined(ref) {
		return schema, nil
	}
	if history == nil {
		history = map[string]bool{}
	}
	r := modules.ToString(ref)
	if history[r] {
		return nil, v.newError(codeCircularReference, []param{{"urls", v.vm().ToValue(strings.Join(sortedKeys(history, v.refOrder), ", "))}}, "", "", nil, false, goja.Undefined(), schema)
	}
	history[r] = true
	v.refOrder = append(v.refOrder, r)
	return v.getSchema(r, history)
}

func sortedKeys(m map[string]bool, order []string) []string {
	var out []string
	for _, k := range order {
		if m[k] {
			out = append(out, k)
		}
	}
	return out
}

func typeOfRaw(x goja.Value) string {
	if x == nil || goja.IsUndefined(x) {
		return "undefined"
	}
	return "null"
}

// getSchema finds a schema by URI, following a JSON pointer fragment into
// a registered document; an unknown document is recorded as missing and
// gives undefined (which validates anything, as in tv4).
func (v *validator) getSchema(u string, history map[string]bool) (goja.Value, *vError) {
	if s, ok := v.lookup(u); ok && defined(s) {
		return v.resolveRefs(s, history)
	}
	base, fragment := u, ""
	if i := strings.IndexByte(u, '#'); i >= 0 {
		base, fragment = u[:i], u[i+1:]
	}
	if doc, ok := v.lookup(base); ok && typeOf(doc) != "undefined" && isObjectLike(doc) {
		pointer, err := url.PathUnescape(fragment)
		if err != nil {
			panic(v.api.newError("URIError", "URI malformed"))
		}
		if pointer == "" {
			return v.resolveRefs(doc, history)
		}
		if pointer[0] != '/' {
			return nil, nil
		}
		s := doc
		for _, part := range strings.Split(pointer, "/")[1:] {
			part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
			next := get(s, part)
			if !defined(next) {
				s = nil
				break
			}
			s = next
		}
		if s != nil {
			return v.resolveRefs(s, history)
		}
	}
	if !contains(v.missing, base) {
		v.missing = append(v.missing, base)
		v.missingMap[base] = true
	}
	return nil, nil
}

func documentURI(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		return u[:i]
	}
	return u
}

// addSchema registers a schema under a URI, normalising its ids and $refs
// against it in place and registering sub-schemas with trusted ids.
func (a *api) addSchema(store map[string]goja.Value, order *[]string, missing map[string]bool, u string, schema goja.Value) {
	if u == documentURI(u)+"#" {
		u = documentURI(u)
	}
	if _, ok := store[u]; !ok && order != nil {
		*order = append(*order, u)
	}
	store[u] = schema
	delete(missing, u)
	a.normSchema(schema, &u)
	a.searchSchemas(store, order, missing, schema, u, 0)
}

func (a *api) searchSchemas(store map[string]goja.Value, order *[]string, missing map[string]bool, schema goja.Value, u string, depth int) {
	o, ok := schema.(*goja.Object)
	if !ok || depth > maxDepth {
		return
	}
	if o.ClassName() == "Array" {
		for _, item := range subSchemas(o) {
			a.searchSchemas(store, order, missing, item, u, depth+1)
		}
		return
	}
	if id := o.Get("id"); modules.IsString(id) && trustedURL(u, id.String()) {
		if _, known := store[id.String()]; !known {
			if _, global := a.schemas[id.String()]; !global {
				store[id.String()] = o
				if order != nil {
					*order = append(*order, id.String())
				}
			}
		}
	}
	for _, key := range modules.ForInKeys(o) {
		if key == "enum" {
			continue
		}
		val := o.Get(key)
		if isObjectLike(val) || (val != nil && goja.IsNull(val)) {
			a.searchSchemas(store, order, missing, val, u, depth+1)
		} else if key == "$ref" {
			doc := documentURI(modules.ToString(val))
			if _, known := store[doc]; doc != "" && !known && !missing[doc] {
				missing[doc] = true
			}
		}
	}
}

func (a *api) normSchema(schema goja.Value, base *string) {
	a.normSchemaDepth(schema, base, 0)
}

func (a *api) normSchemaDepth(schema goja.Value, base *string, depth int) {
	o, ok := schema.(*goja.Object)
	if !ok || depth > maxDepth {
		return
	}
	if base == nil {
		if id := o.Get("id"); modules.IsString(id) {
			base = str(id.String())
		}
	} else if id := o.Get("id"); modules.IsString(id) {
		base = str(resolveURL(*base, id.String()))
		_ = o.Set("id", *base)
	}
	if o.ClassName() == "Array" {
		for _, item := range subSchemas(o) {
			a.normSchemaDepth(item, base, depth+1)
		}
		return
	}
	if ref := o.Get("$ref"); modules.IsString(ref) {
		b := ""
		if base != nil {
			b = *base
		}
		if r := resolveURL(b, ref.String()); r != ref.String() {
			_ = o.Set("$ref", r)
		}
	}
	for _, key := range modules.ForInKeys(o) {
		if key != "enum" {
			a.normSchemaDepth(o.Get(key), base, depth+1)
		}
	}
}

func trustedURL(base, test string) bool {
	if !strings.HasPrefix(test, base) {
		return false
	}
	rest := test[len(base):]
	return len(base) > 0 && len(test) > 0 && test[len(base)-1] == '/' ||
		strings.HasPrefix(rest, "#") || strings.HasPrefix(rest, "?")
}

var uriParts = regexp.MustCompile(`^([^:/?#]+:)?(//(?:[^:@]*(?::[^:@]*)?@)?(([^:/?#]*)(?::(\d*))?))?([^?#]*)(\?[^#]*)?(#[\s\S]*)?`)

type uri struct{ protocol, authority, pathname, search, hash string }

func parseURI(s string) uri {
	m := uriParts.FindStringSubmatch(strings.TrimSpace(s))
	return uri{protocol: m[1], authority: m[2], pathname: m[6], search: m[7], hash: m[8]}
}

var (
	leadingDots  = regexp.MustCompile(`^(\.\.?(/|$))+`)
	singleDots   = regexp.MustCompile(`/(\.(/|$))+`)
	trailingDots = regexp.MustCompile(`/\.\.$`)
	segments     = regexp.MustCompile(`/?[^/]*`)
)

func removeDotSegments(input string) string {
	s := leadingDots.ReplaceAllString(input, "")
	s = singleDots.ReplaceAllString(s, "/")
	s = trailingDots.ReplaceAllString(s, "/../")
	var out []string
	for _, p := range segments.FindAllString(s, -1) {
		if p == "/.." {
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		} else {
			out = append(out, p)
		}
	}
	joined := strings.Join(out, "")
	if strings.HasPrefix(joined, "/") && !strings.HasPrefix(input, "/") {
		joined = joined[1:]
	}
	return joined
}

// resolveURL resolves href against base as RFC 3986 does (tv4's resolveUrl).
func resolveURL(base, href string) string {
	h, b := parseURI(href), parseURI(base)
	out := h.protocol
	if out == "" {
		out = b.protocol
	}
	if h.protocol != "" || h.authority != "" {
		out += h.authority
	} else {
		out += b.authority
	}
	var path string
	switch {
	case h.protocol != "" || h.authority != "" || strings.HasPrefix(h.pathname, "/"):
		path = h.pathname
	case h.pathname != "":
		prefix := ""
		if b.authority != "" && b.pathname == "" {
			prefix = "/"
		}
		path = prefix + b.pathname[:strings.LastIndex(b.pathname, "/")+1] + h.pathname
	default:
		path = b.pathname
	}
	out += removeDotSegments(path)
	if h.protocol != "" || h.authority != "" || h.pathname != "" {
		out += h.search
	} else if h.search != "" {
		out += h.search
	} else {
		out += b.search
	}
	return out + h.hash
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
