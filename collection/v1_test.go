package collection

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestConvertV1MatchesTransformer parses each v1 collection and the v2.1
// JSON that postman-collection-transformer (Newman 6.2.2's) made of it
// (testdata/v1/*.v21.json, written by node), and wants the same model.
func TestConvertV1MatchesTransformer(t *testing.T) {
	for _, name := range []string{"rich", "multi-level-folders"} {
		t.Run(name, func(t *testing.T) {
			v1 := readCollection(t, filepath.Join("testdata", "v1", name+".v1.json"))
			v21 := readCollection(t, filepath.Join("testdata", "v1", name+".v21.json"))
			if !v1.FromV1 || v21.FromV1 {
				t.Fatalf("FromV1 = %v, %v; want true, false", v1.FromV1, v21.FromV1)
			}
			if v1.DeprecationWarning() != V1Deprecation || v21.DeprecationWarning() != "" {
				t.Errorf("DeprecationWarning wrong")
			}
			v1.FromV1 = false
			if !reflect.DeepEqual(v1, v21) {
				t.Errorf("converted model differs from the transformer's:\n%s", diffItems(v1.Items, v21.Items, ""))
				if !reflect.DeepEqual(v1.Variables, v21.Variables) || !reflect.DeepEqual(v1.Events, v21.Events) ||
					!reflect.DeepEqual(v1.Auth, v21.Auth) || !reflect.DeepEqual(v1.Info, v21.Info) {
					t.Errorf("collection-level: %+v %+v %+v %+v\nwant %+v %+v %+v %+v", v1.Info, v1.Variables, v1.Events, v1.Auth, v21.Info, v21.Variables, v21.Events, v21.Auth)
				}
			}
		})
	}
}

func readCollection(t *testing.T, path string) *Collection {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseCollection(data, "test.json")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func diffItems(got, want []*Item, indent string) string {
	var b strings.Builder
	if len(got) != len(want) {
		b.WriteString(indent + "item count differs\n")
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		gp, wp := g.Parent, w.Parent
		g.Parent, w.Parent = nil, nil
		gi, wi := g.Items, w.Items
		g.Items, w.Items = nil, nil
		if !reflect.DeepEqual(g, w) {
			b.WriteString(indent + g.Path() + ":\n got  " + dump(g) + "\n want " + dump(w) + "\n")
		}
		g.Parent, w.Parent, g.Items, w.Items = gp, wp, gi, wi
		b.WriteString(diffItems(gi, wi, indent+"  "))
	}
	return b.String()
}
