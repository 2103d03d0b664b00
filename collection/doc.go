// Package collection owns the Postman collection model: parsing v2.0/v2.1
// collections (and converting v1) with gjson, items and folders, requests,
// auth, events, variables and their scopes, {{…}} resolution, dynamic
// variables, environments, globals and iteration data.
//
// It never imports net/http, scripts or runner: it describes what a
// collection asks for, not what happened when it ran.
package collection
