// Package chai implements, in Go on goja, the BDD `expect` interface of
// chai 4.4.1 as bundled by postman-sandbox (Newman 6.2.2): chain words,
// flags, the core assertions, chai's deep equality, and chai's rendering of
// values in failure messages, so that pm.expect behaves and fails exactly as
// it does under Newman.
//
// An assertion is a goja dynamic object backed by a Go *Assertion; its flags
// live in Go and its chain words and property assertions are resolved in Go
// on each property read, so an expect chain costs a handful of Go calls
// instead of the many JS closures and proxies real chai creates.
package chai
