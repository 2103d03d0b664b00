// Package scripts owns the goja sandbox that runs a collection's pre-request
// and test scripts: the pm.* API, the legacy globals (tests[], responseBody,
// postman.*), require() modules, timers and console.
package scripts
