package runner

import (
	"errors"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/pmrun/pmrun/collection"
)

// What the runner hands reporters in Newman's words and forms.

// typeError is an error Node raises as a TypeError (an invalid header
// name or value); its failure is reported under that name.
type typeError struct{ msg, code string }

func (e *typeError) Error() string { return e.msg }

// errorName is the name Newman gives a request error.
func errorName(err error) string {
	var te *typeError
	if errors.As(err, &te) {
		return "TypeError"
	}
	return "Error"
}

// displayURL is the URL as Newman's cli prints it (Url#toString): not
// encoded, ":name" path segments filled with their non-empty values.
func displayURL(u collection.URL) string {
	if u.Path != nil {
		u.Path = strings.Split(strings.TrimPrefix(pathWithVariables(u), "/"), "/")
	}
	return u.String()
}

// inspectString renders a string as Node's util.inspect does, which is
// how Newman's cli shows console arguments: single quotes, else double,
// else backticks, with the quote and backslash escaped.
func inspectString(s string) string {
	q := "'"
	if strings.Contains(s, "'") {
		switch {
		case !strings.Contains(s, `"`):
			q = `"`
		case !strings.Contains(s, "`") && !strings.Contains(s, "${"):
			q = "`"
		}
	}
	r := strings.NewReplacer(`\`, `\\`, q, `\`+q, "\n", `\n`, "\t", `\t`, "\r", `\r`)
	return q + r.Replace(s) + q
}

// NodeErrorFields are the enumerable fields of the Node error Newman
// would have got for a failed request, which is all JSON.stringify keeps
// of it in the JSON report's requestError: code, errno, syscall and
// address for system errors, nothing for others.
func NodeErrorFields(err error) map[string]any {
	out := map[string]any{}
	var te *typeError
	var op *net.OpError
	var dns *net.DNSError
	switch {
	case errors.As(err, &te):
		out["code"] = te.code
	case errors.Is(err, syscall.ECONNREFUSED):
		out["errno"], out["code"], out["syscall"] = -111, "ECONNREFUSED", "connect"
		if errors.As(err, &op) && op.Addr != nil {
			host, port, _ := net.SplitHostPort(op.Addr.String())
			out["address"] = host
			if n, perr := strconv.Atoi(port); perr == nil {
				out["port"] = n
			}
		}
	case errors.As(err, &dns):
		out["errno"], out["code"], out["syscall"], out["hostname"] = -3008, "ENOTFOUND", "getaddrinfo", dns.Name
	case errors.Is(err, syscall.ECONNRESET):
		out["errno"], out["code"], out["syscall"] = -104, "ECONNRESET", "read"
	}
	return out
}

// reportedBody is the body definition Newman's report shows: the
// request's own, but a raw JSON body without its comments, since the
// runtime strips them from the request itself before sending.
func reportedBody(req *collection.Request) *collection.Body {
	b := req.Body
	if b == nil || b.Mode != "raw" || !req.HasJSONBody() ||
		!strings.Contains(b.Raw, "//") && !strings.Contains(b.Raw, "/*") {
		return b
	}
	stripped := *b
	stripped.Raw = collection.StripJSONComments(b.Raw)
	return &stripped
}
