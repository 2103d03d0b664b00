package ajv

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// normalizeID drops an empty fragment, as Ajv's normalizeId does.
func normalizeID(id string) string {
	return strings.TrimSuffix(id, "#")
}

func resolveURI(base, ref string) string {
	if base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

func splitFragment(u string) (string, string) {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		return u[:i], u[i+1:]
	}
	return u, ""
}

// resolvedRef is what a $ref points at and how errors under it report.
type resolvedRef struct {
	schema goja.Value
	sc     scope
}

// resolve finds a $ref's target from a scope; ok is false when nothing
// is there (Ajv's MissingRefError).
func (a *instance) resolve(ref string, sc scope) (resolvedRef, bool) {
	full := resolveURI(sc.base, ref)
	docURI, frag := splitFragment(full)
	curDoc, _ := splitFragment(sc.base)
	var doc goja.Value
	docBase := sc.base
	separate := false
	if docURI == "" || docURI == curDoc {
		doc = sc.root
	} else if entry, ok := a.lookup(docURI); ok {
		doc, docBase = entry, docURI
	} else {
		return resolvedRef{}, false
	}
	target := doc
	if frag != "" {
		f, err := url.PathUnescape(frag)
		if err != nil {
			return resolvedRef{}, false
		}
		if strings.HasPrefix(f, "/") {
			for _, part := range strings.Split(f[1:], "/") {
				part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
				o, ok := target.(*goja.Object)
				if !ok {
					return resolvedRef{}, false
				}
				next := o.Get(part)
				if !defined(next) {
					return resolvedRef{}, false
				}
				target = next
			}
			separate = false
		} else if found := findAnchor(doc, "#"+f); found != nil {
			target, separate = found, false
		} else {
			return resolvedRef{}, false
		}
	}
	out := resolvedRef{schema: target, sc: scope{root: doc, base: docBase}}
	if !separate && noRef(target, 0) {
		out.sc.schemaPath = ref
	} else {
		out.sc.schemaPath = "#"
	}
	return out, true
}

func findAnchor(s goja.Value, anchor string) goja.Value {
	o, ok := s.(*goja.Object)
	if !ok {
		return nil
	}
	if id := get(o, "$id"); id != nil && id.String() == anchor {
		return o
	}
	for _, k := range o.Keys() {
		if k == "enum" || k == "const" {
			continue
		}
		if f := findAnchor(o.Get(k), anchor); f != nil {
			return f
		}
	}
	return nil
}

// noRef is Ajv's checkNoRef: a schema with no $ref inside is inlined.
func noRef(s goja.Value, depth int) bool {
	o, ok := s.(*goja.Object)
	if !ok || depth > maxDepth {
		return true
	}
	for _, k := range o.Keys() {
		if k == "$ref" {
			return false
		}
		if !noRef(o.Get(k), depth+1) {
			return false
		}
	}
	return true
}

func (w *walker) ref(ref string, sc scope, data goja.Value, dataPath string) {
	r, ok := w.a.resolve(ref, sc)
	if !ok {
		w.add(w.errorAt("$ref", dataPath, sc.schemaPath+"/$ref", []param{{"ref", ref}}, "can't resolve reference "+ref, w.vm.ToValue(ref), goja.Undefined(), data))
		return
	}
	w.validate(r.schema, r.sc, data, dataPath)
}

// checkRefs walks a schema as Ajv's compile does and reports the first
// $ref that leads nowhere.
func (a *instance) checkRefs(s goja.Value, sc scope, depth int, seen map[*goja.Object]bool) (string, string, bool) {
	o, ok := s.(*goja.Object)
	if !ok || depth > maxDepth || seen[o] {
		return "", "", true
	}
	seen[o] = true
	if id := get(o, "$id"); id != nil && modules.IsString(id) && !isArray(o) {
		sc.base = resolveURI(sc.base, id.String())
		if !strings.HasPrefix(id.String(), "#") {
			sc.root = o
		}
	}
	if ref := get(o, "$ref"); ref != nil && modules.IsString(ref) && !isArray(o) {
		if _, ok := a.resolve(ref.String(), sc); !ok {
			base := sc.base
			if base == "" {
				base = "#"
			}
			return ref.String(), base, false
		}
		return "", "", true
	}
	for _, k := range o.Keys() {
		if k == "enum" || k == "const" || k == "default" || k == "examples" {
			continue
		}
		if r, b, ok := a.checkRefs(o.Get(k), sc, depth+1, seen); !ok {
			return r, b, false
		}
	}
	return "", "", true
}

// checkFormats finds a format no validator knows (unknownFormats: true).
func (a *instance) checkFormats(s goja.Value, path string, depth int) (string, string, bool) {
	o, ok := s.(*goja.Object)
	if !ok || depth > maxDepth {
		return "", "", true
	}
	if !isArray(o) {
		if f := get(o, "format"); f != nil && modules.IsString(f) {
			if _, known := a.formats[f.String()]; !known && !a.ignoredFormat(f.String()) {
				return f.String(), path, false
			}
		}
	}
	for _, k := range o.Keys() {
		if k == "enum" || k == "const" || k == "default" || k == "examples" || k == "properties" && depth < 0 {
			continue
		}
		sub := path + "/" + escapeFragment(k)
		if f, p, ok := a.checkFormats(o.Get(k), sub, depth+1); !ok {
			return f, p, false
		}
	}
	return "", "", true
}
