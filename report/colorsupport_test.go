package report

import "testing"

func TestTableColors(t *testing.T) {
	tests := []struct {
		name      string
		env       map[string]string
		colorFlag bool
		want      bool
	}{
		{"xterm, piped", map[string]string{"TERM": "xterm"}, false, true},
		{"xterm-256color", map[string]string{"TERM": "xterm-256color"}, false, true},
		{"no terminal type", map[string]string{}, false, false},
		{"dumb terminal", map[string]string{"TERM": "dumb"}, false, false},
		{"COLORTERM alone", map[string]string{"COLORTERM": "truecolor"}, false, true},
		{"generic CI turns colours off", map[string]string{"CI": "true", "TERM": "xterm"}, false, false},
		{"GitLab CI keeps them", map[string]string{"CI": "true", "GITLAB_CI": "true"}, false, true},
		{"codeship", map[string]string{"CI": "true", "CI_NAME": "codeship"}, false, true},
		{"--color forces them under CI", map[string]string{"CI": "true"}, true, true},
		{"FORCE_COLOR=0 wins over --color", map[string]string{"FORCE_COLOR": "0", "TERM": "xterm"}, true, false},
		{"FORCE_COLOR=1 without a terminal type", map[string]string{"FORCE_COLOR": "1"}, false, true},
		{"old TeamCity", map[string]string{"TEAMCITY_VERSION": "8.1.0"}, false, false},
		{"TeamCity 10", map[string]string{"TEAMCITY_VERSION": "10.0.1"}, false, true},
		{"Apple Terminal", map[string]string{"TERM_PROGRAM": "Apple_Terminal"}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lookup := func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }
			if got := TableColors(lookup, tt.colorFlag); got != tt.want {
				t.Errorf("TableColors(%v, %v) = %v, want %v", tt.env, tt.colorFlag, got, tt.want)
			}
		})
	}
}
