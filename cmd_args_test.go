package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitReporterArgs(t *testing.T) {
	tests := []struct {
		args         []string
		rest, nested []string
	}{
		{[]string{"run", "c.json", "--reporter-cli-no-summary", "-n", "2"}, []string{"run", "c.json", "-n", "2"}, []string{"--reporter-cli-no-summary"}},
		{[]string{"run", "c.json", "--reporter-json-export", "out.json", "-x"}, []string{"run", "c.json", "-x"}, []string{"--reporter-json-export", "out.json"}},
		{[]string{"run", "--reporter-export=r.json", "c.json"}, []string{"run", "c.json"}, []string{"--reporter-export=r.json"}},
	}
	for _, tt := range tests {
		rest, nested := splitReporterArgs(tt.args)
		if !reflect.DeepEqual(rest, tt.rest) || !reflect.DeepEqual(nested, tt.nested) {
			t.Errorf("splitReporterArgs(%q) = %q, %q; want %q, %q", tt.args, rest, nested, tt.rest, tt.nested)
		}
	}
}

func TestReporterOptions(t *testing.T) {
	nested := []string{"--reporter-cli-no-summary", "--reporter-json-export", "r.json", "--reporter-export=all", "--reporter-junitx-foo", "bar", "--reporter-cli-show-timestamps"}
	got := reporterOptions(nested, []string{"cli", "json"})
	want := map[string]map[string]string{
		// generic options (export, and junitx's since junitx was not chosen) override the reporter's own
		"cli":  {"noSummary": "true", "showTimestamps": "true", "export": "all", "junitxFoo": "bar"},
		"json": {"export": "all", "junitxFoo": "bar"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reporterOptions = %v, want %v", got, want)
	}
}

func TestJoinOptionalValues(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"run", "c.json", "--bail", "failure"}, []string{"run", "c.json", "--bail=failure"}},
		{[]string{"run", "--bail", "c.json"}, []string{"run", "--bail", "c.json"}},
		{[]string{"run", "c.json", "--bail", "folder,failure", "-x"}, []string{"run", "c.json", "--bail=folder,failure", "-x"}},
		{[]string{"run", "c.json", "--delay-request", "50"}, []string{"run", "c.json", "--delay-request=50"}},
		{[]string{"run", "c.json", "--timeout", "--silent"}, []string{"run", "c.json", "--timeout", "--silent"}},
		{[]string{"run", "--", "--bail", "failure"}, []string{"run", "--", "--bail", "failure"}},
	}
	for _, tt := range tests {
		if got := joinOptionalValues(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("joinOptionalValues(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCamelCase(t *testing.T) {
	for in, want := range map[string]string{
		"no-success-assertions": "noSuccessAssertions",
		"export":                "export",
		"html-template":         "htmlTemplate",
	} {
		if got := camelCase(in); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPositiveInt(t *testing.T) {
	var n int
	v := positiveInt{&n}
	for _, bad := range []string{"0", "-1", "abc", "1.5", "9007199254740993"} {
		if err := v.Set(bad); err == nil {
			t.Errorf("Set(%q) accepted", bad)
		}
	}
	if err := v.Set("25"); err != nil || n != 25 {
		t.Errorf("Set(25) = %v, n = %d", err, n)
	}
}

func TestExtraArgsHint(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"c.json", "abc"}, `the collection is "c.json"; not understood: "abc" (`},
		{[]string{"c.json", "x", "y z"}, `the collection is "c.json"; not understood: "x", "y z" (`},
	}
	for _, tt := range tests {
		if got := extraArgsHint(tt.args); !strings.HasPrefix(got, tt.want) {
			t.Errorf("extraArgsHint(%q) = %q, want prefix %q", tt.args, got, tt.want)
		}
	}
}
