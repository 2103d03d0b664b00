package report

import (
	"io"
	"path/filepath"
	"testing"
)

// A file that cannot be created is named in the error as asked for, not
// as the temporary file written beside it.
func TestWriteFileErrorNamesThePath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gone", "r.json")
	err := WriteFile(path, func(w io.Writer) error { return nil })
	want := "writing " + path + ": no such file or directory (is the directory writable?)"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}
