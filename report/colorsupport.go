package report

import (
	"regexp"
	"strconv"
)

var (
	term256   = regexp.MustCompile(`(?i)-256(color)?$`)
	termBasic = regexp.MustCompile(`(?i)^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux`)
	teamCity  = regexp.MustCompile(`^(9\.(0*[1-9]\d*)\.|\d{2,}\.)`)
)

// TableColors reports whether Newman's tables would carry colour codes.
// Its table library decides from the environment alone, not from whether
// stdout is a terminal, so Newman's failure table is coloured in a piped
// run on an xterm and plain under CI; pmrun follows the same rules so
// that its output matches byte for byte. colorFlag says --color was given
// on the command line, which that library reads as "force colours".
func TableColors(lookup func(string) (string, bool), colorFlag bool) bool {
	env := func(k string) string { v, _ := lookup(k); return v }
	has := func(k string) bool { _, ok := lookup(k); return ok }
	force, forced := colorFlag, colorFlag
	if v, ok := lookup("FORCE_COLOR"); ok {
		n, err := strconv.Atoi(v)
		force, forced = v == "" || err != nil || n != 0, true
	}
	if forced && !force {
		return false
	}
	switch {
	case has("CI"):
		for _, k := range []string{"TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"} {
			if has(k) {
				return true
			}
		}
		return env("CI_NAME") == "codeship" || force
	case has("TEAMCITY_VERSION"):
		return teamCity.MatchString(env("TEAMCITY_VERSION"))
	}
	switch env("TERM_PROGRAM") {
	case "iTerm.app", "Hyper", "Apple_Terminal":
		return true
	}
	term := env("TERM")
	if term256.MatchString(term) || termBasic.MatchString(term) || has("COLORTERM") {
		return true
	}
	return force
}
