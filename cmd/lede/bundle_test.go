package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
	"github.com/lede-app/lede/ui"
)

// storedQuestions counts the questions stored under the lesson with the
// sample's key in the library at data.
func storedQuestions(t *testing.T, data, key string) int {
	t.Helper()
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pub, err := st.LessonByKey(key)
	if err != nil {
		t.Fatal(err)
	}
	var qs []quiz.Question
	json.Unmarshal([]byte(pub.QuestionsJSON), &qs)
	return len(qs)
}

func importOutput(t *testing.T, out string) bundleReport {
	t.Helper()
	var rep bundleReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("import-bundle's output is not its report: %v\n%s", err, out)
	}
	return rep
}

// TestBundleVerbs: one teacher bundles two lessons, one of them edited
// (a pack of 5 questions); a colleague with nothing imports both, and
// importing again adds nothing; a colleague with their own version of
// one keeps it by default, and is told so, or takes the bundle's with
// --replace. A damaged bundle changes nothing.
func TestBundleVerbs(t *testing.T) {
	t.Setenv(pinEnv, "")
	os.Unsetenv(pinEnv)
	dir := t.TempDir()
	mine, fresh, other := filepath.Join(dir, "mine"), filepath.Join(dir, "fresh"), filepath.Join(dir, "other")
	rail := filepath.Join("..", "..", "testdata", "articles", "senate-rail-bill.txt")
	if code, _, errs := runCLI("pack", "sample", "--count", "5", "-o", filepath.Join(dir, "a.ledelesson"), "--data", mine); code != exitOK {
		t.Fatalf("pack: %s", errs)
	}
	bundle := filepath.Join(dir, "dept.ledebundle")
	if code, out, errs := runCLI("bundle", "sample", rail, "-o", bundle, "--data", mine); code != exitOK || out != "" {
		t.Fatalf("bundle: exit %d, %s %s", code, out, errs)
	}
	sample, err := loadLesson("sample", 0)
	if err != nil {
		t.Fatal(err)
	}

	for i, want := range []store.BundleResult{store.BundleAdded, store.BundleUnchanged} {
		code, out, errs := runCLI("import-bundle", bundle, "--data", fresh)
		if code != exitOK || errs != "" {
			t.Fatalf("import %d: exit %d, %s", i+1, code, errs)
		}
		rep := importOutput(t, out)
		if len(rep.Lessons) != 2 || rep.Count(want) != 2 {
			t.Errorf("import %d: %+v; want 2 lessons %s", i+1, rep, want)
		}
	}
	if n := storedQuestions(t, fresh, sample.Key); n != 5 {
		t.Errorf("the colleague has %d questions of the sample; want the 5 the teacher handed out", n)
	}

	// A colleague who handed out their own version of the sample (3 questions).
	if code, _, errs := runCLI("pack", "sample", "--count", "3", "-o", filepath.Join(dir, "b.ledelesson"), "--data", other); code != exitOK {
		t.Fatalf("pack: %s", errs)
	}
	code, out, errs := runCLI("import-bundle", bundle, "--data", other)
	if code != exitOK || !strings.Contains(errs, "kept your own version") || !strings.Contains(errs, "--replace") {
		t.Errorf("import over an own version: exit %d, stderr %q; want it to say the own version was kept", code, errs)
	}
	if rep := importOutput(t, out); rep.Count(store.BundleKept) != 1 || rep.Count(store.BundleAdded) != 1 {
		t.Errorf("report %+v; want 1 kept, 1 added", rep)
	}
	if n := storedQuestions(t, other, sample.Key); n != 3 {
		t.Errorf("the colleague's own version has %d questions after the import; want their 3", n)
	}
	code, out, _ = runCLI("import-bundle", "--replace", bundle, "--data", other)
	if rep := importOutput(t, out); code != exitOK || rep.Count(store.BundleReplaced) != 1 {
		t.Errorf("--replace: exit %d, %+v", code, rep)
	}
	if n := storedQuestions(t, other, sample.Key); n != 5 {
		t.Errorf("after --replace the sample has %d questions; want the bundle's 5", n)
	}

	// Damaged: cut short. Nothing is imported into an empty library.
	raw, _ := os.ReadFile(bundle)
	damaged := filepath.Join(dir, "damaged.ledebundle")
	os.WriteFile(damaged, raw[:len(raw)/2], 0o644)
	empty := filepath.Join(dir, "empty")
	code, out, errs = runCLI("import-bundle", damaged, "--data", empty)
	if code != exitError || out != "" || !strings.Contains(errs, "not a Lede file") || !strings.Contains(errs, "nothing was imported") {
		t.Errorf("damaged bundle: exit %d, %q %q", code, out, errs)
	}
	if st, err := store.Open(empty); err == nil {
		if lib, _ := st.Library(true); len(lib) != 0 {
			t.Errorf("a damaged bundle added %d lessons", len(lib))
		}
		st.Close()
	}

	// --all bundles the colleague's library, both lessons: back at the
	// teacher's, the sample is theirs already, the rail article (bundled
	// from its file, never stored there) is new.
	all := filepath.Join(dir, "all.ledebundle")
	if code, _, errs := runCLI("bundle", "--all", "-o", all, "--data", fresh); code != exitOK {
		t.Fatalf("bundle --all: %s", errs)
	}
	code, out, _ = runCLI("import-bundle", all, "--data", mine)
	if rep := importOutput(t, out); code != exitOK || len(rep.Lessons) != 2 || rep.Count(store.BundleUnchanged) != 1 || rep.Count(store.BundleAdded) != 1 {
		t.Errorf("the library bundled back to its teacher: %+v; want 1 unchanged, 1 added", rep)
	}
}

