package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestClassesView(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	st.AddClass("7B", []string{"Ada", "Bob"})
	v := NewClassesView(st)
	test.NewTempWindow(t, v.Content)
	if v.Class.Selected != "7B" || len(v.Students) != 2 {
		t.Fatalf("class %q, %d students", v.Class.Selected, len(v.Students))
	}
	test.Type(v.NewName, "Cleo")
	test.Tap(v.AddButton)
	if len(v.Students) != 3 {
		t.Errorf("after adding: %d students", len(v.Students))
	}
	v.Students[1].Name.SetText("Bob Marley")
	v.Students[1].Name.OnSubmitted("Bob Marley")
	test.Tap(v.Students[0].Remove) // Ada
	names := ""
	for _, s := range v.Students {
		names += s.Student.Name + ";"
	}
	if names != "Bob Marley;Cleo;" {
		t.Errorf("students: %s", names)
	}
	v.ClassName.SetText("8B")
	v.ClassName.OnSubmitted("8B")
	if v.Class.Selected != "8B" {
		t.Errorf("class after renaming: %q", v.Class.Selected)
	}
}

func TestFactsViewListsTrapsFirst(t *testing.T) {
	test.NewTempApp(t)
	l := sampleLesson(t)
	var shown []int
	v := NewFactsView(l, func(s int) { shown = append(shown, s) })
	test.NewTempWindow(t, v.Content)
	if len(v.Items) != len(l.Analysis.Flags)+len(l.Analysis.Facts) || !strings.HasPrefix(v.Items[0].Text, "Trap — ") {
		t.Fatalf("%d items, first %q", len(v.Items), v.Items[0].Text)
	}
	test.Tap(v.Items[0])
	if len(shown) != 1 || shown[0] != l.Analysis.Flags[0].Sentence {
		t.Errorf("clicking the first trap showed %v", shown)
	}
	found := false
	for _, it := range v.Items {
		if strings.HasPrefix(it.Text, "Number — 36,446 full-time employees") {
			found = true
		}
	}
	if !found {
		t.Error("the facts do not list the 36,446 full-time employees")
	}
}

// TestPickerFiltersByClassAndName: a student narrows the list to their
// class and finds their name by typing part of it, typos allowed. Before
// a class was ever chosen on the computer, no class's names are listed
// and the list says to choose the class first: opened on "All
// students", it showed every class's children (issue 11, an independent
// audit). A name typed whole still starts.
func TestPickerFiltersByClassAndName(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	st.AddClass("7B", []string{"Ada Lovelace", "Alan Turing"})
	st.AddClass("8C", []string{"Grace Hopper", "Adele Adkins"})
	m, _ := sampleMain(t, st)
	p := m.Picker
	names := func() string {
		var out []string
		for _, s := range p.students {
			out = append(out, s.Name)
		}
		return strings.Join(out, ", ")
	}
	if !p.Class.Visible() || p.Class.Selected != "" || len(p.students) != 0 || p.listHint.Text != chooseClassFirst {
		t.Fatalf("before a class is chosen: class menu shown %v on %q, %d students listed, %q", p.Class.Visible(), p.Class.Selected, len(p.students), p.listHint.Text)
	}
	var chosen string
	p.OnChosen = func(name string) { chosen = name }
	p.Name.SetText("grace hopper")
	p.choose()
	if chosen != "Grace Hopper" {
		t.Errorf("with no class chosen, typing a whole name chose %q", chosen)
	}
	p.Name.SetText("")
	p.Class.SetSelected("8C")
	if p.listHint.Text != pickYourName {
		t.Errorf("with a class chosen, the list says %q", p.listHint.Text)
	}
	if names() != "Adele Adkins, Grace Hopper" {
		t.Errorf("8C: %s", names())
	}
	p.Class.SetSelected(allClasses)
	test.Type(p.Name, "ada lov")
	if names() != "Ada Lovelace" {
		t.Errorf("typing 'ada lov': %s", names())
	}
}

