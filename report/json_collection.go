package report

import (
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// The functions below rebuild the collection as postman-collection's
// toJSON writes it, which is what Newman's report carries in its
// collection section and in each execution's item: requests with their
// URL as an object, bodies, auth, descriptions as {content, type},
// scripts as exec line arrays with ids, saved responses, variables.

// collectionJSON is the whole collection, written once per report.
func collectionJSON(c *collection.Collection) map[string]any {
	if c == nil {
		return nil
	}
	id := collectionID(c)
	info := map[string]any{"_postman_id": id, "name": c.Info.Name, "schema": c.Info.Schema}
	if d := descriptionJSON(c.Info.Description); d != nil {
		info["description"] = d
	}
	out := map[string]any{
		"info":     info,
		"item":     itemsJSON(c.Items),
		"event":    eventsJSON(c.Events),
		"variable": variablesJSON(c.Variables),
	}
	if c.Info.ID != "" {
		// postman-collection keeps the file's own _postman_id under "_".
		out["_"] = map[string]any{"postman_id": id}
	}
	if c.Auth != nil {
		out["auth"] = authJSON(c.Auth)
	}
	if len(c.ProtocolProfileBehavior) > 0 {
		out["protocolProfileBehavior"] = c.ProtocolProfileBehavior
	}
	return out
}

func itemsJSON(list []*collection.Item) []any {
	out := make([]any, 0, len(list))
	for _, it := range list {
		out = append(out, itemJSON(it))
	}
	return out
}

// itemJSON is an item or folder as Item.toJSON / ItemGroup.toJSON. An
// unnamed item has no name, as in Newman's report.
func itemJSON(it *collection.Item) map[string]any {
	out := map[string]any{"id": itemID(it), "event": eventsJSON(it.Events)}
	if it.Name != "" {
		out["name"] = it.Name
	}
	if d := descriptionJSON(it.Description); d != nil {
		out["description"] = d
	}
	if it.IsFolder() {
		out["item"] = itemsJSON(it.Items)
	} else {
		out["request"] = requestJSON(it.Request)
		responses := make([]any, 0, len(it.Responses))
		for _, r := range it.Responses {
			responses = append(responses, savedResponseJSON(r))
		}
		out["response"] = responses
	}
	if it.IsFolder() && len(it.Variables) > 0 {
		// A request item's variables are not part of its toJSON.
		out["variable"] = variablesJSON(it.Variables)
	}
	if it.Auth != nil {
		out["auth"] = authJSON(it.Auth)
	}
	if len(it.ProtocolProfileBehavior) > 0 {
		out["protocolProfileBehavior"] = it.ProtocolProfileBehavior
	}
	return out
}

// requestJSON is a request as the collection defines it, {{…}} unresolved.
func requestJSON(r *collection.Request) map[string]any {
	out := map[string]any{"url": collectionURLJSON(r.URL), "method": r.Method}
	if len(r.Headers) > 0 {
		out["header"] = headersJSON(r.Headers)
	}
	if d := descriptionJSON(r.Description); d != nil {
		out["description"] = d
	}
	if r.Body != nil {
		out["body"] = bodyJSON(r.Body)
	}
	if r.Auth != nil {
		out["auth"] = authJSON(r.Auth)
	}
	return out
}

// collectionURLJSON is Url.toJSON of the URL as written: no raw, the
// parsed parts, disabled query parameters kept and flagged.
func collectionURLJSON(u collection.URL) map[string]any {
	host, path := u.Host, u.Path
	if host == nil {
		host = []string{}
	}
	if path == nil {
		path = []string{}
	}
	query := make([]any, 0, len(u.Query))
	for _, p := range u.Query {
		entry := map[string]any{"key": p.Key, "value": nil}
		if p.Value != nil {
			entry["value"] = *p.Value
		}
		if p.Disabled {
			entry["disabled"] = true
		}
		if d := descriptionJSON(p.Description); d != nil {
			entry["description"] = d
		}
		query = append(query, entry)
	}
	out := map[string]any{"path": path, "host": host, "query": query, "variable": variablesJSON(u.Variables)}
	addURLParts(out, u)
	return out
}

// descriptionJSON is Description.toJSON, or nil for none.
func descriptionJSON(s string) map[string]any {
	if s == "" {
		return nil
	}
	return map[string]any{"content": s, "type": "text/plain"}
}

// eventsJSON lists scripts as Event.toJSON: exec split into lines, and an
// id, generated when the collection gave none, as postman-collection does.
func eventsJSON(events []collection.Event) []any {
	out := make([]any, 0, len(events))
	for _, e := range events {
		id := e.Script.ID
		if id == "" {
			id = collection.NewUUID()
		}
		m := map[string]any{
			"listen": e.Listen,
			"script": map[string]any{"id": id, "type": "text/javascript", "exec": strings.Split(e.Script.Exec, "\n")},
		}
		if e.Disabled {
			m["disabled"] = true
		}
		out = append(out, m)
	}
	return out
}

// variablesJSON lists variables as Variable.toJSON.
func variablesJSON(vars []collection.Variable) []any {
	out := make([]any, 0, len(vars))
	for _, v := range vars {
		m := map[string]any{"type": VariableType(v.Type), "value": v.Value, "key": v.Key}
		if v.Disabled {
			m["disabled"] = true
		}
		out = append(out, m)
	}
	return out
}

// authJSON is RequestAuth.toJSON: the type and its parameters under the
// type's name.
func authJSON(a *collection.Auth) map[string]any {
	params := make([]any, 0, len(a.Params))
	for _, p := range a.Params {
		params = append(params, map[string]any{"type": VariableType(p.Type), "value": p.Value, "key": p.Key})
	}
	return map[string]any{"type": a.Type, a.Type: params}
}

// inheritedAuthJSON is the auth that applies to the item, its own or the
// nearest folder's or the collection's, which the runtime sets on the
// request it sends; nil when none applies. A type of "type" is no auth
// (postman-collection's isValidType).
func inheritedAuthJSON(it *collection.Item, c *collection.Collection) map[string]any {
	valid := func(a *collection.Auth) bool { return a != nil && a.Type != "type" }
	if it == nil {
		return nil
	}
	if it.Request != nil && valid(it.Request.Auth) {
		return authJSON(it.Request.Auth)
	}
	for p := it.Parent; p != nil; p = p.Parent {
		if valid(p.Auth) {
			return authJSON(p.Auth)
		}
	}
	if c != nil && valid(c.Auth) {
		return authJSON(c.Auth)
	}
	return nil
}

// savedResponseJSON is a saved example as Response.toJSON.
func savedResponseJSON(r collection.Response) map[string]any {
	out := map[string]any{"name": r.Name, "status": r.Status, "code": r.Code,
		"header": headersJSON(r.Headers), "body": r.Body, "cookie": []any{}}
	out["id"] = r.ID
	if r.ID == "" {
		out["id"] = collection.NewUUID()
	}
	if r.Meta != nil {
		out["_"] = r.Meta
	}
	if r.OriginalRequest != nil {
		out["originalRequest"] = requestJSON(r.OriginalRequest)
	}
	return out
}
