package runner

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"path"
	"strings"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner/internal/mimetypes"
)

// formPart is one multipart part before encoding.
type formPart struct {
	name        string
	value       []byte
	filename    *string
	contentType string
	// object is true for file contents (streams and buffers), which
	// form-data types application/octet-stream when nothing else fits.
	object bool
	// src is the file path the value came from, for type lookup.
	src string
}

// multipartBody encodes a formdata body as Newman does, including its
// quirk: once a file parameter lists several sources, file parameters
// after it are not loaded and go out empty.
func multipartBody(params []collection.FormParam, fs files) builtBody {
	out := builtBody{present: true, force: true}
	var parts []formPart
	loading := true
	for _, p := range params {
		if p.Disabled {
			continue
		}
		if p.Type != "file" {
			part := formPart{name: p.Key, value: []byte(p.Value), contentType: p.ContentType}
			if p.FileName != "" {
				fn := p.FileName
				part.filename = &fn
			}
			parts = append(parts, part)
			continue
		}
		base := formPart{name: p.Key, contentType: p.ContentType}
		if p.FileName != "" {
			fn := p.FileName
			base.filename = &fn
		}
		warn := func(err error) {
			out.warnings = append(out.warnings, fmt.Sprintf("Form param `%s`, file load error: %s", p.Key, err))
		}
		switch {
		case !loading:
			parts = append(parts, emptyFilePart(base))
		case len(p.Src) == 0 && p.Value != "":
			data, err := base64.StdEncoding.DecodeString(p.Value)
			if err != nil {
				data = []byte(p.Value)
			}
			base.value, base.object = data, true
			parts = append(parts, base)
		case len(p.Src) == 0:
			warn(fmt.Errorf("missing file source"))
			parts = append(parts, emptyFilePart(base))
		case len(p.Src) == 1 && !p.SrcIsList:
			data, err := fs.read(p.Src[0])
			if err != nil {
				warn(err) // the parameter is dropped
				continue
			}
			parts = append(parts, filePart(base, p.Src[0], data))
		default:
			for _, src := range p.Src {
				data, err := fs.read(src)
				if err != nil {
					warn(err)
					continue
				}
				parts = append(parts, filePart(base, src, data))
			}
			loading = false
		}
	}
	boundary := newBoundary()
	out.wireType = "multipart/form-data; boundary=" + boundary
	var buf bytes.Buffer
	for _, part := range parts {
		writePart(&buf, boundary, part)
	}
	buf.WriteString("--" + boundary + "--\r\n")
	out.bytes = buf.Bytes()
	return out
}

func emptyFilePart(p formPart) formPart {
	if p.filename == nil {
		empty := ""
		p.filename = &empty
	}
	return p
}

func filePart(p formPart, src string, data []byte) formPart {
	p.value, p.object, p.src = data, true, src
	if p.filename == nil {
		fn := path.Base(strings.ReplaceAll(src, "\\", "/"))
		p.filename = &fn
	}
	return p
}

// writePart writes one part: Content-Disposition with the name as given
// (form-data does not escape it), filename and its RFC 8187 form when not
// ASCII, then Content-Type when one is known.
func writePart(buf *bytes.Buffer, boundary string, p formPart) {
	buf.WriteString("--" + boundary + "\r\n")
	buf.WriteString(`Content-Disposition: form-data; name="` + p.name + `"`)
	if p.filename != nil {
		fn := path.Base(*p.filename)
		if *p.filename == "" {
			fn = ""
		}
		buf.WriteString(`; filename="` + fn + `"`)
		if needsExtendedFilename(fn) {
			buf.WriteString("; filename*=UTF-8''" + extendedEscape(fn))
		}
	}
	buf.WriteString("\r\n")
	if ct := partType(p); ct != "" {
		buf.WriteString("Content-Type: " + ct + "\r\n")
	}
	buf.WriteString("\r\n")
	buf.Write(p.value)
	buf.WriteString("\r\n")
}

// partType picks a part's Content-Type in form-data's order: the given
// one, the source file's extension, the file name's, then a default for
// file contents.
func partType(p formPart) string {
	if p.contentType != "" {
		return p.contentType
	}
	if p.src != "" {
		if t, ok := mimetypes.Lookup(p.src); ok {
			return t
		}
	}
	if p.filename != nil && *p.filename != "" {
		if t, ok := mimetypes.Lookup(*p.filename); ok {
			return t
		}
	}
	if p.object {
		return "application/octet-stream"
	}
	return ""
}

// needsExtendedFilename reports characters outside tab, printable ASCII
// and Latin-1 (form-data tests UTF-16 code units against that range).
func needsExtendedFilename(s string) bool {
	for _, r := range s {
		if !(r == '\t' || r >= 0x20 && r <= 0x7e || r >= 0x80 && r <= 0xff) {
			return true
		}
	}
	return false
}

// extendedEscape is encodeURIComponent with ' ( ) * escaped too.
func extendedEscape(s string) string { return escapeAllBut(s, "-_.!~") }
