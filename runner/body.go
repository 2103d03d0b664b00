package runner

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner/internal/mimetypes"
)

// builtBody is a request body encoded for the wire, with the Content-Type
// each layer of Newman would give it.
type builtBody struct {
	// present is false when no body goes out (none, empty, pruned).
	present bool
	bytes   []byte
	// listedType is added to the request's own header list (raw and
	// graphql bodies), so it shows in reports and scripts.
	listedType string
	// wireType is set by the HTTP layer only (urlencoded, formdata, file);
	// force makes it replace a Content-Type the request gives.
	wireType string
	force    bool
	// warnings are the console warnings Newman prints for unreadable files.
	warnings []string
}

// methodsWithoutBody lose their body unless disableBodyPruning is set.
var methodsWithoutBody = map[string]bool{"GET": true, "COPY": true, "HEAD": true, "PURGE": true, "UNLOCK": true}

// rawLanguageTypes maps options.raw.language to the Content-Type Postman
// implies; any other language means text/plain.
var rawLanguageTypes = map[string]string{
	"html":       "text/html",
	"text":       "text/plain",
	"json":       "application/json",
	"javascript": "application/javascript",
	"xml":        "application/xml",
}

// files reads body files the way Newman's secure file system does.
type files struct {
	dir      string
	insecure bool
}

// buildBody encodes req's body for its mode.
func buildBody(req *collection.Request, ppb behavior, fs files) builtBody {
	b := req.Body
	if b == nil || b.Disabled || bodyIsEmpty(b) {
		return builtBody{}
	}
	if methodsWithoutBody[strings.ToUpper(req.Method)] && !ppb.flag("disableBodyPruning", false) {
		return builtBody{}
	}
	switch b.Mode {
	case "raw":
		ct := rawLanguageTypes[b.Language]
		if ct == "" {
			ct = "text/plain"
		}
		text := b.Raw
		if req.HasJSONBody() {
			text = collection.StripJSONComments(text)
		}
		return builtBody{present: true, bytes: []byte(text), listedType: ct}
	case "urlencoded":
		return builtBody{present: true, bytes: []byte(urlencodedBody(b.URLEncoded)),
			wireType: "application/x-www-form-urlencoded", force: true}
	case "formdata":
		return multipartBody(b.FormData, fs)
	case "file":
		return fileBody(b.File, fs)
	case "graphql":
		return builtBody{present: true, bytes: graphqlBody(b.GraphQL), listedType: "application/json"}
	}
	return builtBody{}
}

// bodyIsEmpty mirrors RequestBody#isEmpty plus the runtime's check that a
// list body has an enabled member.
func bodyIsEmpty(b *collection.Body) bool {
	switch b.Mode {
	case "raw":
		return b.Raw == ""
	case "urlencoded":
		for _, p := range b.URLEncoded {
			if !p.Disabled {
				return false
			}
		}
		return true
	case "formdata":
		for _, p := range b.FormData {
			if !p.Disabled {
				return false
			}
		}
		return true
	case "file":
		return b.File.Src == "" && b.File.Content == ""
	case "graphql":
		return false
	}
	return true
}

// urlencodedBody joins the enabled pairs; repeated keys are grouped at
// the key's first position, as the runtime builds a form object.
func urlencodedBody(params []collection.Param) string {
	var keys []string
	values := map[string][]string{}
	for _, p := range params {
		if p.Disabled {
			continue
		}
		if _, ok := values[p.Key]; !ok {
			keys = append(keys, p.Key)
		}
		values[p.Key] = append(values[p.Key], p.Value)
	}
	var parts []string
	for _, k := range keys {
		for _, v := range values[k] {
			parts = append(parts, formEscape(k)+"="+formEscape(v))
		}
	}
	return strings.Join(parts, "&")
}

// formEscape percent-encodes all but RFC 3986's unreserved characters.
func formEscape(s string) string { return escapeAllBut(s, "-._~") }

// escapeAllBut percent-encodes every byte of s but ASCII letters, digits
// and the bytes in keep.
func escapeAllBut(s, keep string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// graphqlBody serialises query, operationName and variables in that
// order. Variables written as a string are sent as they are (not even
// checked to be JSON); as an object they are re-serialised.
func graphqlBody(g collection.GraphQL) []byte {
	var parts []string
	str := func(s string) string {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(s)
		return strings.TrimSuffix(buf.String(), "\n")
	}
	parts = append(parts, `"query":`+str(g.Query))
	if g.OperationName != "" {
		parts = append(parts, `"operationName":`+str(g.OperationName))
	}
	switch {
	case g.VariablesObject:
		// A value that broke the JSON when it was resolved goes out as
		// it is rather than not at all.
		var buf bytes.Buffer
		if json.Compact(&buf, []byte(g.Variables)) != nil {
			buf.Reset()
			buf.WriteString(g.Variables)
		}
		parts = append(parts, `"variables":`+buf.String())
	case g.Variables != "":
		parts = append(parts, `"variables":`+g.Variables)
	}
	return []byte("{" + strings.Join(parts, ",") + "}")
}

// fileBody reads a binary body from src, or decodes inline base64 content.
func fileBody(f collection.FileRef, fs files) builtBody {
	if f.Src == "" {
		data, err := base64.StdEncoding.DecodeString(f.Content)
		if err != nil {
			data = []byte(f.Content)
		}
		return builtBody{present: len(data) > 0, bytes: data}
	}
	data, err := fs.read(f.Src)
	if err != nil {
		return builtBody{warnings: []string{"Binary file load error: " + err.Error()}}
	}
	ct, ok := mimetypes.Lookup(f.Src)
	if !ok {
		ct = "application/octet-stream"
	}
	return builtBody{present: len(data) > 0, bytes: data, wireType: ct}
}

// read loads a file relative to the working directory, refusing paths
// outside it unless insecure reads are allowed. Errors read like Newman's.
func (fs files) read(src string) ([]byte, error) {
	dir := fs.dir
	if dir == "" {
		dir, _ = os.Getwd()
	}
	dir, _ = filepath.Abs(dir)
	path := src
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	path = filepath.Clean(path)
	if !fs.insecure && path != dir && !strings.HasPrefix(path, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator)) {
		return nil, fmt.Errorf("PPERM: insecure file access outside working directory")
	}
	st, err := os.Stat(path)
	switch {
	case os.IsNotExist(err):
		return nil, fmt.Errorf("%q, no such file", src)
	case err != nil:
		return nil, err
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("%q, is not a file", src)
	case st.Mode().Perm()&0o400 == 0:
		return nil, fmt.Errorf("%q, read permission denied", src)
	}
	return os.ReadFile(path)
}

// newBoundary makes a boundary like form-data's: 26 dashes, 24 digits.
func newBoundary() string {
	var b strings.Builder
	b.WriteString("--------------------------")
	for i := 0; i < 24; i++ {
		n, _ := rand.Int(rand.Reader, big.NewInt(10))
		b.WriteByte(byte('0' + n.Int64()))
	}
	return b.String()
}
