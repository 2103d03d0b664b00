package collection_test

import (
	"testing"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/fixtures/bench/gen"
)

// BenchmarkParseCollection parses the generated ForgeRock collection of
// 1000 refresh items (plus the login), scripts and all.
func BenchmarkParseCollection(b *testing.B) {
	data, err := gen.Collection(1000, gen.Expect)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		col, err := collection.ParseCollection(data, "gen.json")
		if err != nil {
			b.Fatal(err)
		}
		if len(col.Items) != 1001 {
			b.Fatalf("%d items, want 1001", len(col.Items))
		}
	}
}