// TestPickerAvoidsNearDuplicates: a name typed another way is the same
// student; a slip of a letter or two asks "Are you …?" and only an
// explicit no makes a new student; the class chosen last comes back.
func TestPickerAvoidsNearDuplicates(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	st.AddClass("7B", []string{"Ada Lovelace", "Alan Turing"})
	st.AddClass("8C", []string{"Grace Hopper"})
	m, _ := sampleMain(t, st)
	p := m.Picker
	var chosen []string
	p.OnChosen = func(name string) { chosen = append(chosen, name) }
	var asked string
	reply := true
	p.Confirm = func(q string, answer func(bool)) { asked = q; answer(reply) }

	p.Name.SetText("  ada   lovelace. ")
	p.choose()
	p.Name.SetText("Ada Lovelce")
	p.choose()
	if asked != "Are you Ada Lovelace?" {
		t.Errorf("asked %q", asked)
	}
	reply, asked = false, ""
	p.Name.SetText("Alan Turning")
	p.choose()
	p.Name.SetText("Zoe Quinn")
	p.choose()
	want := "Ada Lovelace|Ada Lovelace|Alan Turning|Zoe Quinn"
	if got := strings.Join(chosen, "|"); got != want {
		t.Errorf("chosen %q; want %q", got, want)
	}
	if asked != "Are you Alan Turing?" {
		t.Errorf("a slip of one letter was not asked about: %q", asked)
	}

	p.Class.SetSelected("8C")
	m2, err := NewMain(test.NewTempWindow(t, nil), st, sampleLesson(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := m2.Picker.Class.Selected; got != "8C" {
		t.Errorf("the picker opens on %q; want the class chosen last, 8C", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"ada lovelace", "ada lovelce", 1}, {"alan turing", "alan turning", 1}, {"kay", "kay", 0}, {"", "ab", 2}, {"zoë", "zoe", 1}} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestClassesCreateDeleteUndoAndMerge: a teacher creates a class, deletes
// it and takes that back, and merges a student who signed in twice — all
// from the Classes screen (issue 12, item 7).
func TestClassesCreateDeleteUndoAndMerge(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	ada, _ := st.AddStudent("Ada")
	v := NewClassesView(st)
	test.NewTempWindow(t, v.Content)

	test.Type(v.NewClass, "8B")
	test.Tap(v.Create)
	if v.Class.Selected != "8B" {
		t.Fatalf("after Create class: %q selected; want 8B", v.Class.Selected)
	}
	test.Type(v.NewName, "Ada L")
	test.Tap(v.AddButton)
	if len(v.Students) != 1 {
		t.Fatalf("8B holds %d students", len(v.Students))
	}

	test.Tap(v.Delete)
	if cs, _ := st.Classes(); len(cs) != 0 || !v.Undo.Visible() {
		t.Fatalf("after Delete: %d classes, Undo shown %v", len(cs), v.Undo.Visible())
	}
	test.Tap(v.Undo)
	if v.Class.Selected != "8B" || len(v.Students) != 1 {
		t.Fatalf("after Undo: %q with %d students", v.Class.Selected, len(v.Students))
	}

	var asked string
	v.Confirm = func(q string, answer func(bool)) { asked = q; answer(true) }
	v.Students[0].SameAs.SetSelected("Ada")
	if !strings.Contains(asked, "the same student") {
		t.Errorf("the merge was not confirmed first: %q", asked)
	}
	if students, _ := st.Students(); len(students) != 1 || students[0].ID != ada.ID {
		t.Errorf("students after the merge: %+v; want Ada alone", students)
	}
	if len(v.Students) != 1 || v.Students[0].Student.ID != ada.ID {
		t.Errorf("8B after the merge shows %+v; want Ada", v.Students)
	}
}

// A name of spaces alone starts nothing: the Space that pressed "Switch
// student" may land in the field as the picker opens.
func TestPickerRefusesABlankName(t *testing.T) {
	test.NewTempApp(t)
	m, _ := sampleMain(t, tempStore(t))
	p := m.Picker
	var chosen []string
	p.OnChosen = func(name string) { chosen = append(chosen, name) }
	p.Name.SetText(" ")
	p.choose()
	if !p.Start.Disabled() || len(chosen) != 0 {
		t.Errorf("a blank name: Start disabled %v, chosen %q; want disabled and nothing chosen", p.Start.Disabled(), chosen)
	}
}

// TestPickerTakesFirstNameAndInitial: a name typed as the picker asks —
// the first name and the first letter of the last name — is the
// roster's student whose whole name fits: "Maya K" asks "Are you Maya
// Khan?" (an explicit no still makes a new student), and where two fit,
// nobody starts and the list says to pick. Typed as asked, "Maya K"
// made a second, empty student outside the class (issue 11, an
// independent audit of the real window).
func TestPickerTakesFirstNameAndInitial(t *testing.T) {
	test.NewTempApp(t)
	st := tempStore(t)
	st.AddClass("7A", []string{"Maya Khan", "Tom Baker", "Tom Brown"})
	m, _ := sampleMain(t, st)
	p := m.Picker
	var chosen []string
	p.OnChosen = func(name string) { chosen = append(chosen, name) }
	var asked []string
	reply := true
	p.Confirm = func(q string, answer func(bool)) { asked = append(asked, q); answer(reply) }
	p.Class.SetSelected("7A")
	for _, typed := range []string{"Maya K", "maya k."} {
		p.Name.SetText(typed)
		p.choose()
	}
	reply = false
	p.Name.SetText("Maya K")
	p.choose()
	if got, want := strings.Join(asked, "|"), "Are you Maya Khan?|Are you Maya Khan?|Are you Maya Khan?"; got != want {
		t.Errorf("asked %q; want %q", got, want)
	}
	if got, want := strings.Join(chosen, "|"), "Maya Khan|Maya Khan|Maya K"; got != want {
		t.Errorf("chosen %q; want %q", got, want)
	}
	for _, typed := range []string{"Tom B", "tom"} {
		chosen, asked = nil, nil
		p.Name.SetText(typed)
		p.choose()
		if len(chosen) != 0 || len(asked) != 0 || p.listHint.Text != pickFromList {
			t.Errorf("%q, two Toms: chosen %q, asked %q, the list says %q", typed, chosen, asked, p.listHint.Text)
		}
	}
	// A first name alone is the same (the third audit: "maya" made a
	// second student in no class).
	chosen, asked, reply = nil, nil, true
	p.Name.SetText("maya")
	p.choose()
	if strings.Join(asked, "|") != "Are you Maya Khan?" || strings.Join(chosen, "|") != "Maya Khan" {
		t.Errorf("\"maya\": asked %q, chosen %q", asked, chosen)
	}
}
