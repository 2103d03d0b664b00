package collection

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// dynamicVariables generate the values of Postman's {{$name}} variables.
var dynamicVariables = map[string]func() string{
	"$guid":         func() string { return gofakeit.UUID() },
	"$randomUUID":   func() string { return gofakeit.UUID() },
	"$timestamp":    func() string { return strconv.FormatInt(time.Now().Unix(), 10) },
	"$isoTimestamp": func() string { return time.Now().UTC().Format("2006-01-02T15:04:05.000Z") },
	"$randomInt":    func() string { return strconv.Itoa(rand.IntN(1001)) },
}

// DynamicValue generates a fresh value for a dynamic variable such as
// "$guid"; it reports false for names Postman does not know.
func DynamicValue(name string) (string, bool) {
	gen, ok := dynamicVariables[name]
	if !ok {
		return "", false
	}
	return gen(), true
}
