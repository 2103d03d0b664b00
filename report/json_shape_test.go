package report

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/fixtures/newmanrun"
	"github.com/pmrun/pmrun/runner"
)

const (
	shapeCollection = "testdata/json-shape.postman_collection.json"
	shapeGolden     = "testdata/json-shape.newman.golden"
)

// newmanOnlyShapes are the parts of Newman's report pmrun does not write,
// each with why. Scripts' _lastExecutionId (postman-sandbox marks each
// script it ran with the run's id) is left out wherever it appears.
var newmanOnlyShapes = map[string]string{
	// The runtime adds the headers it sent to the item's own request.
	"$.run.failures[].source.request.header[].system boolean": "runtime mutates the item",
	// serialised-error decorates each failure with an object-hash MD5 of
	// the error.
	"$.run.failures[].error.checksum string": "serialised-error",
}

// TestJSONShapeMatchesNewman runs testdata/json-shape.postman_collection.json
// against the echo fixture and compares the key structure of pmrun's
// report (every path with the type of its value, array elements merged)
// with Newman's, kept in testdata/json-shape.newman.golden. Refresh the
// golden file from a real Newman 6.2.2 run with
//
//	NEWMAN=/root/.cache/pmrun/newman/node_modules/.bin/newman go test ./report -run JSONShape -update
//
// The golden file holds paths and types only, so no value (id, time,
// port) of Newman's report is committed.
func TestJSONShapeMatchesNewman(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv := newmanrun.StartEcho(ctx, t)
	if *update {
		writeNewmanShape(ctx, t, srv.EchoURL)
	}
	golden, err := os.ReadFile(shapeGolden)
	if err != nil {
		t.Fatalf("%v (run with -update and NEWMAN set to create it)", err)
	}
	want := strings.Split(strings.TrimSpace(string(golden)), "\n")
	got := reportShape(t, pmrunShapeReport(ctx, t, srv.EchoURL))
	for _, line := range want {
		_, known := newmanOnlyShapes[line]
		sandboxMark := strings.HasSuffix(line, ".script._lastExecutionId string")
		if !known && !sandboxMark && !slices.Contains(got, line) && !slices.Contains(got, shapePath(line)+" null") {
			t.Errorf("newman writes %s, pmrun does not", line)
		}
	}
	for _, line := range got {
		if !slices.Contains(want, line) && !nullWhereNewmanHasValue(line, want) {
			t.Errorf("pmrun writes %s, newman does not", line)
		}
	}
}

// writeNewmanShape runs the shape collection under Newman and writes its
// report's shape to the golden file.
func writeNewmanShape(ctx context.Context, t *testing.T, echoURL string) {
	t.Helper()
	newman := newmanrun.Binary(t)
	path := filepath.Join(t.TempDir(), "newman.json")
	cmd := exec.CommandContext(ctx, newman, "run", shapeCollection, "--env-var", "echo="+echoURL,
		"-r", "json", "--reporter-json-export", path)
	out, _ := cmd.CombinedOutput() // exit status 1: the collection fails on purpose
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("newman wrote no report: %v\n%s", err, out)
	}
	if err := os.WriteFile(shapeGolden, []byte(strings.Join(reportShape(t, data), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pmrunShapeReport runs the shape collection through the json reporter
// and returns the report.
func pmrunShapeReport(ctx context.Context, t *testing.T, echoURL string) []byte {
	t.Helper()
	col, err := collection.ReadCollection(shapeCollection)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pmrun.json")
	j, err := NewJSON(Options{"export": path}, Env{Now: time.Now, Collection: col})
	if err != nil {
		t.Fatal(err)
	}
	env := collection.NewScope("", nil)
	env.Set("echo", echoURL)
	runner.New(col, runner.Options{Environment: env, RequestTimeout: 10 * time.Second, Listener: j}).Run(ctx)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// reportShape lists a JSON document's paths with their value types,
// sorted and unique: "$.run.executions[].item.name string".
func reportShape(t *testing.T, data []byte) []string {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	seen := map[string]bool{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			seen[path+" object"] = true
			for k, x := range v {
				walk(path+"."+k, x)
			}
		case []any:
			seen[path+" array"] = true
			for _, x := range v {
				walk(path+"[]", x)
			}
		default:
			seen[fmt.Sprintf("%s %s", path, jsonType(v))] = true
		}
	}
	walk("$", doc)
	lines := make([]string, 0, len(seen))
	for l := range seen {
		lines = append(lines, l)
	}
	slices.Sort(lines)
	return lines
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		return "number"
	}
	return "string"
}

// nullWhereNewmanHasValue reports whether line is a null at a path where
// Newman writes a value. Some fields are filled or null depending on the
// values, such as a stack frame's function name (pmrun's script stacks
// name no functions), so a null at a path matches any type there.
func nullWhereNewmanHasValue(line string, want []string) bool {
	path, ok := strings.CutSuffix(line, " null")
	if !ok {
		return false
	}
	return slices.ContainsFunc(want, func(w string) bool { return strings.HasPrefix(w, path+" ") })
}

// shapePath is a shape line's path, less its type.
func shapePath(line string) string {
	path, _, _ := strings.Cut(line, " ")
	return path
}
