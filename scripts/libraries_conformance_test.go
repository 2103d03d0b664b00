package scripts_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/fixtures/echo"
)

// TestLibrariesConformance runs fixtures/collections/libraries, whose
// tests carry crypto-js and moment results in their names, under pmrun and
// under Newman (NEWMAN=/path/to/newman) and compares the assertions. Newman
// runs with TZ=UTC: pmrun's local time is UTC by design.
func TestLibrariesConformance(t *testing.T) {
	newman := os.Getenv("NEWMAN")
	if newman == "" {
		t.Skip("set NEWMAN to a newman binary to compare with Newman")
	}
	t.Setenv("TZ", "UTC")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, err := echo.Start(ctx, echo.Options{EchoAddr: "127.0.0.1:0", RawAddr: "127.0.0.1:0", RedirectAddr: "127.0.0.1:0", RawDelay: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	colPath := filepath.Join("..", "fixtures", "collections", "libraries.postman_collection.json")
	vars := map[string]string{"baseUrl": srv.EchoURL}
	want := newmanOutcomes(ctx, t, newman, colPath, vars)
	got := pmrunOutcomes(ctx, t, colPath, vars)
	if len(want) == 0 {
		t.Fatal("Newman reported no assertions")
	}
	t.Logf("%d assertions from Newman, %d from pmrun", len(want), len(got))
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("pmrun and Newman differ\n--- pmrun\n%s\n--- newman\n%s", g, w)
	}
}
