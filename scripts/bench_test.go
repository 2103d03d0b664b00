package scripts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

func benchExec(h *harness, src string) *Execution {
	return &Execution{Event: "test", Script: collection.Script{Exec: src}, Request: h.req, Response: h.resp,
		Vars: h.vars, Item: &collection.Item{Name: "r1"}, IterationCount: 1}
}

// BenchmarkSeedTestScript is the common test script: one pm.test with one
// pm.expect on the status code.
func BenchmarkSeedTestScript(b *testing.B) {
	h := newHarness(&testing.T{}, Options{})
	exec := benchExec(h, `pm.test("Status code is 200", function () { pm.expect(pm.response.code).to.eql(200); });`)
	if res := h.sb.Run(exec); len(res.Assertions) != 1 || !res.Assertions[0].Passed {
		b.Fatalf("seed script: %+v", res)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.sb.Run(exec)
	}
}

// oneMegabyteJSON is an array of objects, about 1 MB of JSON text.
func oneMegabyteJSON() []byte {
	var sb strings.Builder
	sb.WriteString("[")
	for i := 0; sb.Len() < 1<<20; i++ {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, `{"id":%d,"name":"item %d","price":%d.5,"tags":["a","b","c"],"active":true,"owner":{"id":%d,"email":"u%d@example.test"}}`, i, i, i, i%97, i)
	}
	sb.WriteString("]")
	return []byte(sb.String())
}

// BenchmarkResponseJSON1MB compares pm.response.json() (gjson straight to
// JavaScript values) with goja's own JSON.parse of the same body.
func BenchmarkResponseJSON1MB(b *testing.B) {
	body := oneMegabyteJSON()
	for _, bench := range []struct{ name, src string }{
		{"pm.response.json", `pm.response.json()`},
		{"JSON.parse", `JSON.parse(responseBody)`},
	} {
		b.Run(bench.name, func(b *testing.B) {
			h := newHarness(&testing.T{}, Options{})
			h.resp.Body = body
			exec := benchExec(h, bench.src)
			if res := h.sb.Run(exec); res.Error != nil {
				b.Fatal(res.Error)
			}
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				// A fresh Response per run, so that json() parses anew.
				exec.Response = &Response{Code: 200, Status: "OK", Body: body}
				if res := h.sb.Run(exec); res.Error != nil {
					b.Fatal(res.Error)
				}
			}
		})
	}
}
