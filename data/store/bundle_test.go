package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

var shared = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

// keepLesson stores l in s as a teacher's library holds it: generated
// questions, or published ones (edited or handed out) with settings.
func keepLesson(t *testing.T, s *Store, l classroom.BundleLesson, publish bool) int64 {
	t.Helper()
	stored, err := s.AddLesson(l.Key, l.Title, l.Article)
	if err != nil {
		t.Fatal(err)
	}
	qs, _ := json.Marshal(l.Questions)
	save := s.SetLessonQuestions
	if publish {
		save = s.PublishLesson
	}
	if err := save(stored.ID, string(qs), len(l.Questions), l.Settings.Attempts); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLessonRules(stored.ID, l.Settings); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTags(stored.ID, l.Tags); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSite(stored.ID, l.Site); err != nil {
		t.Fatal(err)
	}
	return stored.ID
}

// realLessons are three real lessons with settings and tags.
func realLessons(t *testing.T) []classroom.BundleLesson {
	t.Helper()
	ferry, err := os.ReadFile("../../testdata/articles/harbour-ferry.html")
	if err != nil {
		t.Fatal(err)
	}
	rail, err := os.ReadFile("../../testdata/articles/senate-rail-bill.txt")
	if err != nil {
		t.Fatal(err)
	}
	settings := []classroom.Settings{{Attempts: 2}, {Attempts: 1, Reveal: classroom.RevealNever, Counts: "first"},
		{Attempts: 3, Reveal: classroom.RevealAfterHandIn, HideScore: true, Counts: "last"}}
	var out []classroom.BundleLesson
	for i, raw := range [][]byte{assets.SampleLesson, ferry, rail} {
		l, err := lesson.Build(raw, 0)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, classroom.BundleLesson{Pack: l.Pack(settings[i], shared), Tags: []string{"year 8", "", "civics"}[i],
			Site: l.Article.Site})
	}
	return out
}

// asShared is what a colleague's computer stores of a bundle's lessons.
func asShared(t *testing.T, s *Store) []classroom.BundleLesson {
	t.Helper()
	lib, err := s.Library(true)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(lib))
	for i, l := range lib {
		ids[len(lib)-1-i] = l.ID // oldest first, as they were added
	}
	got, err := s.BundleLessons(ids, shared)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestBundleRoundTrip: a teacher's lessons, bundled from one library and
// imported into another, arrive as they were — questions, settings, tags
// and site — and importing the same bundle twice adds nothing.
func TestBundleRoundTrip(t *testing.T) {
	mine, _ := openTemp(t)
	lessons := realLessons(t)
	var ids []int64
	for _, l := range lessons {
		ids = append(ids, keepLesson(t, mine, l, true))
	}
	out, err := mine.BundleLessons(ids, shared)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := classroom.WriteBundle(&buf, out); err != nil {
		t.Fatal(err)
	}
	in, err := classroom.ReadBundle(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}

	theirs, _ := openTemp(t)
	rep, err := theirs.ImportBundle(in, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(BundleAdded) != 3 {
		t.Fatalf("first import: %+v; want 3 added", rep)
	}
	got := asShared(t, theirs)
	if mustJSON(got) != mustJSON(out) {
		t.Errorf("the lessons changed on the way:\n%s\nwant\n%s", mustJSON(got), mustJSON(out))
	}
	for _, l := range got {
		if pub, _ := theirs.LessonByKey(l.Key); !pub.Published {
			t.Errorf("%q was imported as generated questions: a newer Lede would make them again", l.Title)
		}
	}

	again, err := theirs.ImportBundle(in, map[string]bool{lessons[0].Key: true})
	if err != nil {
		t.Fatal(err)
	}
	if again.Count(BundleUnchanged) != 3 {
		t.Errorf("second import: %+v; want all 3 unchanged", again)
	}
	if lib, _ := theirs.Library(true); len(lib) != 3 {
		t.Errorf("the library holds %d lessons after importing twice; want 3", len(lib))
	}
}

// TestImportBundleAgainstTheLibrary: how each lesson of a bundle meets
// the one stored here. A teacher's own version is never replaced unless
// they chose the bundle's.
func TestImportBundleAgainstTheLibrary(t *testing.T) {
	base := realLessons(t)[0]
	edited := base
	edited.Questions = append([]quiz.Question(nil), base.Questions...)
	edited.Questions[0].Prompt = "My own wording of the first question?"
	otherRules := base
	otherRules.Settings.Attempts = 5

	tests := []struct {
		name      string
		stored    *classroom.BundleLesson // nil: not on this computer
		published bool
		deleted   bool
		useTheirs bool
		status    BundleStatus
		result    BundleResult
		want      classroom.BundleLesson // what is stored afterwards
	}{
		{"new lesson", nil, false, false, false, BundleNew, BundleAdded, base},
		{"the same lesson", &base, true, false, false, BundleSame, BundleUnchanged, base},
		{"the same, generated", &base, false, false, false, BundleSame, BundleUnchanged, base},
		{"generated questions give way", &edited, false, false, false, BundleGenerated, BundleUpdated, base},
		{"my edit is kept by default", &edited, true, false, false, BundleConflict, BundleKept, edited},
		{"my edit, theirs chosen", &edited, true, false, true, BundleConflict, BundleReplaced, base},
		{"my settings are kept by default", &otherRules, true, false, false, BundleConflict, BundleKept, otherRules},
		{"a deleted lesson comes back", &base, true, true, false, BundleSame, BundleUnchanged, base},
		{"a deleted edit comes back as mine", &edited, true, true, false, BundleConflict, BundleKept, edited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
			if tt.stored != nil {
				id := keepLesson(t, s, *tt.stored, tt.published)
				if tt.deleted {
					s.SetDeleted(id, true)
				}
			}
			plan, err := s.PlanBundle([]classroom.BundleLesson{base})
			if err != nil || len(plan) != 1 || plan[0].Status != tt.status {
				t.Fatalf("plan %+v, %v; want %s", plan, err, tt.status)
			}
			rep, err := s.ImportBundle([]classroom.BundleLesson{base}, map[string]bool{base.Key: tt.useTheirs})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Lessons) != 1 || rep.Lessons[0].Result != tt.result || rep.Lessons[0].Restored != tt.deleted {
				t.Errorf("report %+v; want %s, restored %v", rep, tt.result, tt.deleted)
			}
			got := asShared(t, s)
			if len(got) != 1 {
				t.Fatalf("the library holds %d lessons; want 1", len(got))
			}
			if mustJSON(got[0].Questions) != mustJSON(tt.want.Questions) || got[0].Settings != tt.want.Settings {
				t.Errorf("stored %+v with first question %q; want %+v with %q", got[0].Settings, got[0].Questions[0].Prompt,
					tt.want.Settings, tt.want.Questions[0].Prompt)
			}
			if got[0].Tags != "year 8" {
				t.Errorf("tags %q; want the bundle's", got[0].Tags)
			}
		})
	}
}

