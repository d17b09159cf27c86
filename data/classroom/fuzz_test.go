package classroom

import (
	"bytes"
	"testing"
)

// FuzzReadArchives feeds arbitrary bytes to the pack, results and bundle
// readers (seeds: a real pack and results file, and their mutations):
// they must return a file or one of the package's errors, never panic.
func FuzzReadArchives(f *testing.F) {
	var pack, results bytes.Buffer
	WritePack(&pack, samplePack())
	WriteResults(&results, Results{LessonKey: "k", Student: "Ada", Attempts: []Attempt{{UUID: "u", QuestionID: "q"}}})
	f.Add(pack.Bytes())
	f.Add(results.Bytes())
	f.Fuzz(func(t *testing.T, raw []byte) {
		if p, err := ReadPack(raw); err == nil && (p.Key == "" || len(p.Questions) == 0) {
			t.Fatalf("a pack without key or questions was accepted: %+v", p)
		}
		if r, err := ReadResults(raw); err == nil && (r.LessonKey == "" || r.Student == "") {
			t.Fatalf("results without lesson or student were accepted: %+v", r)
		}
		if ls, err := ReadBundle(raw); err == nil && len(ls) == 0 {
			t.Fatalf("a bundle without lessons was accepted")
		}
	})
}

// FuzzReadRoster: any bytes give names or an error; names are never
// blank and never repeat.
func FuzzReadRoster(f *testing.F) {
	f.Add([]byte("Name,Class\nAda,7B\nBob,7B\n"))
	f.Add([]byte("\xef\xbb\xbfFirst name;Last name\nZo\xc3\xab;\xc3\x85ngstr\xc3\xb6m\n"))
	f.Add([]byte("Jos\xe9\tMar\xeda\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		names, err := ReadRoster(raw)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, n := range names {
			if n == "" || seen[n] {
				t.Fatalf("names %q", names)
			}
			seen[n] = true
		}
	})
}
