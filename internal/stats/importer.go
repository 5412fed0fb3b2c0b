package stats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Encode is a report's committed JSON form: indented, one trailing newline.
func Encode(r *Report) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// FileName is the name of a month's JSON file in the output directory.
func FileName(period string) string { return period + ".json" }

// Import parses every file and, only if all of them pass, writes one JSON
// file per month into outDir (temporary file, then rename). On any failure
// nothing is written and the error lists every failing file (each an *Error).
func Import(files []string, outDir string, cats *Categories) ([]*Report, error) {
	return ImportWith(files, outDir, cats, Options{})
}

// ImportWith is Import with options.
func ImportWith(files []string, outDir string, cats *Categories, opts Options) ([]*Report, error) {
	var errs []error
	var reports []*Report
	periods := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, &Error{File: f, Reason: "cannot read the file"})
			continue
		}
		r, err := ParseWith(f, data, cats, opts)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if other, dup := periods[r.Period]; dup {
			errs = append(errs, &Error{File: f, Reason: fmt.Sprintf("%s is also the period of %s", r.Period, other)})
			continue
		}
		periods[r.Period] = f
		reports = append(reports, r)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := writeAll(reports, outDir); err != nil {
		return nil, err
	}
	return reports, nil
}

// writeAll writes every report to a temporary file first, so a failure
// leaves the directory as it was; renames come last.
func writeAll(reports []*Report, outDir string) error {
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, r := range reports {
		data, err := Encode(r)
		if err != nil {
			cleanup()
			return err
		}
		f, err := os.CreateTemp(outDir, ".import-"+r.Period+"-*.tmp")
		if err != nil {
			cleanup()
			return err
		}
		temps = append(temps, f.Name())
		_, werr := f.Write(data)
		cerr := f.Close()
		if err := errors.Join(werr, cerr); err != nil {
			cleanup()
			return err
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			cleanup()
			return err
		}
	}
	for i, r := range reports {
		if err := os.Rename(temps[i], filepath.Join(outDir, FileName(r.Period))); err != nil {
			cleanup()
			return err
		}
	}
	return nil
}
