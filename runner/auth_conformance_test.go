package runner

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/fixtures/newmanrun"
)

// TestConformanceAuth runs fixtures/collections/auth with Newman and with
// pmrun against the same recording servers and compares every request on
// the wire byte for byte, then the header list, URL and response each
// runner reports. Nonces and timestamps are given as auth parameters
// wherever the auth type takes them, so signatures compare exactly; only
// what a digest server challenge makes random is masked.
//
// It needs Newman: NEWMAN=/path/to/newman go test ./runner -run ConformanceAuth
func TestConformanceAuth(t *testing.T) {
	newman := newmanrun.Binary(t)
	tap, dir, colPath := startConformance(t, "auth")
	echoURL, _ := url.Parse(tap.EchoURL)
	vars := map[string]string{"echo": tap.EchoURL, "echoHost": echoURL.Host}

	newmanReport := runNewman(t, newman, colPath, dir, vars)
	newmanWire := tap.Take()
	got := runPmrun(t, colPath, vars, HTTPOptions{WorkingDir: dir})
	compareWire(t, newmanWire, tap.Take(), maskChallenge)

	if len(newmanReport) != len(got) {
		t.Fatalf("newman reported %d requests, pmrun %d", len(newmanReport), len(got))
	}
	for i, want := range newmanReport {
		if i+1 < len(newmanReport) && newmanReport[i+1].name == want.name {
			// Newman's report lists an item once per request it sent
			// (a replay, a script's request), each time with the data
			// of the last one.
			continue
		}
		if want.url != got[i].req.URL {
			t.Errorf("request %d (%s): URL %q, newman's %q", i, want.name, got[i].req.URL, want.url)
		}
		if w, h := maskChallenge(want.response), maskChallenge(got[i].response); w != h {
			t.Errorf("request %d (%s): response differs\nnewman:\n%s\npmrun:\n%s", i, want.name, w, h)
		}
		wantHeaders := maskChallenge(strings.Join(want.headers, "\n"))
		gotHeaders := maskChallenge(strings.Join(listHeaders(got[i].req.Headers), "\n"))
		if wantHeaders != gotHeaders {
			t.Errorf("request %d (%s): reported headers differ\nnewman:\n  %s\npmrun:\n  %s", i, want.name, wantHeaders, gotHeaders)
		}
	}
}

// challengeNonce is a nonce the echo server made up for a digest
// challenge, and what the client derives from it.
var challengeNonce = regexp.MustCompile(`((?:^|[ ,])(?:nonce|cnonce|response)=")[^"]*"`)

// hawkChallenge is the server time a Hawk server answers a stale
// timestamp with.
var hawkChallenge = regexp.MustCompile(`ts="\d+", tsm="[^"]*"`)

// hawkMade is what depends on a Hawk header's clock time or random nonce.
var hawkMade = regexp.MustCompile(`((?:ts|nonce|mac)=")[^"]*"`)

// maskChallenge masks the random parts of Hawk and digest headers that answer or
// carry a server challenge (a 32-digit hex nonce).
func maskChallenge(s string) string {
	s = hawkChallenge.ReplaceAllString(s, `ts="<masked>", tsm="<masked>"`)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.Contains(l, "Authorization: Hawk") && !strings.Contains(l, `ts="144888808`) {
			// A Hawk timestamp the runner took from the clock.
			l = hawkMade.ReplaceAllString(l, `$1<masked>"`)
			lines[i] = l
		}
		if regexp.MustCompile(`nonce="[0-9a-f]{32}"`).MatchString(l) {
			lines[i] = challengeNonce.ReplaceAllString(l, `$1<masked>"`)
		}
	}
	return strings.Join(lines, "\n")
}
