package report

import (
	"net/url"
	"strings"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// The json reporter writes one execution per request. Built as nested
// map[string]any, encoding/json spent a fifth of a long run's CPU on them
// (reflection over each map, sorting its keys); these types marshal to
// the same bytes: their fields are declared in the order encoding/json
// sorts map keys, and the optional ones are omitted when the map left
// them out.

type execJSON struct {
	Assertions       []assertionJSON `json:"assertions"`
	Cursor           cursorOut       `json:"cursor"`
	ID               string          `json:"id"`
	Item             itemOut         `json:"item"`
	PrerequestScript []scriptErrOut  `json:"prerequestScript,omitempty"`
	Request          requestOut      `json:"request"`
	RequestError     *requestErrOut  `json:"requestError,omitempty"`
	TestScript       []scriptErrOut  `json:"testScript,omitempty"`
}

type assertionJSON struct {
	Assertion string        `json:"assertion"`
	Error     *assertErrOut `json:"error,omitempty"`
	Skipped   bool          `json:"skipped"`
}

type assertErrOut struct {
	Index   int    `json:"index"`
	Message string `json:"message"`
	Name    string `json:"name"`
	Stack   string `json:"stack"`
	Test    string `json:"test"`
}

type errOut struct {
	Message string `json:"message"`
	Name    string `json:"name"`
	Stack   string `json:"stack"`
}

type scriptErrOut struct {
	Error errOut `json:"error"`
}

type requestErrOut struct {
	Message string `json:"message"`
	Name    string `json:"name"`
}

type cursorOut struct {
	Bof           bool   `json:"bof"`
	Cr            bool   `json:"cr"`
	Cycles        int    `json:"cycles"`
	Empty         bool   `json:"empty"`
	EOF           bool   `json:"eof"`
	HTTPRequestID string `json:"httpRequestId"`
	Iteration     int    `json:"iteration"`
	Length        int    `json:"length"`
	Position      int    `json:"position"`
	Ref           string `json:"ref"`
}

type itemOut struct {
	ID      string          `json:"id"`
	Name    string          `json:"name,omitempty"`
	Request *itemRequestOut `json:"request,omitempty"`
}

type itemRequestOut struct {
	Header []headerOut `json:"header"`
	Method string      `json:"method"`
	URL    string      `json:"url"`
}

type headerOut struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

type requestOut struct {
	Header []headerOut `json:"header"`
	Method string      `json:"method"`
	URL    any         `json:"url"` // urlOut, or the raw string when it does not parse
}

type urlOut struct {
	Host     []string   `json:"host"`
	Path     []string   `json:"path"`
	Port     string     `json:"port,omitempty"`
	Protocol string     `json:"protocol"`
	Query    []queryOut `json:"query"`
	Variable []struct{} `json:"variable"`
}

type queryOut struct {
	Key   string  `json:"key"`
	Value *string `json:"value"`
}

type responseMetaOut struct {
	Code   int         `json:"code"`
	Header []headerOut `json:"header"`
	ID     string      `json:"id"`
	Status string      `json:"status"`
}

// executionJSON is the execution entry, less its response.
func executionJSON(ex *execution) execJSON {
	c := ex.cursor
	e := execJSON{
		Cursor: cursorOut{
			Position: c.Position, Iteration: c.Iteration, Length: c.Length, Cycles: c.Iterations,
			Empty: c.Length == 0, EOF: c.Position == c.Length-1 && c.Iteration == c.Iterations-1,
			Bof: c.Position == 0 && c.Iteration == 0, Ref: newID(), HTTPRequestID: newID(),
		},
		ID:   ex.item.ID,
		Item: itemOut{ID: ex.item.ID, Name: ex.item.Name},
	}
	if r := ex.item.Request; r != nil {
		e.Item.Request = &itemRequestOut{URL: r.URL.Raw, Method: r.Method, Header: headersOut(r.Headers)}
	}
	req := ex.exchange.Request
	e.Request = requestOut{URL: urlOutOf(req.URL), Header: headersOut(req.Headers), Method: req.Method}
	if ex.exchange.Err != nil {
		e.RequestError = &requestErrOut{Name: "Error", Message: ex.exchange.Err.Error()}
	}
	e.PrerequestScript = scriptErrsOut(ex.scriptErrs["prerequestScript"])
	e.TestScript = scriptErrsOut(ex.scriptErrs["testScript"])
	e.Assertions = make([]assertionJSON, len(ex.assertions))
	for i, a := range ex.assertions {
		e.Assertions[i] = assertionJSON{Assertion: a.Name, Skipped: a.Skipped}
		if a.Error != nil && !a.Skipped {
			err := errOutOf(a.Error)
			e.Assertions[i].Error = &assertErrOut{Index: a.Index, Message: err.Message, Name: err.Name, Stack: err.Stack, Test: a.Name}
		}
	}
	return e
}

func headersOut(hs []collection.Header) []headerOut {
	out := make([]headerOut, len(hs))
	for i, h := range hs {
		out[i] = headerOut{Key: h.Key, Value: h.Value}
	}
	return out
}

func scriptErrsOut(errs []*scripts.Error) []scriptErrOut {
	if len(errs) == 0 {
		return nil
	}
	out := make([]scriptErrOut, len(errs))
	for i, err := range errs {
		out[i] = scriptErrOut{Error: errOutOf(err)}
	}
	return out
}

func errOutOf(e *scripts.Error) errOut {
	stack := e.Stack
	if stack == "" {
		stack = e.Name + ": " + e.Message
	}
	return errOut{Name: e.Name, Message: e.Message, Stack: stack}
}

// urlOutOf is urlJSON's typed twin.
func urlOutOf(raw string) any {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	out := urlOut{
		Protocol: u.Scheme,
		Path:     strings.Split(strings.TrimPrefix(u.EscapedPath(), "/"), "/"),
		Host:     strings.Split(u.Hostname(), "."),
		Query:    []queryOut{},
		Variable: []struct{}{},
		Port:     u.Port(),
	}
	if u.RawQuery != "" {
		for _, part := range strings.Split(u.RawQuery, "&") {
			k, v, hasValue := strings.Cut(part, "=")
			q := queryOut{Key: k}
			if hasValue {
				q.Value = &v
			}
			out.Query = append(out.Query, q)
		}
	}
	return out
}
