package report

import (
	"encoding/json"

	"github.com/pmrun/pmrun/collection"
)

// bodyJSON is a request body as postman-collection's RequestBody.toJSON
// writes it in Newman's report: the mode and that mode's fields.
func bodyJSON(b *collection.Body) map[string]any {
	out := map[string]any{"mode": b.Mode}
	switch b.Mode {
	case "raw":
		out["raw"] = b.Raw
		if b.Language != "" {
			out["options"] = map[string]any{"raw": map[string]any{"language": b.Language}}
		}
	case "urlencoded":
		params := make([]any, 0, len(b.URLEncoded))
		for _, p := range b.URLEncoded {
			m := map[string]any{"key": p.Key, "value": p.Value}
			if p.Disabled {
				m["disabled"] = true
			}
			params = append(params, m)
		}
		out["urlencoded"] = params
	case "formdata":
		params := make([]any, 0, len(b.FormData))
		for _, p := range b.FormData {
			params = append(params, formParamJSON(p))
		}
		out["formdata"] = params
	case "file":
		file := map[string]any{}
		if b.File.Src != "" {
			file["src"] = b.File.Src
		}
		if b.File.Content != "" {
			file["content"] = b.File.Content
		}
		out["file"] = file
	case "graphql":
		out["graphql"] = graphqlJSON(b.GraphQL)
	}
	if b.Disabled {
		out["disabled"] = true
	}
	return out
}

func formParamJSON(p collection.FormParam) map[string]any {
	m := map[string]any{"key": p.Key}
	if p.Type == "file" {
		switch {
		case p.SrcIsList && p.Src == nil:
			m["src"] = []string{}
		case p.SrcIsList:
			m["src"] = p.Src
		case len(p.Src) == 1:
			m["src"] = p.Src[0]
		}
	} else {
		m["value"] = p.Value
	}
	if p.Type != "" {
		m["type"] = p.Type
	}
	if p.ContentType != "" {
		m["contentType"] = p.ContentType
	}
	if p.FileName != "" {
		m["fileName"] = p.FileName
	}
	if p.Disabled {
		m["disabled"] = true
	}
	return m
}

// graphqlJSON keeps variables as the collection gave them: an object
// stays an object, a string a string, none none.
func graphqlJSON(g collection.GraphQL) map[string]any {
	out := map[string]any{"query": g.Query}
	if g.OperationName != "" {
		out["operationName"] = g.OperationName
	}
	switch {
	case g.VariablesObject:
		var v any
		if json.Unmarshal([]byte(g.Variables), &v) == nil {
			out["variables"] = v
		}
	case g.Variables != "":
		out["variables"] = g.Variables
	}
	return out
}
