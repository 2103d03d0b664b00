package scripts

import (
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

// TestListIterators runs PropertyList's each, filter, find and map over the
// request's headers and its URL's query, which share one implementation.
func TestListIterators(t *testing.T) {
	for _, tt := range []struct{ list, want string }{
		{"pm.request.headers", "each Accept:0,X-A:1,X-B:2 | filter X-A,X-B | find X-A | find none undefined | map accept,x-a,x-b"},
		{"pm.request.url.query", "each a:0,b:1,c:2 | filter b,c | find b | find none undefined | map A,B,C"},
	} {
		t.Run(tt.list, func(t *testing.T) {
			h := newHarness(t, Options{})
			h.req.URL = collection.ParseURL("http://example.test/get?a=1&b=2&c=2")
			src := `
				const l = ` + tt.list + `;
				if (l === pm.request.headers) { l.add({key: 'X-A', value: '2'}); l.add({key: 'X-B', value: '2'}); }
				const seen = [];
				l.each(function (m, i) { seen.push(m.key + ':' + i); });
				const out = ['each ' + seen.join(','),
					'filter ' + l.filter(m => m.value === '2').map(m => m.key).join(','),
					'find ' + l.find(m => m.value === '2').key,
					'find none ' + l.find(() => false),
					'map ' + l.map(m => l === pm.request.headers ? m.key.toLowerCase() : m.key.toUpperCase()).join(',')];
				console.log(out.join(' | '));`
			res := h.run("prerequest", src)
			if res.Error != nil {
				t.Fatal(res.Error)
			}
			got := strings.Join(h.console, "\n")
			want := "log: '" + tt.want + "'"
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}
