package report

import (
	"strconv"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

// The functions below shape pmrun's values as Newman's JSON report does
// (postman-collection's toJSON forms).

// cursorJSON is a cursor as Newman's report shows it: the run's first
// item carries postman-runtime's whole Cursor, later ones its coordinates
// only, with cr set at the start of each later iteration.
func cursorJSON(c runner.Cursor) map[string]any {
	out := map[string]any{
		"position": c.Position, "iteration": c.Iteration, "length": c.Length, "cycles": c.Iterations,
		"ref": collection.NewUUID(), "httpRequestId": collection.NewUUID(),
	}
	switch {
	case c.Position == 0 && c.Iteration == 0:
		out["empty"] = c.Length == 0
		out["eof"] = c.Position == c.Length-1 && c.Iteration == c.Iterations-1
		out["bof"] = true
		out["cr"] = false
	case c.Position == 0:
		out["cr"] = true
	}
	return out
}

// scopeJSON is an environment or globals as Newman's VariableScope.toJSON:
// an id even when none was loaded, a name only when one was, and types
// postman-collection does not know ("default", "secret") as "any".
func scopeJSON(s *collection.Scope) map[string]any {
	values := []any{}
	out := map[string]any{"values": values}
	if s == nil {
		out["id"] = collection.NewUUID()
		return out
	}
	for _, v := range s.Variables() {
		entry := map[string]any{"type": VariableType(v.Type), "value": v.Value, "key": v.Key}
		if v.Type == "secret" && v.Value != nil {
			entry["value"] = Mask // whatever its length: the report shows secret values nowhere
		}
		if v.Disabled {
			entry["disabled"] = true
		}
		values = append(values, entry)
	}
	out["values"] = values
	out["id"] = s.ID
	if s.ID == "" {
		out["id"] = collection.NewUUID()
	}
	if s.Name != "" {
		out["name"] = s.Name
	}
	if s.Meta != nil {
		out["_"] = s.Meta
	}
	return out
}

// VariableType is the type postman-collection gives a variable: the
// types it knows stay, any other ("default", "secret", none) is "any".
func VariableType(t string) string {
	switch t {
	case "string", "boolean", "number", "any":
		return t
	}
	return "any"
}

func statsJSON(s runner.Stats) map[string]any {
	c := func(n runner.Count) map[string]int {
		return map[string]int{"total": n.Total, "pending": n.Pending, "failed": n.Failed}
	}
	return map[string]any{
		"iterations": c(s.Iterations), "items": c(s.Items), "scripts": c(s.Scripts),
		"prerequests": c(s.Prerequests), "requests": c(s.Requests), "tests": c(s.Tests),
		"assertions": c(s.Assertions), "testScripts": c(s.TestScripts), "prerequestScripts": c(s.PrerequestScripts),
	}
}

func timingsJSON(s *runner.Summary, p phaseStats) map[string]any {
	rt, dns, fb := s.ResponseTimes, p.dns, p.firstByte
	return map[string]any{
		"responseAverage": rt.Average(), "responseMin": rt.Min, "responseMax": rt.Max, "responseSd": rt.StdDev(),
		"dnsAverage": dns.Average(), "dnsMin": dns.Min, "dnsMax": dns.Max, "dnsSd": dns.StdDev(),
		"firstByteAverage": fb.Average(), "firstByteMin": fb.Min, "firstByteMax": fb.Max, "firstByteSd": fb.StdDev(),
		"started": s.Started.UnixMilli(), "completed": s.Finished.UnixMilli(),
	}
}

// phaseStats accumulates the DNS and first-byte phases of the responses
// that carry timings, for Newman's summary lines and run.timings.
type phaseStats struct{ dns, firstByte runner.TimingStats }

func (p *phaseStats) add(ex *runner.Exchange) {
	if ex == nil || ex.Response == nil || ex.Response.Timings == nil {
		return
	}
	t := ex.Response.Timings
	if t.DNS > 0 {
		p.dns.Add(t.DNS)
	}
	if t.FirstByte > 0 {
		p.firstByte.Add(t.FirstByte)
	}
}

// headersJSON lists headers as postman-collection's Header.toJSON, with
// Newman's flags for disabled and runner-added (system) headers.
func headersJSON(hs []collection.Header) []any {
	out := make([]any, 0, len(hs))
	for _, h := range hs {
		m := map[string]any{"key": h.Key, "value": h.Value}
		if d := descriptionJSON(h.Description); d != nil {
			m["description"] = d
		}
		if h.Disabled {
			m["disabled"] = true
		}
		if h.System {
			m["system"] = true
		}
		out = append(out, m)
	}
	return out
}

// urlJSON is the sent URL as postman-collection's Url.toJSON after
// Url.parse: its parts as they went out (encoded), and the path variables
// the path still holds (":name" left unfilled), without values.
func urlJSON(raw string) map[string]any {
	u := collection.ParseURL(raw)
	out := map[string]any{"path": u.Path, "host": u.Host, "query": queryJSON(u.Query), "variable": variablesLeft(u.Path)}
	if u.Path == nil {
		out["path"] = []string{}
	}
	addURLParts(out, u)
	return out
}

// queryJSON keeps the query's order and its encoding as sent; a key
// without "=" has a null value.
func queryJSON(params []collection.QueryParam) []any {
	out := make([]any, 0, len(params))
	for _, p := range params {
		entry := map[string]any{"key": p.Key, "value": nil}
		if p.Value != nil {
			entry["value"] = *p.Value
		}
		out = append(out, entry)
	}
	return out
}

func variablesLeft(path []string) []any {
	out := []any{}
	for _, seg := range path {
		if len(seg) > 1 && seg[0] == ':' {
			out = append(out, map[string]any{"type": "any", "key": seg[1:]})
		}
	}
	return out
}

func errorJSON(e *scripts.Error) map[string]any {
	stack := e.Stack
	if stack == "" {
		stack = e.Name + ": " + e.Message
	}
	return map[string]any{"name": e.Name, "message": e.Message, "stack": stack}
}

// failureJSON is a run.failures[] entry. Newman serialises each failure's
// error with serialised-error, which adds an id, the time and the parsed
// stack (and an object-hash checksum pmrun leaves out); pmrun does not
// time failures, so the run's end, at, stands in.
func failureJSON(f runner.Failure, at time.Time) map[string]any {
	err := errorJSON(f.Error)
	err["id"] = collection.NewUUID()
	err["timestamp"] = at.UnixMilli()
	err["stacktrace"] = stackFrames(err["stack"].(string))
	if f.Test != "" {
		err["test"] = f.Test
	}
	if f.Cause != nil {
		for k, v := range runner.NodeErrorFields(f.Cause) {
			err[k] = v
		}
	}
	cursor := cursorJSON(f.Cursor)
	if f.At != "request" {
		// A script's failure names the script and its run.
		cursor["execution"], cursor["scriptId"] = collection.NewUUID(), collection.NewUUID()
	}
	if n, ok := assertionIndex(f.At); ok {
		err["index"] = n
	}
	out := map[string]any{"error": err, "at": f.At, "cursor": cursor}
	if f.Item != nil {
		// Newman's source is the whole item, as Item.toJSON.
		out["source"] = itemJSON(f.Item)
		// The runtime's request event carries the item without its
		// folder, so Newman's request failures name no parent.
		if p := f.Item.Parent; p != nil && f.At != "request" {
			out["parent"] = itemJSON(p)
		}
	}
	return out
}

// assertionIndex is the assertion's index in an "assertion:N in …" at.
func assertionIndex(at string) (int, bool) {
	rest, ok := strings.CutPrefix(at, "assertion:")
	if !ok {
		return 0, false
	}
	num, _, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(num)
	return n, err == nil
}

// addURLParts adds the parts of a URL object that postman-collection writes
// only when present: protocol, port, hash and user info.
func addURLParts(out map[string]any, u collection.URL) {
	if u.Protocol != "" {
		out["protocol"] = u.Protocol
	}
	if u.HasPort {
		out["port"] = u.Port
	}
	if u.HasHash {
		out["hash"] = u.Hash
	}
	if a := u.Auth; a != nil {
		auth := map[string]any{"user": a.User}
		if a.HasPassword {
			auth["password"] = a.Password
		}
		out["auth"] = auth
	}
}
