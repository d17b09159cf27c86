package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/store"
)

// Roster is what the classes screen needs from storage; *store.Store
// implements it.
type Roster interface {
	Classes() ([]store.Class, error)
	ClassStudents(classID int64) ([]store.Student, error)
	AddClass(name string, students []string) (store.Class, error)
	RenameClass(id int64, name string) error
	RenameStudent(id int64, name string) error
	RemoveFromClass(classID, studentID int64) error
	DeleteClass(id int64) (store.DeletedClass, error)
	RestoreClass(d store.DeletedClass) error
	Students() ([]store.Student, error)
	MergeStudents(from, into int64) error
}

// ClassesView lets the teacher see classes, create and delete them (with
// Undo), add students by name, rename a class or a student, take a
// student out of a class, and merge a student who signed in twice.
type ClassesView struct {
	Content   fyne.CanvasObject
	Class     *widget.Select
	ClassName *widget.Entry
	NewName   *widget.Entry
	AddButton *widget.Button
	Students  []*StudentRow
	Status    *widget.Label
	// NewClass and Create make a class; Delete deletes the one shown,
	// and Undo, shown after, brings it back.
	NewClass       *widget.Entry
	Create, Delete *widget.Button
	Undo           *widget.Button
	// Confirm asks the teacher a yes/no question; nil answers yes.
	Confirm func(question string, answer func(bool))

	deleted store.DeletedClass

	roster  Roster
	classes []store.Class
	list    *fyne.Container
}

// StudentRow is one student of the selected class.
type StudentRow struct {
	Student store.Student
	Name    *widget.Entry
	Remove  *widget.Button
	// SameAs merges this student into another on this computer: the
	// same student, signed in twice under two spellings.
	SameAs *widget.Select
}

// NewClassesView builds the classes screen.
func NewClassesView(r Roster) *ClassesView {
	v := &ClassesView{roster: r, list: container.New(wrapColumn{})}
	v.Status = widget.NewLabel("")
	v.Status.Wrapping = fyne.TextWrapWord
	v.Class = widget.NewSelect(nil, func(string) { v.showStudents() })
	v.ClassName = widget.NewEntry()
	v.ClassName.SetPlaceHolder("Rename the class and press Enter")
	v.ClassName.OnSubmitted = v.renameClass
	v.NewName = widget.NewEntry()
	v.NewName.SetPlaceHolder("A new student's name")
	v.NewName.OnSubmitted = func(string) { v.addStudent() }
	v.AddButton = widget.NewButton("Add student", v.addStudent)
	v.NewClass = widget.NewEntry()
	v.NewClass.SetPlaceHolder("A new class's name")
	v.NewClass.OnSubmitted = func(string) { v.createClass() }
	v.Create = widget.NewButton("Create class", v.createClass)
	v.Delete = widget.NewButton("Delete this class", v.deleteClass)
	v.Undo = widget.NewButton("Undo", v.undoDelete)
	v.Undo.Hide()
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, v.Create, v.NewClass),
		container.NewBorder(nil, nil, widget.NewLabel("Class"), v.Delete, v.Class),
		v.ClassName,
		container.NewBorder(nil, nil, nil, v.AddButton, v.NewName),
	)
	v.Content = container.NewBorder(top, container.NewBorder(nil, nil, nil, v.Undo, v.Status), nil, nil, container.NewVScroll(v.list))
	v.Reload()
	return v
}

// Reload reads the classes again.
func (v *ClassesView) Reload() {
	cs, err := v.roster.Classes()
	if err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.classes = cs
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	selected := v.Class.Selected
	v.Class.Options = names
	if len(names) == 0 {
		v.Status.SetText("No classes yet: use Teacher › Lessons and classes › Import class roster…, or add students after naming a class.")
		return
	}
	if selected == "" || !slices.Contains(names, selected) {
		selected = names[0]
	}
	v.Class.SetSelected(selected)
	v.showStudents()
}

func (v *ClassesView) current() (store.Class, bool) {
	for _, c := range v.classes {
		if c.Name == v.Class.Selected {
			return c, true
		}
	}
	return store.Class{}, false
}

