package scripts_test

import (
	"testing"

	"github.com/pmrun/pmrun/fixtures/echo"
)

// TestLodashConformance runs fixtures/collections/lodash, whose
// tests carry results of the legacy _ and require('lodash') in their names,
// under pmrun and under Newman (NEWMAN=/path/to/newman), and compares the
// assertions.
func TestLodashConformance(t *testing.T) {
	compareAssertions(t, "lodash", func(srv *echo.Servers) map[string]string {
		return map[string]string{"baseUrl": srv.EchoURL}
	})
}
