package runner

import (
	"errors"
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// What the runner hands reporters in Newman's words and forms.

// typeError is an error Node raises as a TypeError (an invalid header
// name or value); its failure is reported under that name.
type typeError struct{ msg string }

func (e *typeError) Error() string { return e.msg }

// errorName is the name Newman gives a request error.
func errorName(err error) string {
	var te *typeError
	if errors.As(err, &te) {
		return "TypeError"
	}
	return "Error"
}

// displayURL is the URL as Newman's cli prints it (Url#toString): not
// encoded, ":name" path segments filled with their non-empty values.
func displayURL(u collection.URL) string {
	if u.Path != nil {
		u.Path = strings.Split(strings.TrimPrefix(pathWithVariables(u), "/"), "/")
	}
	return u.String()
}

// inspectString renders a string as Node's util.inspect does, which is
// how Newman's cli shows console arguments: single quotes, else double,
// else backticks, with the quote and backslash escaped.
func inspectString(s string) string {
	q := "'"
	if strings.Contains(s, "'") {
		switch {
		case !strings.Contains(s, `"`):
			q = `"`
		case !strings.Contains(s, "`") && !strings.Contains(s, "${"):
			q = "`"
		}
	}
	r := strings.NewReplacer(`\`, `\\`, q, `\`+q, "\n", `\n`, "\t", `\t`, "\r", `\r`)
	return q + r.Replace(s) + q
}
