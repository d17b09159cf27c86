package classroom

import (
	"bytes"
	"errors"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
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
		p, err := ReadPack(raw)
		if err == nil && (p.Key == "" || len(p.Questions) == 0) {
			t.Fatalf("a pack without key or questions was accepted: %+v", p)
		}
		plainError(t, "pack", err)
		r, err := ReadResults(raw)
		if err == nil && (r.LessonKey == "" || r.Student == "") {
			t.Fatalf("results without lesson or student were accepted: %+v", r)
		}
		plainError(t, "results", err)
		ls, err := ReadBundle(raw)
		if err == nil && len(ls) == 0 {
			t.Fatalf("a bundle without lessons was accepted")
		}
		plainError(t, "bundle", err)
		for _, l := range ls {
			a, err := article.Read([]byte(l.Article))
			if err != nil {
				t.Fatalf("a bundle's article that cannot be read was accepted: %v", err)
			}
			if err := quiz.ValidateAll(l.Questions, len(a.Source), len(a.Sentences)); err != nil {
				t.Fatalf("a bundle's lesson with an invalid question was accepted: %v", err)
			}
		}
	})
}

// plainError fails unless err is nil or one of the package's errors,
// which say in plain words what is wrong with the file (issue 16's audit:
// a clear error, or a value that passes validation).
func plainError(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, e := range []error{ErrNotLede, ErrNewer, ErrTampered, ErrUnsafe, ErrTooLarge,
		ErrBundleTooLarge, ErrPackNotBundle, ErrUnusable} {
		if errors.Is(err, e) {
			return
		}
	}
	t.Fatalf("%s: %v; want one of the package's plain errors", what, err)
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
