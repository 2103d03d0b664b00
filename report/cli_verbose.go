package report

import (
	"fmt"
	"io"
	"mime"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/pmrun/pmrun/runner"
)

// bodyClipSize is how much of a body --verbose shows, as Newman.
const bodyClipSize = 2048

// verbose prints an exchange as Newman's cli reporter does with
// --verbose: a one-line summary of status, time, sizes, header and cookie
// counts, then the request and response bodies in boxes. Newman's timing
// phase table is left out: pmrun's exchanges carry the total time only.
func (c *CLI) verbose(ex *runner.Exchange) {
	req, res := ex.Request, ex.Response
	reqSize := requestSize(req)
	star := " " + c.paint(gray, c.sym.star) + " "
	cookies := 0
	for _, h := range res.Headers {
		if strings.EqualFold(h.Key, "Set-Cookie") {
			cookies++
		}
	}
	io.WriteString(c.w, " \n")
	fmt.Fprintf(c.w, "  %s\n", strings.Join([]string{
		fmt.Sprintf("%d %s", res.Code, res.Status),
		prettyMS(float64(res.Time.Microseconds())/1000) + " " + c.paint(gray, "time"),
		fileSize(int64(reqSize)) + c.paint(gray, c.sym.up) + " " + fileSize(int64(res.BodySize()+res.HeaderSize)) + c.paint(gray, c.sym.down) + " " + c.paint(gray, "size"),
		fmt.Sprintf("%d%s %d%s %s", len(req.Headers), c.paint(gray, c.sym.up), len(res.Headers), c.paint(gray, c.sym.down), c.paint(gray, "headers")),
		fmt.Sprintf("%d %s", cookies, c.paint(gray, "cookies")),
	}, star))
	if len(req.Body) > 0 {
		fmt.Fprintf(c.w, "  %s %s %s%s%s\n", c.sym.top, c.sym.up, "raw", star, fileSize(int64(len(req.Body))))
		io.WriteString(c.w, c.bodyText(req.Body))
		fmt.Fprintf(c.w, "  %s \n", c.sym.bottom)
	}
	summary := strings.Join(contentInfo(res), star)
	if len(res.Body) == 0 {
		fmt.Fprintf(c.w, "  %s %s\n", c.sym.down, summary)
	} else {
		fmt.Fprintf(c.w, "  %s %s %s%s%s\n", c.sym.top, c.sym.down, summary, star, fileSize(int64(len(res.Body))))
		io.WriteString(c.w, c.bodyText(res.Body))
		fmt.Fprintf(c.w, "  %s\n", c.sym.bottom)
	}
	if res.Timings != nil {
		io.WriteString(c.w, c.timingTable(res.Timings))
	}
	io.WriteString(c.w, "\n")
}

// timingTable lays out the request's phases as Newman's borderless table:
// a row of phase names over a row of durations, each cell behind two
// spaces and padded to its column.
func (c *CLI) timingTable(t *runner.Timings) string {
	phases := []struct {
		name string
		d    time.Duration
		show bool
	}{
		{"prepare", t.Prepare, true}, {"wait", t.Wait, true}, {"dns-lookup", t.DNS, true},
		{"tcp-handshake", t.TCP, true}, {"ssl-handshake", t.TLS, t.Secure},
		{"transfer-start", t.FirstByte, true}, {"download", t.Download, true},
		{"process", t.Process, true}, {"total", t.Total, true},
	}
	var head, vals strings.Builder
	for _, p := range phases {
		if !p.show {
			continue
		}
		v := "(cache)"
		if p.d > 0 {
			v = prettyMS(float64(p.d.Microseconds()) / 1000)
		}
		w := max(len([]rune(p.name)), len([]rune(v)))
		fmt.Fprintf(&head, "  %s%s ", c.paint(white, p.name), strings.Repeat(" ", w-len([]rune(p.name))))
		fmt.Fprintf(&vals, "  %s%s ", c.paint(gray, v), strings.Repeat(" ", w-len([]rune(v))))
	}
	return head.String() + "\n" + vals.String() + "\n"
}

var blankLines = regexp.MustCompile(`\n\s*\n`)

// bodyText clips a body to bodyClipSize and wraps it in box lines.
func (c *CLI) bodyText(body []byte) string {
	// Masked whole, then clipped, so that no clipped secret's prefix shows.
	text := c.opts.Secrets.String(string(body))
	if len(body) > bodyClipSize {
		text = text[:min(bodyClipSize, len(text))] + fmt.Sprintf("\n(showing %s/%s)", fileSize(bodyClipSize), fileSize(int64(len(body))))
	}
	text = wrap(text, c.wrapWidth(), "  "+c.sym.middle+" ")
	return c.paint(gray, blankLines.ReplaceAllString(text, "\n")+"\n")
}

// contentInfo is postman-collection's Response#contentInfo as Newman
// prints it: content type, mime type, mime format, charset.
func contentInfo(res *runner.Response) []string {
	ct := ""
	for _, h := range res.Headers {
		if strings.EqualFold(h.Key, "Content-Type") {
			ct = h.Value
		}
	}
	mediaType, params, _ := mime.ParseMediaType(ct)
	charset := params["charset"]
	if charset == "" {
		charset = "utf8"
	}
	charset = strings.ReplaceAll(strings.ToLower(charset), "-", "")
	typ, sub, _ := strings.Cut(mediaType, "/")
	format := "raw"
	switch {
	case strings.Contains(sub, "json"):
		format = "json"
	case strings.Contains(sub, "xml"):
		format = "xml"
	case strings.Contains(sub, "html"):
		format = "html"
	case strings.Contains(sub, "javascript"):
		format = "script"
	case typ == "text":
		format = "plain"
	}
	mimeType := typ
	if typ == "application" && format != "raw" {
		mimeType = "text"
	}
	if mediaType == "" {
		mediaType, mimeType = "undefined", "undefined"
	}
	return []string{mediaType, mimeType, format, charset}
}

// localeString is JavaScript's Date#toLocaleString in en-US.
func localeString(t time.Time) string { return t.Format("1/2/2006, 3:04:05 PM") }

// localeTime is JavaScript's Date#toLocaleTimeString in en-US.
func localeTime(t time.Time) string { return t.Format("3:04:05 PM") }

// requestSize is postman-collection's Request#size().total: the request
// line (path and query only, "HTTP/X.X"), the headers, and the body as
// its Content-Length declares or else as long as it is.
func requestSize(req runner.SentRequest) int {
	size := len(req.Method) + 1 + len(pathWithQuery(req.URL)) + 1 + len("HTTP/X.X") + 4
	body := len(req.Body)
	for _, h := range req.Headers {
		size += len(h.Key) + len(h.Value) + 4
		if strings.EqualFold(h.Key, "Content-Length") {
			if n, err := strconv.Atoi(h.Value); err == nil {
				body = n
			}
		}
	}
	return size + body
}

// pathWithQuery is the request target of a URL: "/" when it has no path,
// without its fragment.
func pathWithQuery(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?"); i >= 0 {
		u = u[i:]
	} else {
		u = ""
	}
	u, _, _ = strings.Cut(u, "#")
	if !strings.HasPrefix(u, "/") {
		u = "/" + u
	}
	return u
}