func TestBundleVerbFailures(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.ledebundle")
	pack := filepath.Join(dir, "a.ledelesson")
	if code, _, errs := runCLI("pack", "sample", "-o", pack, "--data", dir); code != exitOK {
		t.Fatal(errs)
	}
	cliFailures(t, out, "a failed bundle left a file behind", []cliFailure{
		{"no -o", []string{"bundle", "sample", "--data", dir}, exitUsage, "lede bundle needs"},
		{"no lesson", []string{"bundle", "-o", out, "--data", dir}, exitUsage, "LESSON files or --all"},
		{"no such lesson", []string{"bundle", "missing.txt", "-o", out, "--data", dir}, exitError, "no such file"},
		{"an empty library", []string{"bundle", "--all", "-o", out, "--data", filepath.Join(dir, "new")}, exitError, "no lessons"},
		{"--keep and --replace", []string{"import-bundle", "--keep", "--replace", pack, "--data", dir}, exitUsage, "not both"},
		{"no bundle", []string{"import-bundle", "--data", dir}, exitUsage, "one bundle FILE"},
		{"a missing bundle", []string{"import-bundle", out, "--data", dir}, exitError, "no such file"},
		{"a pack, not a bundle", []string{"import-bundle", pack, "--data", dir}, exitError, "single lesson pack"},
	})
}

// TestImportBundleAsksForThePIN: importing changes the teacher's lessons,
// so with a PIN set it is asked for, as in the window.
func TestImportBundleAsksForThePIN(t *testing.T) {
	bundle, data := sampleBundleForPIN(t, "b.ledebundle")
	t.Setenv(pinEnv, "")
	os.Unsetenv(pinEnv)
	if code, _, errs := runCLI("import-bundle", bundle, "--data", data); code != exitError || !strings.Contains(errs, "LEDE_PIN") {
		t.Errorf("without a PIN: exit %d, %s", code, errs)
	}
	t.Setenv(pinEnv, "4821")
	if code, _, errs := runCLI("import-bundle", bundle, "--data", data); code != exitOK {
		t.Errorf("with the PIN: exit %d, %s", code, errs)
	}
}

// TestBundleAtLaunch: `lede dept.ledebundle` (a bundle opened from the
// file manager) opens the window on the sample and offers to import the
// bundle, behind the teacher's PIN, instead of calling it a bad lesson.
func TestBundleAtLaunch(t *testing.T) {
	test.NewTempApp(t)
	bundle, data := sampleBundleForPIN(t, "dept.ledebundle")
	w := test.NewTempWindow(t, nil)
	if err := openLesson(w, data, windowFlags{file: bundle}); err != nil {
		t.Fatalf("a bundle at launch: %v", err)
	}
	if w.MainMenu() == nil || !strings.Contains(w.Title(), "Trump") {
		t.Errorf("the window is %q; want the sample lesson", w.Title())
	}
	pin := false
	for _, o := range w.Canvas().Overlays().List() {
		walkObjects(o, func(obj fyne.CanvasObject) {
			switch e := obj.(type) {
			case *widget.Entry:
				pin = pin || e.Password
			case *ui.DialogEntry: // Lede's dialog fields, which Escape closes
				pin = pin || e.Password
			}
		})
	}
	if !pin {
		t.Error("the bundle did not ask for the teacher's PIN to import it")
	}
}

// walkObjects visits o and everything inside it.
func walkObjects(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkObjects(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkObjects(c, visit)
		}
	}
}

// sampleBundleForPIN writes the sample as a bundle named name, and a
// teacher's data folder whose PIN is 4821 to import it into.
func sampleBundleForPIN(t *testing.T, name string) (bundle, data string) {
	t.Helper()
	dir := t.TempDir()
	bundle = filepath.Join(dir, name)
	if code, _, errs := runCLI("bundle", "sample", "-o", bundle, "--data", dir); code != exitOK {
		t.Fatal(errs)
	}
	data = filepath.Join(dir, "teacher")
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	st.SetTeacherPIN("4821")
	st.Close()
	return bundle, data
}
