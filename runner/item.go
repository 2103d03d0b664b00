package runner

import (
	"context"
	"fmt"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// runItem runs one request: its pre-request scripts (collection, folders,
// item), the request, then its test scripts in the same order. It returns
// the setNextRequest target, if a script set one.
func (r *Runner) runItem(ctx context.Context, it *collection.Item) *string {
	r.item = it
	defer func() { r.item = nil }()
	r.emit(&Event{Kind: ItemStarted})
	r.summary.Stats.Items.Total++

	req := cloneRequest(it.Request)
	var next *string
	skipped := false
	r.summary.Stats.Prerequests.Total++
	for _, script := range r.scriptsFor(it, "prerequest") {
		if ctx.Err() != nil {
			break // cancelled: the scripts left would only be interrupted
		}
		res := r.runScript(script, "prerequest", req, nil)
		if res.NextRequest != nil {
			next = res.NextRequest
		}
		if res.SkipRequest {
			skipped = true
			break
		}
	}
	if skipped || ctx.Err() != nil {
		// A cancelled run sends nothing more.
		r.emit(&Event{Kind: ItemDone})
		return next
	}

	resolver := r.vars.Resolver(collection.DynamicValue)
	resolved := resolver.ResolveRequest(req)
	// A variable may stand for several parts of the URL ("{{baseUrl}}"
	// holding scheme, host and path), so, as Postman does, the URL is
	// written out, resolved as a string and read again: a value holding
	// "&" or "#" then splits the query as it does in Newman.
	reparsed := collection.ParseURL(resolver.Resolve(req.URL.String()))
	reparsed.Variables = resolved.URL.Variables
	resolved.URL = reparsed
	ex := r.sendAuthorized(ctx, it, resolved)
	// Test scripts see the request as sent: encoded URL, system headers.
	if ex.Request.Headers != nil {
		resolved.Headers = ex.Request.Headers
		sentURL := collection.ParseURL(ex.Request.URL)
		sentURL.Variables = resolved.URL.Variables
		resolved.URL = sentURL
	}
	r.summary.Stats.Requests.Total++
	if ex.Err != nil {
		r.summary.Stats.Requests.Failed++
		r.fail(Failure{Error: &scripts.Error{Name: errorName(ex.Err), Message: ex.Err.Error()}, At: "request", Cause: ex.Err})
	} else {
		r.summary.ResponseTimes.Add(ex.Response.Time)
		r.summary.ReceivedBytes += int64(ex.Response.BodySize())
	}
	r.emit(&Event{Kind: RequestDone, Exchange: ex})

	r.summary.Stats.Tests.Total++
	var resp *scripts.Response
	if ex.Response != nil {
		resp = &scripts.Response{
			Code: ex.Response.Code, Status: ex.Response.Status, Proto: ex.Response.Proto,
			Headers: ex.Response.Headers, Body: ex.Response.Body, ResponseTime: ex.Response.Time,
		}
	}
	if ex.Err == nil && len(ex.Request.Headers) > 0 {
		// Test scripts see the request as sent, system headers included,
		// as in Newman.
		resolved.Headers = ex.Request.Headers
	}
	for _, script := range r.scriptsFor(it, "test") {
		if ctx.Err() != nil {
			break
		}
		res := r.runScript(script, "test", resolved, resp)
		if res.NextRequest != nil {
			next = res.NextRequest
		}
	}
	r.emit(&Event{Kind: ItemDone})
	return next
}

// ownedScript is a script and the name of the collection, folder or item
// it belongs to (pm.execution.location.current).
type ownedScript struct {
	collection.Script
	Owner string
}

// scriptsFor lists the scripts that run for an item at an event, outermost
// first: the collection's, each folder's, then the item's own. An empty
// script counts, as in Newman.
func (r *Runner) scriptsFor(it *collection.Item, listen string) []ownedScript {
	type level struct {
		name   string
		events []collection.Event
	}
	var chain []level
	for p := it; p != nil; p = p.Parent {
		chain = append([]level{{p.Name, p.Events}}, chain...)
	}
	chain = append([]level{{r.col.Info.Name, r.col.Events}}, chain...)
	var out []ownedScript
	for _, l := range chain {
		for _, e := range l.events {
			if e.Listen == listen && !e.Disabled {
				out = append(out, ownedScript{e.Script, l.name})
			}
		}
	}
	return out
}

func (r *Runner) runScript(script ownedScript, event string, req *collection.Request, resp *scripts.Response) *scripts.Result {
	res := r.sandbox.Run(&scripts.Execution{
		Event:          event,
		Script:         script.Script,
		Item:           r.item,
		Request:        req,
		Response:       resp,
		Vars:           r.vars,
		Iteration:      r.cursor.Iteration,
		IterationCount: r.cursor.Iterations,
		CollectionName: r.col.Info.Name,
		EventItemName:  script.Owner,
	})
	at := event + "-script"
	count := &r.summary.Stats.TestScripts
	if event == "prerequest" {
		count = &r.summary.Stats.PrerequestScripts
	}
	count.Total++
	r.summary.Stats.Scripts.Total++
	if res.Error != nil {
		count.Failed++
		r.summary.Stats.Scripts.Failed++
		r.fail(Failure{Error: res.Error, At: at})
	}
	r.emit(&Event{Kind: ScriptDone, Script: &ScriptRun{Event: event, Result: res}})
	return res
}

// assertion accounts for and reports one assertion as its script makes
// it, so that it appears in order with the script's console messages.
func (r *Runner) assertion(a scripts.Assertion) {
	r.summary.Stats.Assertions.Total++
	if a.Error != nil && !a.Skipped {
		r.summary.Stats.Assertions.Failed++
		// Newman says "test-script" whichever script made the assertion.
		r.fail(Failure{Error: a.Error, At: fmt.Sprintf("assertion:%d in test-script", a.Index), Test: a.Name})
	}
	r.emit(&Event{Kind: AssertionDone, Assertion: &a})
}

func (r *Runner) fail(f Failure) {
	f.Item = r.item
	f.Cursor = r.cursor
	r.summary.Failures = append(r.summary.Failures, f)
}

// cloneRequest copies what scripts may change, so that the collection
// stays the same from one iteration to the next.
func cloneRequest(req *collection.Request) *collection.Request {
	c := *req
	c.Headers = append([]collection.Header(nil), req.Headers...)
	c.URL.Query = append([]collection.QueryParam(nil), req.URL.Query...)
	if req.Body != nil {
		b := *req.Body
		c.Body = &b
	}
	return &c
}
