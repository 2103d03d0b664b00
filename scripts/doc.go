// Package scripts owns the goja sandbox that runs a collection's pre-request
// and test scripts as postman-sandbox 4.7.1 (Newman 6.2.2) does.
//
// One Sandbox serves a whole run: one runtime on a goja_nodejs event loop,
// with pm, the legacy globals and console built once and reading the
// running script's Execution. Each script is compiled once, runs in its
// own function scope, and ends when its timers, callbacks and pending
// pm.sendRequest calls do, or when its timeout or memory limit stops it.
//
//	sandbox.go      Sandbox, Execution, Result, Run, errors
//	tests.go        pm.test (sync, done-callback, promise), skip, index
//	pm.go           pm itself, pm.info, pm.execution, pm.visualizer
//	chaipostman.go  chai-postman's assertions (pm.response.to…) on scripts/chai
//	schema.go  jsonSchema through the ajv module (Ajv 6)
//	response.go headers.go contentinfo.go httpreasons.go  pm.response
//	request.go url.go body.go  pm.request, changes reaching the request
//	variables.go    pm.environment, globals, collectionVariables, iterationData, variables
//	cookies.go      pm.cookies and the jar, over the runner's CookieJar
//	sendrequest.go  pm.sendRequest over the runner's Sender
//	legacy.go legacyjson.go  tests[], responseBody, postman.*, JSON (liquid-json), xml2Json
//	console.go inspect.go  console.*, arguments rendered as Node's util.inspect
//	timers.go watchdog.go limits.go  timers, timeouts, memory and string limits
//	jsonvalue.go jsonerror.go  JSON bodies to JS values; liquid-json's error messages
//
// require() loads the modules registered in scripts/modules.
package scripts
