package stats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// ReportsDir holds the reports as published, inside the content FS.
const ReportsDir = Dir + "/reports"

// CheckAgainstReports imports every report under ReportsDir again, in
// memory, and compares the result with the loaded months: a figure edited
// by hand in a JSON file, a month without its report or a report without
// its month is an error naming the month and the figure. The service runs
// it at start-up, so what it serves is what the reports say.
func CheckAgainstReports(fsys fs.FS, s *Store) error {
	names, err := fs.Glob(fsys, path.Join(ReportsDir, "*.txt"))
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		// A month may have been accepted with figures not recognised; the
		// comparison below then checks that exactly those were marked.
		fresh, err := ParseWith(name, data, s.categories, Options{AcceptUnrecognised: true})
		if err != nil {
			return fmt.Errorf("statistics: the report %s no longer imports: %w", name, err)
		}
		seen[fresh.Period] = true
		loaded, ok := s.Report(fresh.Period)
		if !ok {
			return fmt.Errorf("statistics %s: the report %s has no imported month: run `returninfo import content/%s` and commit %s",
				fresh.Period, name, name, path.Join(Dir, FileName(fresh.Period)))
		}
		if sameJSON(loaded, fresh) {
			continue
		}
		if where, got, want := firstDifference(loaded, fresh); where != "" {
			return fmt.Errorf("statistics %s: %s is %s in content/%s, but the report %s gives %s: the file was edited by hand or is out of date; run `returninfo import content/%s`",
				fresh.Period, where, got, path.Join(Dir, FileName(fresh.Period)), path.Base(name), want, name)
		}
	}
	for _, r := range s.Reports() {
		if !seen[r.Period] {
			return fmt.Errorf("statistics %s: content/%s has no report under content/%s: add the report's text as %s.txt and import it",
				r.Period, path.Join(Dir, FileName(r.Period)), ReportsDir, r.Period)
		}
	}
	return nil
}

func sameJSON(a, b *Report) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// firstDifference finds the first field where loaded differs from fresh:
// its name, and both values as JSON.
func firstDifference(loaded, fresh *Report) (where, got, want string) {
	a, b := generic(loaded), generic(fresh)
	var walk func(p string, x, y any) bool
	walk = func(p string, x, y any) bool {
		switch xv := x.(type) {
		case map[string]any:
			yv, ok := y.(map[string]any)
			if !ok {
				where, got, want = p, show(x), show(y)
				return true
			}
			keys := map[string]bool{}
			for k := range xv {
				keys[k] = true
			}
			for k := range yv {
				keys[k] = true
			}
			sorted := make([]string, 0, len(keys))
			for k := range keys {
				sorted = append(sorted, k)
			}
			sort.Strings(sorted)
			for _, k := range sorted {
				if walk(join(p, k, xv), xv[k], yv[k]) {
					return true
				}
			}
			return false
		case []any:
			yv, ok := y.([]any)
			if !ok || len(xv) != len(yv) {
				where, got, want = p, show(x), show(y)
				return true
			}
			for i := range xv {
				if walk(p+"["+strconv.Itoa(i+1)+rowName(xv[i])+"]", xv[i], yv[i]) {
					return true
				}
			}
			return false
		}
		if show(x) != show(y) {
			where, got, want = p, show(x), show(y)
			return true
		}
		return false
	}
	walk("", a, b)
	return where, got, want
}

// join names a field: its label where it is a narrative figure.
func join(p, key string, _ map[string]any) string {
	name := key
	if l := FigureLabel(key); l != "" && p == "" {
		name = key + " (" + l + ")"
	}
	if p == "" {
		return name
	}
	return p + "." + name
}

// rowName adds a table row's published name to its index.
func rowName(v any) string {
	if m, ok := v.(map[string]any); ok {
		if n, ok := m["published_name"].(string); ok {
			return " " + strconv.Quote(n)
		}
	}
	return ""
}

func generic(r *Report) any {
	data, _ := json.Marshal(r)
	var v any
	_ = json.Unmarshal(data, &v)
	return v
}

func show(v any) string {
	if v == nil {
		return "null"
	}
	data, _ := json.Marshal(v)
	s := string(data)
	if len(s) > 80 {
		s = s[:77] + "…"
	}
	return strings.TrimSpace(s)
}
