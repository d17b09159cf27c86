package lesson

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/quiz"
)

// TestReadThenCompleteIsOpen: the window reads a lesson first and
// completes it after its first screen (issue 16, start-up); the lesson
// it ends with must be the one Open makes, for articles and packs alike,
// and Read must refuse what Open refuses.
func TestReadThenCompleteIsOpen(t *testing.T) {
	files := map[string][]byte{"sample": assets.SampleLesson}
	paths, _ := filepath.Glob("../../testdata/articles/*")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = raw
	}
	l, err := Build(files["teen-sleep-study.md"], 4)
	if err != nil {
		t.Fatal(err)
	}
	var pack, results, badPack bytes.Buffer
	classroom.WritePack(&pack, l.Pack(classroom.Settings{Attempts: 2, HideScore: true}, time.Unix(0, 0)))
	files["pack"] = pack.Bytes()
	classroom.WriteResults(&results, classroom.Results{LessonKey: "k", Student: "Ada"})
	files["results"] = results.Bytes()
	p := l.Pack(classroom.Settings{}, time.Unix(0, 0))
	p.Questions[1] = quiz.Question{ID: "qbad", Kind: quiz.YesNo, Prompt: "Did the ferry sail?", Sentence: 0}
	classroom.WritePack(&badPack, p)
	files["pack with a keyless question"] = badPack.Bytes()
	files["empty"] = nil

	for name, raw := range files {
		for _, n := range []int{0, 3} {
			want, werr := Open(raw, n)
			read, rerr := Read(raw)
			if (werr == nil) != (rerr == nil) || (werr != nil && werr.Error() != rerr.Error()) {
				t.Errorf("%s: Open's error %v, Read's %v", name, werr, rerr)
				continue
			}
			if werr != nil {
				continue
			}
			if read.Completed() || (!read.Published && len(read.Questions) > 0) {
				t.Errorf("%s: Read did the second stage's work (facts %v, %d questions)", name, read.Analysis != nil, len(read.Questions))
			}
			got := read.Complete(n)
			if !got.Completed() || !want.Completed() {
				t.Errorf("%s: Completed() is false after Complete or Open", name)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %d questions: Read then Complete made a different lesson from Open's", name, n)
			}
			if read.Analysis != nil || (!read.Published && read.Questions != nil) {
				t.Errorf("%s: Complete changed the lesson it completed", name)
			}
		}
	}
	if _, err := Read(files["results"]); !errors.Is(err, ErrResultsFile) {
		t.Errorf("Read of a results file: %v; want ErrResultsFile", err)
	}
	if _, err := Read(files["pack with a keyless question"]); !errors.Is(err, ErrPackMismatch) {
		t.Errorf("Read of a pack with a keyless question: %v; want ErrPackMismatch", err)
	}
}

// TestWordFileSaysHowToSaveIt: a real zipped Word or OpenDocument file
// opened as a lesson is told apart from a damaged lesson pack — the
// teacher reads how to save the article as text, not "This is not a Lede
// file (it may be damaged …)" (issue 11: an independent audit opened a
// .docx, whose folder entries had also made it "a file holding paths
// outside its own folder"). A lesson pack still opens.
func TestWordFileSaysHowToSaveIt(t *testing.T) {
	for name, entries := range map[string][]string{
		"docx": {"[Content_Types].xml", "_rels/", "_rels/.rels", "word/", "word/document.xml"},
		"odt":  {"mimetype", "META-INF/", "META-INF/manifest.xml", "content.xml"},
	} {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for _, e := range entries {
			f, err := w.Create(e)
			if err != nil {
				t.Fatal(err)
			}
			body := "<x/>"
			if e == "mimetype" {
				body = "application/vnd.oasis.opendocument.text"
			}
			if !strings.HasSuffix(e, "/") {
				f.Write([]byte(body))
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(buf.Bytes()); !errors.Is(err, article.ErrZipped) {
			t.Errorf("%s: Read gave %v; want article.ErrZipped", name, err)
		}
	}
	l, err := Open(assets.SampleLesson, 2)
	if err != nil {
		t.Fatal(err)
	}
	var pack bytes.Buffer
	if err := classroom.WritePack(&pack, l.Pack(classroom.Settings{}, time.Unix(0, 0))); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(pack.Bytes()); err != nil {
		t.Errorf("a lesson pack no longer opens: %v", err)
	}
}
