package xml2js

import (
	"testing"

	"github.com/pmrun/pmrun/scripts/modules/internal/oracle"
)

// TestMatchesNewman runs testdata/cases.js, whose expected results come
// from xml2js 0.4.23 in postman-sandbox 4.7.1 (regenerate with
// node ../internal/oracle/gen.js xml2js testdata/cases.js > oracle_cases_test.go).
func TestMatchesNewman(t *testing.T) { oracle.Run(t, oracleCases) }
