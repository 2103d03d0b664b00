package report

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A report sent to a device or a pipe is written into it; renaming a
// temporary file over /dev/null would replace the device with a file.
func TestWriteFileToASpecialFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "report.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	if err := WriteFile(fifo, func(w io.Writer) error {
		_, err := io.WriteString(w, `{"run":{}}`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	st, err := os.Lstat(fifo)
	if err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced: mode %v, err %v", st.Mode(), err)
	}
	if s := <-got; s != `{"run":{}}` {
		t.Errorf("the pipe read %q", s)
	}
}

func TestWriteFileToADirectory(t *testing.T) {
	err := WriteFile(t.TempDir(), func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("err = %v, want a directory error", err)
	}
}

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
