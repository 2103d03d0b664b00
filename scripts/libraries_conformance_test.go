package scripts_test

import (
	"testing"

	"github.com/pmrun/pmrun/fixtures/echo"
)

// TestLibrariesConformance runs fixtures/collections/libraries, whose
// tests carry crypto-js and moment results in their names, under pmrun and
// under Newman (NEWMAN=/path/to/newman) and compares the assertions. Newman
// runs with TZ=UTC: pmrun's local time is UTC by design.
func TestLibrariesConformance(t *testing.T) {
	t.Setenv("TZ", "UTC")
	compareAssertions(t, "libraries", func(srv *echo.Servers) map[string]string {
		return map[string]string{"baseUrl": srv.EchoURL}
	})
}
