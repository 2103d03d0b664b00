package backbone

import (
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from Backbone 1.6.0 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js backbone testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }
