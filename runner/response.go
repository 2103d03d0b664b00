package runner

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// newResponse records a response as Newman measures it.
func newResponse(resp *http.Response, raw []byte, elapsed time.Duration) *Response {
	decoded, err := decodeBody(raw, resp.Header.Get("Content-Encoding"))
	if err != nil {
		decoded = raw
	}
	reason := strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
	if reason == "" {
		reason = http.StatusText(resp.StatusCode)
	}
	out := &Response{
		Code:   resp.StatusCode,
		Status: reason,
		Proto:  resp.Proto,
		Body:   decoded,
		// Newman rounds the response time up to whole milliseconds.
		Time: time.Duration(math.Ceil(float64(elapsed)/float64(time.Millisecond))) * time.Millisecond,
	}
	for k, vs := range resp.Header {
		for _, v := range vs {
			out.Headers = append(out.Headers, collection.Header{Key: k, Value: v})
		}
	}
	out.HeaderSize = headerSize(resp.StatusCode, reason, out.Headers)
	return out
}

// headerSize is Response#size().header: "HTTP/X.X <code> <reason>\r\n\r\n"
// and "key: value\r\n" per header, in UTF-16 units as JavaScript counts.
func headerSize(code int, reason string, headers []collection.Header) int {
	n := len("HTTP/X.X ") + len(strconv.Itoa(code)) + 1 + collection.UTF16Len(reason) + 4
	for _, h := range headers {
		n += collection.UTF16Len(h.Key) + collection.UTF16Len(h.Value) + 4
	}
	return n
}

// BodySize is the body size Newman reports: the declared Content-Length
// of a gzip or deflate response, else the decoded body's length.
func (r *Response) BodySize() int { return scripts.ReportedBodySize(r.Headers, len(r.Body)) }

// decodeBody undoes a Content-Encoding, as Newman does before scripts see
// the body. Deflate is tried as zlib first, then as a raw stream, since
// servers send both.
func decodeBody(raw []byte, encoding string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip", "x-gzip":
		if len(raw) >= 2 && (raw[0] != 0x1f || raw[1] != 0x8b) {
			return nil, gzip.ErrHeader // as zlib, before reading a whole header
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(zr)
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			if out, err := io.ReadAll(zr); err == nil {
				return out, nil
			}
		}
		return io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
	case "br":
		return io.ReadAll(brotli.NewReader(bytes.NewReader(raw)))
	}
	return raw, nil
}
