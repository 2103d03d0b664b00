package runner

import (
	"reflect"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

func TestListedHeaders(t *testing.T) {
	h := func(k, v string) collection.Header { return collection.Header{Key: k, Value: v} }
	sys := func(k, v string) collection.Header { return collection.Header{Key: k, Value: v, System: true} }
	system := func(except ...string) []collection.Header {
		all := []collection.Header{sys("User-Agent", UserAgent), sys("Accept", "*/*"), sys("Cache-Control", "no-cache"),
			sys("Postman-Token", "tok"), sys("Host", "x:1"), sys("Accept-Encoding", "gzip, deflate, br"), sys("Connection", "keep-alive")}
		var out []collection.Header
	next:
		for _, s := range all {
			for _, e := range except {
				if e == s.Key {
					continue next
				}
			}
			out = append(out, s)
		}
		return out
	}
	tests := []struct {
		name     string
		own      []collection.Header
		body     builtBody
		disabled map[string]bool
		want     []collection.Header
	}{
		{"system headers after the request's", []collection.Header{h("X-A", "1")}, builtBody{}, nil,
			append([]collection.Header{h("X-A", "1")}, system()...)},
		{"overridden in any case", []collection.Header{h("accept", "text/x"), h("user-agent", "me")}, builtBody{}, nil,
			append([]collection.Header{h("accept", "text/x"), h("user-agent", "me")}, system("User-Agent", "Accept")...)},
		{"a disabled header does not override", []collection.Header{{Key: "Accept", Value: "x", Disabled: true}}, builtBody{}, nil,
			append([]collection.Header{{Key: "Accept", Value: "x", Disabled: true}}, system()...)},
		{"body content type listed first", nil, builtBody{listedType: "application/json"}, nil,
			append([]collection.Header{sys("Content-Type", "application/json")}, system()...)},
		{"form content type is not listed", nil, builtBody{wireType: "application/x-www-form-urlencoded"}, nil, system()},
		{"disabled system headers", nil, builtBody{listedType: "text/plain"}, map[string]bool{"content-type": true, "accept": true, "postman-token": true},
			append([]collection.Header{{Key: "Content-Type", Value: "text/plain", Disabled: true, System: true}}, system("Accept", "Postman-Token")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := listedHeaders(tt.own, tt.body, "x:1", "tok", tt.disabled)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestWireHeaders(t *testing.T) {
	h := func(k, v string) collection.Header { return collection.Header{Key: k, Value: v} }
	tests := []struct {
		name string
		list []collection.Header
		want []wireHeader
	}{
		{"same name repeated", []collection.Header{h("X", "1"), h("Y", "y"), h("X", "2")},
			[]wireHeader{{"X", []string{"1", "2"}}, {"Y", []string{"y"}}}},
		{"case variants: the last wins at the first's place", []collection.Header{h("x-a", "1"), h("Y", "y"), h("X-A", "2")},
			[]wireHeader{{"X-A", []string{"2"}}, {"Y", []string{"y"}}}},
		{"disabled and nameless dropped", []collection.Header{{Key: "D", Value: "d", Disabled: true}, h("", "v"), h("K", "")},
			[]wireHeader{{"K", []string{""}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wireHeaders(tt.list); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLatin1(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"ascii", "ascii", true},
		{"café", "caf\xe9", true},
		{"日本", "日本", false},
	}
	for _, tt := range tests {
		got, ok := latin1(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("latin1(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestASCIIHost(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Example.COM", "example.com"},
		{"中文.com", "xn--fiq228c.com"},
		{"Bücher.DE", "xn--bcher-kva.de"},
		{"straße.de", "xn--strae-oqa.de"},
		{"{{host}}", "{{host}}"},
	}
	for _, tt := range tests {
		if got := asciiHost(tt.in); got != tt.want {
			t.Errorf("asciiHost(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
