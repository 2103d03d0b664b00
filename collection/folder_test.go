package collection

import (
	"strings"
	"testing"
)

const folderCollection = `{"info": {"name": "folders"}, "item": [
 {"name": "A", "id": "id-a", "item": [
   {"name": "A1", "request": "http://x/a1"},
   {"name": "Sub", "item": [{"name": "Deep", "request": "http://x/deep"}, {"name": "Shared", "request": "http://x/a-shared"}]}]},
 {"name": "B", "item": [{"name": "Shared", "request": "http://x/b-shared"}, {"name": "A1", "request": "http://x/b-a1"}]},
 {"name": "Shared", "request": "http://x/top-shared"},
 {"name": "Empty", "item": []}]}`

func TestRunOrder(t *testing.T) {
	c, err := ParseCollection([]byte(folderCollection), "f.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		folders []string
		want    string // request URLs' last path segments
		err     string
	}{
		{"all", nil, "a1 deep a-shared b-shared b-a1 top-shared", ""},
		{"empty value runs all", []string{""}, "a1 deep a-shared b-shared b-a1 top-shared", ""},
		{"folder by name", []string{"Sub"}, "deep a-shared", ""},
		{"folder by id", []string{"id-a"}, "a1 deep a-shared", ""},
		{"request by name", []string{"Deep"}, "deep", ""},
		{"shallowest match wins", []string{"Shared"}, "top-shared", ""},
		{"first child's subtree before later children", []string{"A1"}, "a1", ""},
		{"empty folder", []string{"Empty"}, "", ""},
		{"several in collection order", []string{"B", "A"}, "a1 deep a-shared b-shared b-a1", ""},
		{"several, each value matched once depth first", []string{"Shared", "B"}, "a-shared b-shared b-a1", ""},
		{"grandchild of a match runs twice, as in the runtime", []string{"A", "Deep"}, "a1 deep a-shared deep", ""},
		{"unknown", []string{"nope"}, "", `runtime~extractRunnableItems: Unable to find a folder or request: "nope"`},
		{"unknown among several", []string{"A", "nope"}, "", "runtime~extractRunnableItems: Invalid entrypoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := c.RunOrder(tt.folders)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range items {
				got = append(got, it.Request.URL.Path[len(it.Request.URL.Path)-1])
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}