// TestImportBundleIsAllOrNothing: a lesson the store refuses stops the
// whole import; nothing before it was added.
func TestImportBundleIsAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	lessons := realLessons(t)
	broken := lessons[1]
	broken.Questions = nil
	if _, err := s.ImportBundle([]classroom.BundleLesson{lessons[0], broken, lessons[2]}, nil); !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v; want ErrInvalid", err)
	}
	if lib, _ := s.Library(true); len(lib) != 0 {
		t.Errorf("%d lessons were added from a refused bundle", len(lib))
	}
}

// TestImportBundleKeepsAnswers: replacing a lesson's questions with a
// bundle's leaves its students' answers, and the teacher's tags, alone.
func TestImportBundleKeepsAnswers(t *testing.T) {
	s, _ := openTemp(t)
	base := realLessons(t)[0]
	mine := base
	mine.Questions = base.Questions[:2]
	mine.Tags = "my tags"
	id := keepLesson(t, s, mine, true)
	st, _ := s.AddStudent("Ada")
	a := Attempt{UUID: NewAttemptID(), StudentID: st.ID, LessonID: id, QuestionID: mine.Questions[0].ID, Answer: "yes", Verdict: "correct"}
	if err := s.SaveAttempt(a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportBundle([]classroom.BundleLesson{base}, map[string]bool{base.Key: true}); err != nil {
		t.Fatal(err)
	}
	answers, _ := s.LessonAnswers(id)
	if len(answers) != 1 || answers[0].UUID != a.UUID {
		t.Errorf("answers after the import: %+v", answers)
	}
	if got := asShared(t, s)[0]; got.Tags != "my tags" || len(got.Questions) != len(base.Questions) {
		t.Errorf("stored tags %q and %d questions; want mine and the bundle's %d", got.Tags, len(got.Questions), len(base.Questions))
	}
}

func TestBundleLessonsRefusesWhatCannotBeShared(t *testing.T) {
	s, _ := openTemp(t)
	bare, _ := s.AddLesson("k1", "Opened by a student's results only", "text")
	if _, err := s.BundleLessons([]int64{bare.ID}, shared); !errors.Is(err, ErrNotFound) {
		t.Errorf("a lesson with no questions: %v; want ErrNotFound", err)
	}
	id := keepLesson(t, s, realLessons(t)[0], true)
	s.SetDeleted(id, true)
	if _, err := s.BundleLessons([]int64{id}, shared); !errors.Is(err, ErrNotFound) {
		t.Errorf("a deleted lesson: %v; want ErrNotFound", err)
	}
}
