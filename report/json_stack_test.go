package report

import (
	"encoding/json"
	"testing"
)

// TestStackFrames checks the parse against what stack-trace (Newman's
// serialised-error) gives for the same stacks, outputs taken from node.
func TestStackFrames(t *testing.T) {
	tests := []struct{ stack, want string }{
		{"Error: x", `[]`},
		{"AssertionError: expected 1 to equal 2\n   at Object.eval sandbox-script.js:2:1)",
			`[{"columnNumber":1,"fileName":"sandbox-script.js","functionName":"Object.eval","lineNumber":2,"methodName":"eval","native":false,"typeName":"Object"}]`},
		{"Error: connect ECONNREFUSED 127.0.0.1:1\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)",
			`[{"columnNumber":16,"fileName":"node:net","functionName":"TCPConnectWrap.afterConnect [as oncomplete]","lineNumber":1611,"methodName":"afterConnect [as oncomplete]","native":false,"typeName":"TCPConnectWrap"}]`},
		{"Error\n    at Array.map (native)",
			`[{"columnNumber":null,"fileName":null,"functionName":"Array.map","lineNumber":null,"methodName":"map","native":true,"typeName":"Array"}]`},
		{"Error\n    at foo.<anonymous> (x.js:1:2)",
			`[{"columnNumber":2,"fileName":"x.js","functionName":"","lineNumber":1,"methodName":null,"native":false,"typeName":"foo"}]`},
		{"Error\n    at x.js:3:4",
			`[{"columnNumber":4,"fileName":"x.js","functionName":null,"lineNumber":3,"methodName":null,"native":false,"typeName":null}]`},
		{"E\n    ----\n    at a (b:1:2)",
			`[{"columnNumber":null,"fileName":"    ----","functionName":null,"lineNumber":null,"methodName":null,"native":null,"typeName":null},` +
				`{"columnNumber":2,"fileName":"b","functionName":"a","lineNumber":1,"methodName":null,"native":false,"typeName":"Object"}]`},
		{"Error: x\n\tnot a frame", `[]`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(stackFrames(tt.stack))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("stackFrames(%q)\n got %s\nwant %s", tt.stack, got, tt.want)
		}
	}
}