func (v *ClassesView) showStudents() {
	c, ok := v.current()
	if !ok {
		return
	}
	v.ClassName.SetText(c.Name)
	students, err := v.roster.ClassStudents(c.ID)
	if err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	everyone, err := v.roster.Students()
	if err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.list.Objects, v.Students = nil, nil
	for _, s := range students {
		row := &StudentRow{Student: s, Name: widget.NewEntry()}
		row.Name.SetText(s.Name)
		row.Name.OnSubmitted = func(name string) { v.renameStudent(row, name) }
		row.Remove = widget.NewButton("Remove from class", func() { v.remove(c, row) })
		row.SameAs = widget.NewSelect(otherNames(everyone, s.ID), nil)
		row.SameAs.PlaceHolder = "Same student as…"
		row.SameAs.OnChanged = func(name string) { v.merge(row, everyone, name) }
		v.Students = append(v.Students, row)
		v.list.Add(container.NewBorder(nil, nil, nil, container.NewHBox(row.SameAs, row.Remove), row.Name))
	}
	v.list.Refresh()
}

func (v *ClassesView) renameClass(name string) {
	c, ok := v.current()
	if !ok {
		return
	}
	if err := v.roster.RenameClass(c.ID, name); err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.Class.Selected = ""
	v.Reload()
	v.Class.SetSelected(name)
	v.Status.SetText("Class renamed.")
}

func (v *ClassesView) addStudent() {
	c, ok := v.current()
	if !ok || v.NewName.Text == "" {
		return
	}
	if _, err := v.roster.AddClass(c.Name, []string{v.NewName.Text}); err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.Status.SetText(v.NewName.Text + " added.")
	v.NewName.SetText("")
	v.showStudents()
}

func (v *ClassesView) renameStudent(row *StudentRow, name string) {
	if err := v.roster.RenameStudent(row.Student.ID, name); err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.Status.SetText("Name changed. The student's answers keep their place.")
	v.showStudents()
}

func (v *ClassesView) remove(c store.Class, row *StudentRow) {
	if err := v.roster.RemoveFromClass(c.ID, row.Student.ID); err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.Status.SetText(row.Student.Name + " is no longer in " + c.Name + ". Their answers are kept.")
	v.showStudents()
}

// otherNames lists every student's name but the one with id.
func otherNames(students []store.Student, id int64) []string {
	var out []string
	for _, s := range students {
		if s.ID != id {
			out = append(out, s.Name)
		}
	}
	return out
}

func (v *ClassesView) createClass() {
	name := v.NewClass.Text
	if name == "" {
		return
	}
	if _, err := v.roster.AddClass(name, nil); err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.NewClass.SetText("")
	v.Class.Selected = ""
	v.Reload()
	v.Class.SetSelected(classroom.CleanName(name))
	v.Status.SetText("Class created. Add its students below, or import a roster.")
}

func (v *ClassesView) deleteClass() {
	c, ok := v.current()
	if !ok {
		return
	}
	d, err := v.roster.DeleteClass(c.ID)
	if err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.deleted = d
	v.list.Objects, v.Students = nil, nil
	v.list.Refresh()
	v.Class.Selected = ""
	v.Reload()
	v.Status.SetText("Class " + c.Name + " deleted. Its students and their answers are kept.")
	v.Undo.Show()
}

func (v *ClassesView) undoDelete() {
	if err := v.roster.RestoreClass(v.deleted); err != nil {
		v.Status.SetText(Friendly(err))
		return
	}
	v.Undo.Hide()
	v.Class.Selected = ""
	v.Reload()
	v.Class.SetSelected(v.deleted.Class.Name)
	v.Status.SetText("Class " + v.deleted.Class.Name + " is back.")
}

// merge makes row's student one with the student named into, after the
// teacher confirms: every answer of row's student becomes into's.
func (v *ClassesView) merge(row *StudentRow, everyone []store.Student, into string) {
	i := slices.IndexFunc(everyone, func(s store.Student) bool { return s.Name == into })
	if i < 0 {
		return
	}
	target := everyone[i]
	do := func(yes bool) {
		if !yes {
			row.SameAs.ClearSelected()
			return
		}
		if err := v.roster.MergeStudents(row.Student.ID, target.ID); err != nil {
			v.Status.SetText(Friendly(err))
			return
		}
		v.Status.SetText(row.Student.Name + " and " + target.Name + " are now one student, " + target.Name + ", with all the answers of both.")
		v.showStudents()
	}
	if v.Confirm == nil {
		do(true)
		return
	}
	v.Confirm("Are "+row.Student.Name+" and "+target.Name+" the same student? All of "+row.Student.Name+
		"'s answers become "+target.Name+"'s, and the name "+row.Student.Name+" goes. This cannot be undone.", do)
}
