package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

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
}

// ClassesView lets the teacher see classes, add students by name, rename
// a class or a student, and take a student out of a class.
type ClassesView struct {
	Content   fyne.CanvasObject
	Class     *widget.Select
	ClassName *widget.Entry
	NewName   *widget.Entry
	AddButton *widget.Button
	Students  []*StudentRow
	Status    *widget.Label

	roster  Roster
	classes []store.Class
	list    *fyne.Container
}

// StudentRow is one student of the selected class.
type StudentRow struct {
	Student store.Student
	Name    *widget.Entry
	Remove  *widget.Button
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
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel("Class"), nil, v.Class),
		v.ClassName,
		container.NewBorder(nil, nil, nil, v.AddButton, v.NewName),
	)
	v.Content = container.NewBorder(top, v.Status, nil, nil, container.NewVScroll(v.list))
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
		v.Status.SetText("No classes yet: use Teacher › Import class roster, or add students after naming a class.")
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
	v.list.Objects, v.Students = nil, nil
	for _, s := range students {
		row := &StudentRow{Student: s, Name: widget.NewEntry()}
		row.Name.SetText(s.Name)
		row.Name.OnSubmitted = func(name string) { v.renameStudent(row, name) }
		row.Remove = widget.NewButton("Remove from class", func() { v.remove(c, row) })
		v.Students = append(v.Students, row)
		v.list.Add(container.NewBorder(nil, nil, nil, row.Remove, row.Name))
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
