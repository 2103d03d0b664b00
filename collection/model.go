package collection

import (
	"slices"
	"strconv"
	"strings"
)

// Collection is a parsed Postman collection: the template of a run, not its
// outcome.
type Collection struct {
	Info      Info
	Items     []*Item
	Events    []Event
	Variables []Variable
	Auth      *Auth
	// ProtocolProfileBehavior holds the collection-level settings that items
	// and folders inherit and may override.
	ProtocolProfileBehavior map[string]any
	// Source names where the collection came from, for error messages.
	Source string
	// FromV1 is set when the file was a v1 collection, converted on load.
	FromV1 bool
}

// DeprecationWarning returns what Newman prints on stderr before running
// the collection (V1Deprecation for a v1 collection), or "".
func (c *Collection) DeprecationWarning() string {
	if c.FromV1 {
		return V1Deprecation
	}
	return ""
}

// Info is the collection's "info" block.
type Info struct {
	ID          string
	Name        string
	Description string
	Schema      string
}

// Item is a folder (Items set, Request nil) or a request.
type Item struct {
	ID          string
	Name        string
	Description string
	Request     *Request
	Responses   []Response
	Items       []*Item
	Events      []Event
	Variables   []Variable
	Auth        *Auth
	// ProtocolProfileBehavior is this item's or folder's own settings;
	// Behavior merges them with the parents'.
	ProtocolProfileBehavior map[string]any
	Parent                  *Item
	// index is the item's place among its parent's items, for Path.
	index int
}

// Path is the item's location in the collection, such as "item[2].item[0]",
// used to point error messages at the JSON. It is worked out on demand:
// stored, the paths of deeply nested folders would take memory quadratic
// in the depth.
func (it *Item) Path() string {
	var parts []string
	for i := it; i != nil; i = i.Parent {
		parts = append(parts, "item["+strconv.Itoa(i.index)+"]")
	}
	slices.Reverse(parts)
	return strings.Join(parts, ".")
}

// IsFolder reports whether the item groups other items.
func (it *Item) IsFolder() bool { return it.Request == nil }

// Request is a request as the collection specifies it, with {{…}} unresolved.
type Request struct {
	Method      string
	URL         URL
	Headers     []Header
	Body        *Body
	Auth        *Auth
	Description string
}

// URL is a request URL in Postman's structured form. Raw keeps the string
// the author wrote; the other fields are what Postman parsed from it.
type URL struct {
	Raw       string
	Protocol  string
	Auth      *URLAuth
	Host      []string
	Port      string
	Path      []string
	Query     []QueryParam
	Hash      string
	Variables []Variable
	// HasPort, HasQuery and HasHash tell an empty part ("host:", "?", "#")
	// from a missing one, since Postman writes the delimiter back.
	HasPort, HasQuery, HasHash bool
}

// URLAuth is the user:password@ part of a URL.
type URLAuth struct {
	User        string
	Password    string
	HasPassword bool
}

// QueryParam is one query parameter; a nil Value means the key had no "=".
type QueryParam struct {
	Key      string
	Value    *string
	Disabled bool
	// Description is for reports, which write it back.
	Description string
}

// Header is one request or response header.
type Header struct {
	Key      string
	Value    string
	Disabled bool
	// System marks a header the runner added (User-Agent, Host, …), which
	// Newman's JSON report flags with "system": true.
	System bool
	// Description is for reports, which write it back; the sent
	// request's headers keep their item header's.
	Description string
}

// Body is a request body in one of Postman's modes.
type Body struct {
	Mode       string // raw, urlencoded, formdata, file, graphql
	Raw        string
	URLEncoded []Param
	FormData   []FormParam
	File       FileRef
	GraphQL    GraphQL
	// Language is options.raw.language (json, xml, text, html, javascript).
	Language string
	Disabled bool
}

// Param is a key/value pair of an urlencoded body.
type Param struct {
	Key      string
	Value    string
	Disabled bool
}

// FormParam is one part of a multipart body: text, or files when Type is "file".
type FormParam struct {
	Key   string
	Value string
	Type  string
	Src   []string
	// SrcIsList is set when src was an array, even of one path.
	SrcIsList   bool
	ContentType string
	FileName    string
	Disabled    bool
}

// FileRef is the source of a "file" body.
type FileRef struct {
	Src     string
	Content string
}

// GraphQL is a graphql body; Variables is the JSON text the author wrote.
type GraphQL struct {
	Query         string
	Variables     string
	OperationName string
	// VariablesObject is set when variables was a JSON object rather than
	// a string; Postman then re-serialises it compactly.
	VariablesObject bool
}

// Auth is a request's auth: a type and its parameters by name.
type Auth struct {
	Type   string
	Params []Variable
}

// Param returns the named auth parameter as a string.
func (a *Auth) Param(key string) string {
	for _, p := range a.Params {
		if p.Key == key {
			return stringify(p.Value)
		}
	}
	return ""
}

// Event is a script bound to a moment: "prerequest" or "test".
type Event struct {
	Listen   string
	Script   Script
	Disabled bool
}

// Script is a script's source, joined from its exec lines.
type Script struct {
	ID   string
	Exec string
}

// Response is a saved example response.
type Response struct {
	ID              string
	Name            string
	OriginalRequest *Request
	Status          string
	Code            int
	Headers         []Header
	Body            string
	// Meta holds the "_"-prefixed members (_postman_previewlanguage…)
	// by their names less the underscores, for reports.
	Meta map[string]any
}
