package runner

import (
	"encoding/base64"

	"github.com/pmrun/pmrun/collection"
)

// authBodyEmpty is RequestBody#isEmpty, which handlers check before
// hashing a body: disabled members of a list count.
func authBodyEmpty(req *collection.Request) bool {
	b := req.Body
	if b == nil {
		return true
	}
	switch b.Mode {
	case "raw":
		return b.Raw == ""
	case "urlencoded":
		return len(b.URLEncoded) == 0
	case "formdata":
		return len(b.FormData) == 0
	case "file":
		return b.File.Src == "" && b.File.Content == ""
	case "graphql":
		return false
	}
	return true
}

// authBodyBytes is the body handlers hash: the bytes of a raw (comments
// stripped as before sending), urlencoded, graphql or file body, nothing
// for an empty one. ok is false where the runtime hashes nothing: a
// form-data body or an unreadable file.
func authBodyBytes(req *collection.Request, sr signing) ([]byte, bool) {
	if authBodyEmpty(req) {
		return nil, true
	}
	b := req.Body
	switch b.Mode {
	case "raw":
		text := b.Raw
		if req.HasJSONBody() {
			text = collection.StripJSONComments(text)
		}
		return []byte(text), true
	case "urlencoded":
		return []byte(urlencodedBody(b.URLEncoded)), true
	case "graphql":
		return graphqlBody(b.GraphQL), true
	case "file":
		if b.File.Src == "" {
			data, err := base64.StdEncoding.DecodeString(b.File.Content)
			if err != nil {
				return nil, false
			}
			return data, true
		}
		data, err := sr.files.read(b.File.Src)
		return data, err == nil
	}
	return nil, false
}
