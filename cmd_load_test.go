package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// A collection saved as UTF-16LE loads, and --export-collection writes it
// back as UTF-8 JSON with the run's variables.
func TestUTF16CollectionExports(t *testing.T) {
	const doc = `{"info": {"name": "café"}, "item": []}`
	data := []byte{0xff, 0xfe}
	for _, r := range doc {
		data = append(data, byte(r), byte(r>>8))
	}
	path := filepath.Join(t.TempDir(), "c.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	in, err := loadInputs(context.Background(), path, runFlags{})
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Info     struct{ Name string }
		Variable []any
	}
	if err := json.Unmarshal(exportedCollection(in.collectionSource, nil), &out); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if out.Info.Name != "café" || out.Variable == nil {
		t.Errorf("export = %+v", out)
	}
}
