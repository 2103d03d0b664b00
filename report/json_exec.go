package report

import (
	"encoding/json"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

// The json reporter writes one execution per request. Built as nested
// map[string]any, encoding/json spent a fifth of a long -r json run's CPU
// on them (reflection over each map, sorting its keys). These types
// marshal to the same bytes: fields are declared in the order
// encoding/json sorts map keys, optional ones are omitted when the map
// form leaves them out, and the rarer, more varied parts (URL, body,
// request error) keep their map form.

type execJSON struct {
	Assertions       []assertionJSON `json:"assertions,omitempty"`
	Cursor           cursorOut       `json:"cursor"`
	ID               string          `json:"id"`
	Item             json.RawMessage `json:"item"` // itemJSON, built once per item
	PrerequestScript []scriptErrOut  `json:"prerequestScript,omitempty"`
	Request          requestOut      `json:"request"`
	RequestError     any             `json:"requestError,omitempty"` // a map, {} included
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

// cursorOut is cursorJSON's value; the pointers are the fields it sets
// only for some cursors.
type cursorOut struct {
	Bof           *bool  `json:"bof,omitempty"`
	Cr            *bool  `json:"cr,omitempty"`
	Cycles        int    `json:"cycles"`
	Empty         *bool  `json:"empty,omitempty"`
	EOF           *bool  `json:"eof,omitempty"`
	HTTPRequestID string `json:"httpRequestId"`
	Iteration     int    `json:"iteration"`
	Length        int    `json:"length"`
	Position      int    `json:"position"`
	Ref           string `json:"ref"`
}

type headerOut struct {
	Description *descriptionOut `json:"description,omitempty"`
	Disabled    bool            `json:"disabled,omitempty"`
	Key         string          `json:"key"`
	System      bool            `json:"system,omitempty"`
	Value       string          `json:"value"`
}

// descriptionOut is descriptionJSON's value.
type descriptionOut struct {
	Content string `json:"content"`
	Type    string `json:"type"`
}

type requestOut struct {
	Auth        map[string]any `json:"auth,omitempty"`
	Body        map[string]any `json:"body,omitempty"`
	Description map[string]any `json:"description,omitempty"`
	Header      []headerOut    `json:"header"`
	Method      string         `json:"method"`
	URL         map[string]any `json:"url"`
}

type responseMetaOut struct {
	Code   int         `json:"code"`
	Header []headerOut `json:"header"`
	ID     string      `json:"id"`
	Status string      `json:"status"`
}

// executionJSON is the execution entry, less its response.
func executionJSON(ex *execution) execJSON {
	e := execJSON{
		Cursor: cursorOutOf(ex.cursor),
		ID:     itemID(ex.item),
		Item:   ex.itemJSON,
	}
	if e.Item == nil {
		e.Item = mustJSON(itemJSON(ex.item))
	}
	if r := ex.item.Request; r != nil {
		e.Request.Description = descriptionJSON(r.Description)
	}
	req := ex.exchange.Request
	e.Request.URL, e.Request.Header, e.Request.Method = urlJSON(req.URL), headersOut(req.Headers), req.Method
	if req.BodySpec != nil {
		e.Request.Body = bodyJSON(req.BodySpec)
		if file, ok := e.Request.Body["file"].(map[string]any); ok {
			// The runtime sets the sent file body's value, null unless
			// a script gave it one.
			file["value"] = nil
		}
	}
	if ex.exchange.Err == nil {
		// A request that failed is reported before the runtime sets its auth.
		e.Request.Auth = ex.auth
	}
	if ex.exchange.Err != nil {
		e.RequestError = runner.NodeErrorFields(ex.exchange.Err)
	}
	e.PrerequestScript = scriptErrsOut(ex.scriptErrs["prerequestScript"])
	e.TestScript = scriptErrsOut(ex.scriptErrs["testScript"])
	if len(ex.assertions) > 0 {
		// Newman adds the list with the first assertion.
		e.Assertions = make([]assertionJSON, len(ex.assertions))
	}
	for i, a := range ex.assertions {
		e.Assertions[i] = assertionJSON{Assertion: a.Name, Skipped: a.Skipped}
		if a.Error != nil && !a.Skipped {
			err := errOutOf(a.Error)
			e.Assertions[i].Error = &assertErrOut{Index: a.Index, Message: err.Message, Name: err.Name, Stack: err.Stack, Test: a.Name}
		}
	}
	return e
}

// cursorOutOf is cursorJSON's typed twin.
func cursorOutOf(c runner.Cursor) cursorOut {
	out := cursorOut{Position: c.Position, Iteration: c.Iteration, Length: c.Length, Cycles: c.Iterations,
		Ref: collection.NewUUID(), HTTPRequestID: collection.NewUUID()}
	yes, no := true, false
	switch {
	case c.Position == 0 && c.Iteration == 0:
		empty := c.Length == 0
		eof := c.Position == c.Length-1 && c.Iteration == c.Iterations-1
		out.Empty, out.EOF, out.Bof, out.Cr = &empty, &eof, &yes, &no
	case c.Position == 0:
		out.Cr = &yes
	}
	return out
}

func headersOut(hs []collection.Header) []headerOut {
	out := make([]headerOut, len(hs))
	for i, h := range hs {
		out[i] = headerOut{Key: h.Key, Value: h.Value, Disabled: h.Disabled, System: h.System}
		if h.Description != "" {
			out[i].Description = &descriptionOut{Content: h.Description, Type: "text/plain"}
		}
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
