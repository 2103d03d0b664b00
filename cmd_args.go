package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/spf13/pflag"
)

// reporterPrefix starts the nested reporter options Newman passes through
// to reporters (--reporter-cli-no-summary, --reporter-export).
const reporterPrefix = "--reporter-"

// splitReporterArgs removes --reporter-* options (and their values) from
// args, as Newman does before commander sees them, so that cobra does not
// call them unknown.
func splitReporterArgs(args []string) (rest, nested []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, reporterPrefix) {
			rest = append(rest, a)
			continue
		}
		nested = append(nested, a)
		if !strings.Contains(a, "=") && i+1 < len(args) && args[i+1] != "" && !strings.HasPrefix(args[i+1], "-") {
			i++
			nested = append(nested, args[i])
		}
	}
	return rest, nested
}

// reporterOptions parses the nested options as Newman's parseNestedOptions:
// --reporter-<name>-<option> goes to reporter <name> when <name> is one of
// the chosen reporters, anything else is generic and goes to every
// reporter, overriding their own. Option names are camelCased; an option
// without a value is "true".
func reporterOptions(nested, reporters []string) map[string]map[string]string {
	var pairs []string
	for i := 0; i < len(nested); i++ {
		a := nested[i]
		if k, v, ok := strings.Cut(a, "="); ok {
			pairs = append(pairs, k, v)
		} else if i+1 < len(nested) && !strings.HasPrefix(nested[i+1], "-") {
			pairs = append(pairs, a, nested[i+1])
			i++
		} else {
			pairs = append(pairs, a)
		}
	}
	chosen := map[string]bool{}
	out := map[string]map[string]string{}
	for _, r := range reporters {
		chosen[r] = true
		out[r] = map[string]string{}
	}
	generic := map[string]string{}
	for i := 0; i < len(pairs); i++ {
		arg := strings.TrimPrefix(pairs[i], reporterPrefix)
		value := "true"
		if i+1 < len(pairs) && !strings.HasPrefix(pairs[i+1], "-") {
			value = pairs[i+1]
			i++
		}
		name, rest, _ := strings.Cut(arg, "-")
		if chosen[name] && rest != "" {
			out[name][camelCase(rest)] = value
			continue
		}
		generic[camelCase(arg)] = value
	}
	for _, opts := range out {
		for k, v := range generic {
			opts[k] = v
		}
	}
	return out
}

// camelCase is lodash's camelCase for option names: "no-success-assertions"
// becomes "noSuccessAssertions".
func camelCase(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var b strings.Builder
	for i, w := range words {
		w = strings.ToLower(w)
		if i > 0 && w != "" {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// optionalValueFlags take a value only when one follows, as commander's
// "[value]" options do; pflag needs "--flag=value" for those, so
// joinOptionalValues rewrites "--bail failure" as "--bail=failure". A
// following argument joins only when it is a value the flag accepts, so
// that "pmrun run --bail coll.json" keeps coll.json as the collection.
var optionalValueFlags = map[string]func(string) bool{
	"--bail":            isBailModifiers,
	"--delay-request":   isNumber,
	"--timeout":         isNumber,
	"--timeout-request": isNumber,
	"--timeout-script":  isNumber,
}

func joinOptionalValues(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if accepts, ok := optionalValueFlags[a]; ok && i+1 < len(args) && accepts(args[i+1]) {
			out = append(out, a+"="+args[i+1])
			i++
			continue
		}
		if a == "--" {
			return append(out, args[i:]...)
		}
		out = append(out, a)
	}
	return out
}

// extraArgsHint names the arguments after the collection. They are most
// often a value an optional-value flag would not take ("--timeout abc"),
// which then reads as a second collection.
func extraArgsHint(args []string) string {
	quoted := make([]string, len(args)-1)
	for i, a := range args[1:] {
		quoted[i] = strconv.Quote(a)
	}
	return fmt.Sprintf("the collection is %q; not understood: %s (--bail takes failure, folder or requests; --delay-request and the --timeout options take a positive integer)",
		args[0], strings.Join(quoted, ", "))
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

func isBailModifiers(s string) bool {
	for _, m := range strings.Split(s, ",") {
		if m != "folder" && m != "failure" {
			return false
		}
	}
	return true
}

// usageError is a command-line mistake: it prints like Newman's, with an
// optional hint line, and exits 1.
type usageError struct {
	msg, hint string
}

func (e *usageError) Error() string { return e.msg }

// translateFlagError words pflag's errors as commander does.
func translateFlagError(fs *pflag.FlagSet, err error) error {
	var notExist *pflag.NotExistError
	var needValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &notExist):
		option := "--" + notExist.GetSpecifiedName()
		if strings.Contains(notExist.Error(), "shorthand") {
			option = "-" + notExist.GetSpecifiedName()
		}
		return &usageError{msg: fmt.Sprintf("unknown option '%s'", option), hint: "see `pmrun run --help` for the options"}
	case errors.As(err, &needValue):
		return &usageError{msg: fmt.Sprintf("option '%s' argument missing", optionSpec(needValue.GetFlag()))}
	case errors.As(err, &invalid):
		var ue *usageError
		if errors.As(invalid.Unwrap(), &ue) {
			return &usageError{msg: ue.msg, hint: fmt.Sprintf("option '%s' got %q", optionSpec(invalid.GetFlag()), invalid.GetValue())}
		}
		return &usageError{msg: fmt.Sprintf("option '%s' argument '%s' is invalid", optionSpec(invalid.GetFlag()), invalid.GetValue())}
	}
	return &usageError{msg: err.Error()}
}

// optionSpec is an option as Newman declares it: "-e, --environment <path>".
func optionSpec(f *pflag.Flag) string {
	if spec, ok := f.Annotations["spec"]; ok && len(spec) > 0 {
		return spec[0]
	}
	if f.Shorthand != "" {
		return "-" + f.Shorthand + ", --" + f.Name
	}
	return "--" + f.Name
}

// positiveInt is a flag value that, like Newman's util.cast.integer,
// accepts only positive safe integers.
type positiveInt struct{ n *int }

func (p positiveInt) String() string {
	if p.n == nil || *p.n == 0 {
		return ""
	}
	return strconv.Itoa(*p.n)
}

// noValue is what an optional-value flag holds when given bare
// ("--delay-request"); Newman then keeps its default.
const noValue = "(none)"

func (p positiveInt) Set(s string) error {
	if s == noValue {
		return nil
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f <= 0 || f != float64(int64(f)) || f > 1<<53-1 {
		return &usageError{msg: "The value must be a positive integer."}
	}
	*p.n = int(f)
	return nil
}

func (p positiveInt) Type() string { return "n" }

// colorMode is --color: auto, on or off.
type colorMode struct{ v *string }

func (c colorMode) String() string { return *c.v }
func (c colorMode) Type() string   { return "value" }
func (c colorMode) Set(s string) error {
	if s != "auto" && s != "on" && s != "off" {
		return &usageError{msg: fmt.Sprintf("invalid value `%s` for --color. Expected: auto|on|off", s)}
	}
	*c.v = s
	return nil
}

// csvList is a comma-separated flag value (-r cli,json; --bail a,b).
type csvList struct {
	v   *[]string
	set *bool
}

func (c csvList) String() string { return strings.Join(*c.v, ",") }
func (c csvList) Type() string   { return "list" }
func (c csvList) Set(s string) error {
	if s == noValue {
		*c.v = nil
		return nil
	}
	*c.v = strings.Split(s, ",")
	if c.set != nil {
		*c.set = true
	}
	return nil
}
