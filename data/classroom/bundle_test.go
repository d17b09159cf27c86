package classroom_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

var published = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

// threeLessons are real lessons, as a teacher's library holds them: the
// sample and two test articles, each with its own settings and tags.
func threeLessons(t *testing.T) []classroom.BundleLesson {
	t.Helper()
	raws := [][]byte{assets.SampleLesson, readFile(t, "../../testdata/articles/harbour-ferry.html"),
		readFile(t, "../../testdata/articles/senate-rail-bill.txt")}
	settings := []classroom.Settings{{Attempts: 2}, {Attempts: 1, Reveal: classroom.RevealNever, Counts: "first"},
		{Attempts: 0, Reveal: classroom.RevealAfterHandIn, HideScore: true, Counts: "last"}}
	tags := []string{"year 8  elections", "", "civics"}
	var out []classroom.BundleLesson
	for i, raw := range raws {
		l, err := lesson.Build(raw, 0)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, classroom.BundleLesson{Pack: l.Pack(settings[i], published), Tags: tags[i], Site: l.Article.Site})
	}
	return out
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// rezip copies a zip, changing entries' bodies with edit (checksums left
// as they were): the package's own rezip, names kept.
func rezip(t *testing.T, raw []byte, edit func(name string, body []byte) []byte) []byte {
	return classroom.RezipForTest(t, raw, func(n string, b []byte) (string, []byte) { return n, edit(n, b) })
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func bundleOf(t *testing.T, lessons []classroom.BundleLesson) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := classroom.WriteBundle(&buf, lessons); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func packOf(t *testing.T, p classroom.Pack) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := classroom.WritePack(&buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// handMade writes a bundle as Lede would not: its list and entries as
// given, with checksums that hold, so that only what is wrong inside is.
func handMade(t *testing.T, version int, index any, entries map[string][]byte) []byte {
	t.Helper()
	all := map[string][]byte{}
	for n, b := range entries {
		all[n] = b
	}
	if index != nil {
		all["bundle.json"], _ = json.Marshal(index)
	}
	var buf bytes.Buffer
	if err := classroom.WriteArchiveForTest(&buf, "lede-lesson-bundle", version, all); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type entry struct {
	File  string `json:"file"`
	Key   string `json:"key"`
	Title string `json:"title"`
}

// oneLessonBundle is a hand-made bundle of one pack p, listed as p says.
func oneLessonBundle(t *testing.T, version int, p classroom.Pack, pack []byte) []byte {
	t.Helper()
	name := "lessons/001-x.ledelesson"
	return handMade(t, version, map[string][]entry{"lessons": {{name, p.Key, p.Title}}}, map[string][]byte{name: pack})
}

func TestBundleRoundTrip(t *testing.T) {
	lessons := threeLessons(t)
	raw := bundleOf(t, lessons)
	if !bytes.Equal(raw, bundleOf(t, lessons)) {
		t.Error("the same lessons made two different bundles; a bundle must be a function of its lessons")
	}
	got, err := classroom.ReadBundle(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(lessons) {
		t.Fatalf("read %d lessons; want %d", len(got), len(lessons))
	}
	for i, want := range lessons {
		g := got[i]
		if g.Key != want.Key || g.Title != want.Title || g.Article != want.Article || g.Settings != want.Settings ||
			!g.Published.Equal(want.Published) || g.Site != want.Site {
			t.Errorf("lesson %d: read %q %q %+v site %q; want %q %q %+v site %q", i+1,
				g.Key, g.Title, g.Settings, g.Site, want.Key, want.Title, want.Settings, want.Site)
		}
		// As a file holds them: the generator's own bookkeeping is not kept.
		if gj, wj := asJSON(g.Questions), asJSON(want.Questions); gj != wj {
			t.Errorf("lesson %d: the questions changed on the way:\n%s\nwant\n%s", i+1, gj, wj)
		}
		if wantTags := strings.Join(strings.Fields(want.Tags), " "); g.Tags != wantTags {
			t.Errorf("lesson %d: tags %q; want %q", i+1, g.Tags, wantTags)
		}
	}
	// Each entry under lessons/ is a lesson pack a student can open.
	zr, _ := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	packs := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "lessons/") {
			rc, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			rc.Close()
			if _, err := lesson.Open(b.Bytes(), 0); err != nil {
				t.Errorf("%s does not open as a lesson pack: %v", f.Name, err)
			}
			packs++
		}
	}
	if packs != len(lessons) {
		t.Errorf("%d packs in the bundle; want %d", packs, len(lessons))
	}
}

// TestKeyOf: a bundle checks each lesson's key the way data/lesson makes it.
func TestKeyOf(t *testing.T) {
	for _, l := range threeLessons(t) {
		if got := classroom.KeyOf(l.Article); got != l.Key {
			t.Errorf("KeyOf(%q) = %s; lesson.Build made %s", l.Title, got, l.Key)
		}
	}
}

func TestWriteBundleRefuses(t *testing.T) {
	lessons := threeLessons(t)
	var buf bytes.Buffer
	if err := classroom.WriteBundle(&buf, nil); !errors.Is(err, classroom.ErrEmptyBundle) {
		t.Errorf("no lessons: %v; want ErrEmptyBundle", err)
	}
	if err := classroom.WriteBundle(&buf, []classroom.BundleLesson{lessons[0], lessons[1], lessons[0]}); err == nil {
		t.Error("a lesson twice was written")
	}
	noQuestions := lessons[0]
	noQuestions.Questions = nil
	if err := classroom.WriteBundle(&buf, []classroom.BundleLesson{noQuestions}); err == nil {
		t.Error("a lesson without questions was written")
	}
}

// TestBadBundlesAreRefused: a damaged, altered, hostile or newer bundle
// gives one of the package's plain errors, and never some lessons.
func TestBadBundlesAreRefused(t *testing.T) {
	lessons := threeLessons(t)
	good := bundleOf(t, lessons)
	p := lessons[0].Pack
	goodPack := packOf(t, p)
	widened := false // set when the tampering below found a key to alter

	flipped := bytes.Clone(good)
	flipped[len(flipped)/3] ^= 0xff

	var newerPack bytes.Buffer
	body, _ := json.Marshal(p)
	classroom.WriteArchiveForTest(&newerPack, "lede-lesson-pack", 9, map[string][]byte{"lesson.json": body, "article.txt": []byte(p.Article)})

	otherKey := p
	otherKey.Key = lessons[1].Key // passing itself off as another lesson
	outside := p
	outside.Questions = append([]quiz.Question(nil), p.Questions...)
	outside.Questions[0].Evidence.End = len(p.Article) + 100
	oddSettings := p
	oddSettings.Settings.Counts = "median"
	tooManyTries := p
	tooManyTries.Settings.Attempts = 1_000_000

	var results bytes.Buffer
	classroom.WriteResults(&results, classroom.Results{LessonKey: p.Key, Student: "Ada"})

	twice := handMade(t, 1, map[string][]entry{"lessons": {{"lessons/1.ledelesson", p.Key, p.Title}, {"lessons/2.ledelesson", p.Key, p.Title}}},
		map[string][]byte{"lessons/1.ledelesson": goodPack, "lessons/2.ledelesson": goodPack})
	listedTwice := handMade(t, 1, map[string][]entry{"lessons": {{"lessons/1.ledelesson", p.Key, p.Title}, {"lessons/1.ledelesson", p.Key, p.Title}}},
		map[string][]byte{"lessons/1.ledelesson": goodPack, "lessons/2.ledelesson": goodPack})
	unlisted := handMade(t, 1, map[string][]entry{"lessons": {{"lessons/1.ledelesson", p.Key, p.Title}}},
		map[string][]byte{"lessons/1.ledelesson": goodPack, "lessons/2.ledelesson": goodPack})
	wrongTitle := handMade(t, 1, map[string][]entry{"lessons": {{"lessons/1.ledelesson", p.Key, "Another title"}}},
		map[string][]byte{"lessons/1.ledelesson": goodPack})
	traversal := handMade(t, 1, map[string][]entry{"lessons": {{"../1.ledelesson", p.Key, p.Title}}},
		map[string][]byte{"../1.ledelesson": goodPack})
	tooMany := map[string][]byte{}
	for i := range classroom.MaxBundleLessons + 1 {
		tooMany[fmt.Sprintf("lessons/%d.ledelesson", i)] = goodPack
	}
	bomb := handMade(t, 1, nil, map[string][]byte{"lessons/1.ledelesson": make([]byte, classroom.MaxFile+1)})

	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"not a zip", []byte("Council Votes\n\nplain text"), classroom.ErrNotLede},
		{"empty file", nil, classroom.ErrNotLede},
		{"damaged zip: cut short", good[:len(good)/2], classroom.ErrNotLede},
		{"damaged zip: a byte changed", flipped, classroom.ErrNotLede},
		{"newer bundle version", handMade(t, 2, map[string][]entry{"lessons": {{"lessons/1.ledelesson", p.Key, p.Title}}},
			map[string][]byte{"lessons/1.ledelesson": goodPack}), classroom.ErrNewer},
		{"a newer lesson pack inside", oneLessonBundle(t, 1, p, newerPack.Bytes()), classroom.ErrNewer},
		{"a lesson pack, not a bundle", goodPack, classroom.ErrPackNotBundle},
		{"a results file", results.Bytes(), classroom.ErrNotLede},
		{"a pack's answer key altered inside", oneLessonBundle(t, 1, p, rezip(t, goodPack, func(n string, b []byte) []byte {
			// One more accepted answer: a key quietly widened.
			out := bytes.Replace(b, []byte(`"accepted": [`), []byte(`"accepted": ["tampered",`), 1)
			widened = widened || !bytes.Equal(out, b)
			return out
		})), classroom.ErrTampered},
		{"a bundle's pack altered", rezip(t, good, func(n string, b []byte) []byte {
			if strings.HasPrefix(n, "lessons/002") {
				return goodPack
			}
			return b
		}), classroom.ErrTampered},
		{"a lesson whose key is another article's", oneLessonBundle(t, 1, otherKey, packOf(t, otherKey)), classroom.ErrUnusable},
		{"evidence outside the article", oneLessonBundle(t, 1, outside, packOf(t, outside)), quiz.ErrInvalid},
		{"settings no Lede writes", oneLessonBundle(t, 1, oddSettings, packOf(t, oddSettings)), classroom.ErrUnusable},
		{"a million tries", oneLessonBundle(t, 1, tooManyTries, packOf(t, tooManyTries)), classroom.ErrUnusable},
		{"the same lesson twice", twice, classroom.ErrNotLede},
		{"a file listed twice", listedTwice, classroom.ErrNotLede},
		{"a lesson not listed", unlisted, classroom.ErrNotLede},
		{"a list that names another title", wrongTitle, classroom.ErrTampered},
		{"no list", handMade(t, 1, nil, map[string][]byte{"lessons/1.ledelesson": goodPack}), classroom.ErrNotLede},
		{"a path outside the bundle", traversal, classroom.ErrUnsafe},
		{"too many lessons", handMade(t, 1, map[string][]entry{"lessons": {}}, tooMany), classroom.ErrNotLede},
		{"a lesson swelled past a pack's size", bomb, classroom.ErrBundleTooLarge},
		{"too large a file", make([]byte, classroom.MaxBundle+1), classroom.ErrBundleTooLarge},
	}
	if !widened {
		t.Fatal("the pack had no answer key to alter: the tampering case tests nothing")
	}
	for _, tt := range tests {
		got, err := classroom.ReadBundle(tt.raw)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v; want %v", tt.name, err, tt.want)
		}
		if got != nil {
			t.Errorf("%s: %d lessons came out of a refused bundle", tt.name, len(got))
		}
	}
}

// TestBundleErrorNamesTheLesson: a teacher learns which lesson spoiled a
// bundle, after the reason in plain words.
func TestBundleErrorNamesTheLesson(t *testing.T) {
	lessons := threeLessons(t)
	bad := lessons[1]
	bad.Questions = append([]quiz.Question(nil), bad.Questions...)
	bad.Questions[0].Accepted, bad.Questions[0].Answer, bad.Questions[0].Date = nil, "", ""
	var entries []entry
	packs := map[string][]byte{}
	for i, l := range []classroom.Pack{lessons[0].Pack, bad.Pack} {
		name := fmt.Sprintf("lessons/%d.ledelesson", i)
		entries = append(entries, entry{name, l.Key, l.Title})
		packs[name] = packOf(t, l)
	}
	_, err := classroom.ReadBundle(handMade(t, 1, map[string][]entry{"lessons": entries}, packs))
	msg := fmt.Sprint(err)
	if !strings.HasPrefix(msg, classroom.ErrUnusable.Error()) || !strings.Contains(msg, "lesson 2") || !strings.Contains(msg, bad.Title) {
		t.Errorf("the message is %q; want the reason, then lesson 2 and its title", msg)
	}
}
