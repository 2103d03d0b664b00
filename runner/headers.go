package runner

import (
	"strings"

	"github.com/pmrun/pmrun/collection"
)

// systemHeaders are the headers postman-runtime adds, in its order, when
// the request does not set them and protocolProfileBehavior does not
// disable them. Host and Postman-Token are filled per request.
var systemHeaders = []collection.Header{
	{Key: "User-Agent", Value: UserAgent},
	{Key: "Accept", Value: "*/*"},
	{Key: "Cache-Control", Value: "no-cache"},
	{Key: "Postman-Token"},
	{Key: "Host"},
	{Key: "Accept-Encoding", Value: "gzip, deflate, br"},
	{Key: "Connection", Value: "keep-alive"},
}

// systemHeaderNames are systemHeaders' names in lower case.
var systemHeaderNames = func() []string {
	names := make([]string, len(systemHeaders))
	for i, h := range systemHeaders {
		names[i] = strings.ToLower(h.Key)
	}
	return names
}()

// listedHeaders is the request's header list as Newman reports it: the
// request's own headers (disabled ones included), the Content-Type a raw
// or graphql body implies, then the system headers.
func listedHeaders(own []collection.Header, body builtBody, host, token string, disabled map[string]bool) []collection.Header {
	list := make([]collection.Header, len(own), len(own)+1+len(systemHeaders))
	copy(list, own)
	if body.listedType != "" && enabledHeader(list, "content-type") < 0 {
		// Added even when disabled, then switched off, as the runtime does.
		list = append(list, collection.Header{Key: "Content-Type", Value: body.listedType, Disabled: disabled["content-type"], System: true})
	}
	for i, h := range systemHeaders {
		lk := systemHeaderNames[i]
		if disabled[lk] || enabledHeader(list, lk) >= 0 {
			continue
		}
		h.System = true
		switch lk {
		case "host":
			h.Value = host
		case "postman-token":
			h.Value = token
		}
		list = append(list, h)
	}
	return list
}

// enabledHeader returns the index of the last enabled header named key
// (any case), or -1.
func enabledHeader(list []collection.Header, key string) int {
	for i := len(list) - 1; i >= 0; i-- {
		if !list[i].Disabled && strings.EqualFold(list[i].Key, key) {
			return i
		}
	}
	return -1
}

// upsertHeader marks key as the runner's and sets it in place when present (any case), else appends.
func upsertHeader(list []collection.Header, key, value string) []collection.Header {
	for i := range list {
		if strings.EqualFold(list[i].Key, key) {
			list[i].Value = value
			list[i].System = true
			return list
		}
	}
	return append(list, collection.Header{Key: key, Value: value, System: true})
}

// wireHeader is one header name with its values as it goes out.
type wireHeader struct {
	key    string
	values []string
}

// wireHeaders turns the enabled headers into what Node puts on the wire:
// headers with the same exact name become one multi-valued header, and
// names differing only in case collapse into the last one, kept at the
// first one's place.
func wireHeaders(list []collection.Header) []wireHeader {
	// One backing array for the single values, the usual case; a second
	// value copies its header's slice out (cap 1).
	single := make([]string, len(list))
	exact := make([]wireHeader, 0, len(list))
	for n, h := range list {
		if h.Disabled || h.Key == "" {
			continue
		}
		found := false
		for i := range exact {
			if exact[i].key == h.Key {
				exact[i].values = append(exact[i].values, h.Value)
				found = true
				break
			}
		}
		if !found {
			single[n] = h.Value
			exact = append(exact, wireHeader{key: h.Key, values: single[n : n+1 : n+1]})
		}
	}
	// Room for what prepare appends: Content-Length, Content-Type, a
	// Cookie or Authorization.
	out := make([]wireHeader, 0, len(exact)+2)
	for _, h := range exact {
		if i := findWire(out, h.key); i >= 0 {
			out[i] = h
			continue
		}
		out = append(out, h)
	}
	return out
}

func findWire(hs []wireHeader, key string) int {
	for i := range hs {
		if strings.EqualFold(hs[i].key, key) {
			return i
		}
	}
	return -1
}

// setWire replaces key's value in place (keeping the name as written)
// when present and replace is set, or appends it when absent.
func setWire(hs []wireHeader, key, value string, replace bool) []wireHeader {
	if i := findWire(hs, key); i >= 0 {
		if replace {
			hs[i].values = []string{value}
		}
		return hs
	}
	return append(hs, wireHeader{key: key, values: []string{value}})
}

func removeWire(hs []wireHeader, key string) []wireHeader {
	out := hs[:0:0]
	for _, h := range hs {
		if !strings.EqualFold(h.key, key) {
			out = append(out, h)
		}
	}
	return out
}

// sendsEmptyLength reports whether Node writes "Content-Length: 0" for a
// request without a body: every method but those it expects no body for.
func sendsEmptyLength(method string) bool {
	switch strings.ToUpper(method) {
	case "GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT":
		return false
	}
	return true
}
