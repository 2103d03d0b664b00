// Package mimetypes maps file extensions to media types exactly as the
// mime-types module Newman's multipart and file bodies use, so that a part's
// Content-Type matches what Newman sends (Go's mime package consults the
// system's tables and adds charsets, which would not).
package mimetypes

import (
	"path/filepath"
	"strings"
)

// Lookup returns the media type for the extension of path, if known.
func Lookup(path string) (string, bool) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(filepath.Base(path)), "."))
	if ext == "" {
		return "", false
	}
	t, ok := byExtension[ext]
	return t, ok
}
