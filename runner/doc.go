// Package runner executes a collection: iterations, item order and
// setNextRequest, building and sending HTTP requests, cookies, TLS and
// timings. It reports what happens as events for the reporters.
package runner
