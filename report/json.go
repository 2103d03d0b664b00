package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/runner"
	"github.com/pmrun/pmrun/scripts"
)

// JSON writes Newman's JSON report: collection, environment, globals and
// run {stats, timings, executions, transfers, failures, error}. Newman
// keeps every execution, response body included, in memory until the end;
// JSON streams each execution to a temporary file as its item finishes
// and copies them into the report when the run is over, so memory stays
// flat however long the run.
type JSON struct {
	path    string
	env     Env
	spool   *os.File
	w       *bufio.Writer
	count   int
	cur     *execution
	summary *runner.Summary
	err     error
	phases  phaseStats
	// items caches each item's toJSON form: Newman repeats it in every
	// execution, and it does not change during the run.
	items map[*collection.Item]json.RawMessage
}

// execution is the part of Newman's run.executions[] entry being built
// for the current item.
type execution struct {
	cursor   runner.Cursor
	item     *collection.Item
	itemJSON json.RawMessage
	// auth is the auth the item's request inherits, as authJSON.
	auth     map[string]any
	exchange *runner.Exchange
	// requests counts the item's requests, pm.sendRequest's included:
	// Newman adds the item's execution to the report once for each, every
	// copy showing the last exchange.
	requests   int
	assertions []scripts.Assertion
	scriptErrs map[string][]*scripts.Error // by "testScript", "prerequestScript"
}

// NewJSON returns a json reporter writing to opts["export"] or Newman's
// default newman/newman-run-report-<timestamp>.json.
func NewJSON(opts Options, env Env) (*JSON, error) {
	spool, err := os.CreateTemp("", "pmrun-executions-*.json")
	if err != nil {
		return nil, fmt.Errorf("json reporter: %w", err)
	}
	return &JSON{
		path:  ExportPath(opts["export"], "newman-run-report.json", env.Now()),
		env:   env,
		spool: spool,
		w:     bufio.NewWriterSize(spool, 64<<10),
	}, nil
}

// Event implements runner.Listener.
func (j *JSON) Event(e *runner.Event) {
	switch e.Kind {
	case runner.ItemStarted:
		j.cur = &execution{cursor: e.Cursor, item: e.Item, itemJSON: j.itemJSON(e.Item),
			auth: inheritedAuthJSON(e.Item, j.env.Collection)}
	case runner.RequestDone:
		if j.env.Verbose {
			// Newman measures phases only with --verbose.
			j.phases.add(e.Exchange)
		}
		if j.cur != nil {
			j.cur.exchange = e.Exchange
			j.cur.requests++
		}
	case runner.AssertionDone:
		if j.cur != nil {
			j.cur.assertions = append(j.cur.assertions, *e.Assertion)
		}
	case runner.ScriptDone:
		if j.cur != nil && e.Script.Result.Error != nil {
			if j.cur.scriptErrs == nil {
				j.cur.scriptErrs = map[string][]*scripts.Error{}
			}
			key := e.Script.Event + "Script"
			j.cur.scriptErrs[key] = append(j.cur.scriptErrs[key], e.Script.Result.Error)
		}
	case runner.ItemDone:
		j.flushExecution()
	case runner.RunDone:
		j.flushExecution()
		j.summary = e.Summary
	}
}

// itemJSON returns the item's toJSON form, built on first use.
func (j *JSON) itemJSON(it *collection.Item) json.RawMessage {
	if it == nil {
		return json.RawMessage("null")
	}
	if b, ok := j.items[it]; ok {
		return b
	}
	if j.items == nil {
		j.items = map[*collection.Item]json.RawMessage{}
	}
	b := json.RawMessage(mustJSON(itemJSON(it)))
	j.items[it] = b
	return b
}

// flushExecution appends the current item's execution to the spool file.
// Newman records an execution only for items whose request was sent.
func (j *JSON) flushExecution() {
	cur := j.cur
	j.cur = nil
	if cur == nil || cur.exchange == nil || j.err != nil {
		return
	}
	for i := 0; i < cur.requests && j.err == nil; i++ {
		if j.count > 0 {
			j.w.WriteString(",\n")
		}
		j.count++
		j.err = writeExecution(j.w, cur, j.env.Secrets)
	}
}

// Close writes the report file, whole, and removes the spool.
func (j *JSON) Close() error {
	defer os.Remove(j.spool.Name())
	defer j.spool.Close()
	if j.summary == nil {
		return nil // the run never started: nothing to report
	}
	if j.err == nil {
		j.err = j.w.Flush()
	}
	if j.err != nil {
		return fmt.Errorf("json reporter: %w", j.err)
	}
	return WriteFile(j.path, j.writeReport)
}

func (j *JSON) writeReport(raw io.Writer) error {
	s := j.summary
	// Each section goes out in one write, masked whole; the executions
	// were masked as they were spooled.
	w := j.env.Secrets.Writer(raw)
	fmt.Fprintf(w, "{\n  \"collection\": %s,\n", mustJSON(collectionJSON(j.env.Collection)))
	fmt.Fprintf(w, "  \"environment\": %s,\n", mustJSON(scopeJSON(s.Vars.Environment)))
	fmt.Fprintf(w, "  \"globals\": %s,\n", mustJSON(scopeJSON(s.Vars.Globals)))
	fmt.Fprintf(w, "  \"run\": {\n    \"stats\": %s,\n", mustJSON(statsJSON(s.Stats)))
	fmt.Fprintf(w, "    \"timings\": %s,\n", mustJSON(timingsJSON(s, j.phases)))
	io.WriteString(w, "    \"executions\": [\n")
	if _, err := j.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.Copy(raw, j.spool); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n    ],\n    \"transfers\": {\"responseTotal\": %d},\n", s.ReceivedBytes)
	failures := make([]any, len(s.Failures))
	for i, f := range s.Failures {
		failures[i] = failureJSON(f, s.Finished)
	}
	fmt.Fprintf(w, "    \"failures\": %s,\n", mustJSON(failures))
	var runErr any
	if s.Error != nil {
		runErr = map[string]any{"name": "Error", "message": s.Error.Error()}
	}
	_, err := fmt.Fprintf(w, "    \"error\": %s\n  }\n}\n", mustJSON(runErr))
	return err
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return []byte("null")
	}
	return b
}

// writeExecution writes one run.executions[] entry. The response body goes
// out as Newman's Buffer JSON ({"type":"Buffer","data":[…]}), written
// byte by byte rather than built in memory.
func writeExecution(w *bufio.Writer, ex *execution, secrets *Masker) error {
	b, err := json.Marshal(executionJSON(ex))
	if err != nil {
		return err
	}
	b = secrets.Bytes(b)
	resp := ex.exchange.Response
	if resp == nil {
		_, err = w.Write(b)
		return err
	}
	// Splice the response in before the closing brace.
	w.Write(b[:len(b)-1])
	meta, _ := json.Marshal(responseMetaOut{ID: collection.NewUUID(), Status: resp.Status, Code: resp.Code, Header: headersOut(resp.Headers)})
	meta = secrets.Bytes(meta)
	w.WriteString(`,"response":`)
	w.Write(meta[:len(meta)-1])
	w.WriteString(`,"stream":{"type":"Buffer","data":[`)
	var num []byte
	for i, c := range secrets.Bytes(resp.Body) {
		if i > 0 {
			w.WriteByte(',')
		}
		num = strconv.AppendUint(num[:0], uint64(c), 10)
		w.Write(num)
	}
	fmt.Fprintf(w, `]},"cookie":[],"responseTime":%d,"responseSize":%d}}`, resp.Time.Milliseconds(), len(resp.Body))
	return nil
}
