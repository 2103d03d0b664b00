package scripts

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// contentInfo is postman-collection's Response#contentInfo.
type contentInfo struct {
	contentType, mimeType, mimeFormat, charset, extension, fileName string
}

var (
	mimeTextual  = regexp.MustCompile(`(jsonp|json|xml|html|yaml|vml|webml|script)`)
	mimeMedia    = regexp.MustCompile(`(audio|video|image|text)`)
	mimeSubMedia = regexp.MustCompile(`/[^/]*(audio|video|image|text)`)
	mimeAppBase  = regexp.MustCompile(`(application|message|multipart)`)
	fileNameRe   = regexp.MustCompile(`;[ \t]*(?:filename)[ \t]*=[ \t]*("(?:[\x20!\x23-\x5b\x5d-\x7e\x80-\xff]|\\[\x20-\x7e])*"|[!#$%&'*+.0-9A-Z^_` + "`" + `a-z|~-]+)[ \t]*`)
	charsetRe    = regexp.MustCompile(`(?i)charset\s*=\s*["']?([\w\-]+)`)
)

// mimeKnown holds the entries of mime-format's table that its guess gets
// wrong.
var mimeKnown = map[string][2]string{
	"application/x-www-form-urlencoded": {"text", "plain"},
	"application/pdf":                   {"embed", "pdf"},
	"application/ecmascript":            {"text", "script"},
	"application/javascript":            {"text", "script"},
	"application/json":                  {"text", "json"},
	"application/xml":                   {"text", "xml"},
	"text/plain":                        {"text", "plain"},
	"text/html":                         {"text", "html"},
	"text/css":                          {"text", "css"},
	"text/csv":                          {"text", "csv"},
	"application/octet-stream":          {"unknown", "raw"},
}

var mimeExtensions = map[string]string{
	"application/json": "json", "text/plain": "txt", "text/html": "html", "application/xml": "xml",
	"text/xml": "xml", "application/javascript": "js", "text/javascript": "js", "text/css": "css",
	"text/csv": "csv", "image/png": "png", "image/jpeg": "jpeg", "image/gif": "gif", "image/svg+xml": "svg",
	"application/pdf": "pdf", "application/zip": "zip", "application/octet-stream": "bin",
	"application/x-www-form-urlencoded": "", "application/hal+json": "json", "application/problem+json": "json",
}

func contentInfoOf(r *Response) contentInfo {
	ct, disposition := "", ""
	for _, h := range r.Headers {
		switch strings.ToLower(h.Key) {
		case "content-type":
			ct = h.Value
		case "content-disposition":
			disposition = h.Value
		}
	}
	if ct == "" {
		ct = "text/plain"
	}
	info := contentInfo{charset: "utf8"}
	if m := charsetRe.FindStringSubmatch(ct); m != nil {
		// The charset package names utf-8 as Node does: utf8.
		info.charset = strings.ReplaceAll(strings.ToLower(m[1]), "utf-8", "utf8")
	}
	source := strings.ToLower(strings.Join(strings.Fields(ct), ""))
	if i := strings.IndexByte(source, ';'); i >= 0 {
		source = source[:i]
	}
	info.contentType = source
	if known, ok := mimeKnown[source]; ok {
		info.mimeType, info.mimeFormat = known[0], known[1]
	} else {
		info.mimeType, info.mimeFormat = guessMime(source)
	}
	info.extension = mimeExtensions[source]
	info.fileName = "response"
	if m := fileNameRe.FindStringSubmatch(disposition); m != nil {
		info.fileName = strings.Trim(m[1], `"`)
	} else if info.extension != "" {
		info.fileName += "." + info.extension
	}
	return info
}

// guessMime is mime-format's guess for a type not in its table.
func guessMime(mime string) (string, string) {
	base, _, _ := strings.Cut(mime, "/")
	if m := mimeMedia.FindStringSubmatch(base); m != nil {
		if m[1] == "text" {
			if f := mimeTextual.FindStringSubmatch(mime); f != nil {
				return "text", f[1]
			}
			return "text", "plain"
		}
		return m[1], m[1]
	}
	if m := mimeTextual.FindStringSubmatch(mime); m != nil {
		return "text", m[1]
	}
	if m := mimeSubMedia.FindStringSubmatch(mime); m != nil {
		return m[1], m[1]
	}
	if m := mimeAppBase.FindStringSubmatch(base); m != nil {
		return m[1], "raw"
	}
	return "unknown", "raw"
}

func (s *Sandbox) contentInfoObject(r *Response) goja.Value {
	info := contentInfoOf(r)
	o := s.vm.NewObject()
	must(o.Set("contentType", info.contentType))
	must(o.Set("mimeType", info.mimeType))
	must(o.Set("mimeFormat", info.mimeFormat))
	must(o.Set("charset", info.charset))
	must(o.Set("fileExtension", info.extension))
	must(o.Set("fileName", info.fileName))
	return o
}
