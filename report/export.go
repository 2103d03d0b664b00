package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// ExportPath is where a report or export goes: the path the user gave, or
// Newman's default "newman/<name>-<timestamp>0<ext>" when none was given.
// A path naming an existing directory gets the default file name inside it,
// as Newman does.
func ExportPath(given, defaultName string, now time.Time) string {
	ext := filepath.Ext(defaultName)
	stamped := strings.TrimSuffix(defaultName, ext) + "-" + timestamp(now) + "0" + ext
	if given == "" {
		return filepath.Join("newman", stamped)
	}
	if st, err := os.Stat(given); err == nil && st.IsDir() {
		return filepath.Join(given, stamped)
	}
	return given
}

var nonDigits = regexp.MustCompile(`[^\d]+`)

// timestamp is Newman's file-name timestamp: the ISO time with every run
// of non-digits turned into "-" (2026-11-26-04-20-37-622-).
func timestamp(t time.Time) string {
	return nonDigits.ReplaceAllString(t.UTC().Format("2006-01-02T15:04:05.000Z"), "-")
}

// CheckExportPath reports, before a run, why a file could not be written
// at path: its directory is missing or is not a directory.
func CheckExportPath(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("directory %q does not exist", dir)
	}
	if !st.IsDir() {
		return fmt.Errorf("%q is not a directory", dir)
	}
	return nil
}

// WriteFile writes a file whole or not at all: write fills a temporary
// file beside path, which is renamed over path only when write and the
// flush succeed. The directory "newman" of Newman's default paths is
// created when missing. A path that is not a regular file (/dev/null,
// /dev/stdout, a named pipe) is written straight to: renaming over it
// would replace the device with a file.
func WriteFile(path string, write func(w io.Writer) error) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return fmt.Errorf("writing %s: it is a directory; give a file path", path)
		}
		return writeInPlace(path, write)
	}
	dir := filepath.Dir(path)
	if dir == "newman" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		// Name the file asked for, not the temporary one beside it.
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("writing %s: %w (is the directory writable?)", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	bw := bufio.NewWriterSize(tmp, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// writeInPlace writes to an existing special file, such as a device.
func writeInPlace(path string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
