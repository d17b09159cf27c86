package ui

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/library"
	"github.com/lede-app/lede/data/store"
)

// StudentPicker is the first screen: type your name, or pick it if you
// have used Lede on this computer before.
type StudentPicker struct {
	Name    *widget.Entry
	Start   *widget.Button
	List    *widget.List
	Content fyne.CanvasObject

	// Class, shown when the computer has classes, narrows the list to
	// one class.
	Class *widget.Select

	all, inClass, students []store.Student
	classes                map[string][]store.Student
	// OnChosen receives the typed or picked name.
	OnChosen func(name string)
}

// NewStudentPicker lists the students already on this computer.
func NewStudentPicker(title string, students []store.Student) *StudentPicker {
	p := &StudentPicker{all: students, inClass: students, students: students}
	p.Name = widget.NewEntry()
	p.Name.SetPlaceHolder("Your first name and last initial")
	p.Name.OnSubmitted = func(string) { p.choose() }
	p.Name.OnChanged = func(s string) {
		p.filter()
		p.updateStart()
	}
	p.Class = widget.NewSelect(nil, func(string) { p.filter() })
	p.Class.Hide()
	p.Start = widget.NewButton("Start reading", p.choose)
	p.Start.Importance = widget.HighImportance
	p.List = widget.NewList(
		func() int { return len(p.students) },
		func() fyne.CanvasObject { return widget.NewLabel("A student's name") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.students[i].Name) },
	)
	p.List.OnSelected = func(i widget.ListItemID) {
		p.Name.SetText(p.students[i].Name)
		p.choose()
	}
	heading := widget.NewLabelWithStyle("Welcome to Lede", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	lesson := widget.NewLabelWithStyle("Today's article: "+title, fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	lesson.Wrapping = fyne.TextWrapWord
	form := container.NewVBox(heading, lesson, widget.NewSeparator(), p.Class,
		widget.NewLabel("What is your name?"), p.Name, p.Start)
	var body fyne.CanvasObject = form
	if len(students) > 0 {
		body = container.NewBorder(container.NewVBox(form, widget.NewLabel("Or pick your name:")), nil, nil, nil, p.List)
	}
	p.Content = container.NewCenter(container.NewGridWrap(fyne.NewSize(460, 520), body))
	p.updateStart()
	return p
}

// allClasses is the class menu's first option.
const allClasses = "All students"

// SetClasses offers a class menu, so a student finds their name among
// their class's rather than the whole school's.
func (p *StudentPicker) SetClasses(classes map[string][]store.Student) {
	if len(classes) == 0 {
		return
	}
	p.classes = classes
	names := []string{allClasses}
	for name := range classes {
		names = append(names, name)
	}
	sort.Strings(names[1:])
	p.Class.Options = names
	p.Class.SetSelected(allClasses)
	p.Class.Show()
}

// filter shows the students of the chosen class whose names fit what is
// typed: letters in order, typos in other letters allowed, so "ada l"
// finds "Ada Lovelace".
func (p *StudentPicker) filter() {
	p.inClass = p.all
	if members, ok := p.classes[p.Class.Selected]; ok {
		p.inClass = members
	}
	items := make([]library.Item, len(p.inClass))
	for i, s := range p.inClass {
		items[i] = library.Item{ID: int64(i), Text: s.Name}
	}
	p.students = nil
	for _, it := range library.Search(p.Name.Text, items) {
		p.students = append(p.students, p.inClass[it.ID])
	}
	if p.List != nil {
		p.List.UnselectAll()
		p.List.Refresh()
	}
}

func (p *StudentPicker) updateStart() {
	if len(p.Name.Text) > 0 && len(p.Name.Text) <= 100 {
		p.Start.Enable()
	} else {
		p.Start.Disable()
	}
}

func (p *StudentPicker) choose() {
	if p.Start.Disabled() || p.OnChosen == nil {
		return
	}
	p.OnChosen(p.Name.Text)
}
