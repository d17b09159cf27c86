package ui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/store"
)

// flakyRecorder fails its first save, as a locked database would.
type flakyRecorder struct {
	failures int
	saved    []store.Attempt
}

func (r *flakyRecorder) SaveAttempt(a store.Attempt) error {
	if r.failures > 0 {
		r.failures--
		return store.ErrLocked
	}
	r.saved = append(r.saved, a)
	return nil
}

func (r *flakyRecorder) SaveDraft(int64, int64, string, string) error { return nil }

// TestFailedSaveLosesNothing: when an answer cannot be saved the student
// is told, the answer stays in the field, and checking again stores it
// once, under the same attempt ID.
func TestFailedSaveLosesNothing(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	rec := &flakyRecorder{failures: 1}
	p := NewQuizPanel(l.Questions, rec, 1, 1, store.Progress{Drafts: map[string]string{}})
	var shown []error
	p.OnError = func(err error) { shown = append(shown, err) }
	test.NewTempWindow(t, p.Content)

	test.Type(p.Entry, "yes")
	test.Tap(p.CheckButton)
	if len(shown) != 1 || !errors.Is(shown[0], store.ErrLocked) {
		t.Fatalf("errors shown = %v; want the locked-database error", shown)
	}
	if p.Entry.Text != "yes" || p.Verdict.Text != "" {
		t.Fatalf("after a failed save: entry %q, verdict %q; want the answer kept and no verdict", p.Entry.Text, p.Verdict.Text)
	}
	test.Tap(p.CheckButton)
	if len(rec.saved) != 1 || rec.saved[0].Answer != "yes" {
		t.Fatalf("saved %+v; want the one attempt", rec.saved)
	}
	if p.Verdict.Text == "" {
		t.Error("no verdict after the successful retry")
	}
	test.Type(p.Entry, "!")
	test.Tap(p.CheckButton)
	if len(rec.saved) != 2 || rec.saved[0].UUID == rec.saved[1].UUID {
		t.Errorf("a new attempt reused the previous attempt's ID: %+v", rec.saved)
	}
}

func TestFriendlyMessages(t *testing.T) {
	for _, err := range []error{store.ErrCorrupt, store.ErrReadOnly, store.ErrLocked, store.ErrNewer} {
		if msg := Friendly(err); msg == "" || msg == "Something went wrong: "+err.Error() {
			t.Errorf("no plain message for %v", err)
		}
	}
}
