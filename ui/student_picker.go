package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

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
	Name    *RingEntry
	Start   *RingButton
	List    *nameList
	Content fyne.CanvasObject

	// Class, shown when the computer has classes, narrows the list to
	// one class.
	Class *widget.Select
	// SetUp, shown only while no teacher PIN is set, is the teacher's
	// way in on a new computer (ShowSetUp).
	SetUp *RingButton

	// listHint heads the list of names: how to pick one, or, while the
	// computer has classes and none is chosen, to choose the class first.
	listHint *widget.Label

	all, inClass, students []store.Student
	classes                map[string][]store.Student
	// OnChosen receives the typed or picked name.
	OnChosen func(name string)
	// Confirm asks whether a typed name means an existing student; it
	// calls back with true for yes. Set by the window (a dialog); nil
	// creates the typed name as it is.
	Confirm func(question string, answer func(yes bool))
	// prefs remembers the class last chosen on this computer.
	prefs fyne.Preferences
	// waiting is set while a chosen student waits for the quiz (Wait).
	waiting bool
}

// startText is the Start button's label; waitText says a name was
// taken and the quiz is still being made.
const (
	startText = "Start reading"
	waitText  = "Getting your quiz ready…"
)

// What the picker asks, and the example in its empty name field.
const (
	askName     = "What is your first name, and the first letter of your last name?"
	nameExample = "For example: Maya K"
)

// prefPickerClass remembers the class the picker last showed.
const prefPickerClass = "picker.class"

// NewStudentPicker lists the students already on this computer.
func NewStudentPicker(title string, students []store.Student) *StudentPicker {
	p := &StudentPicker{all: students, inClass: students, students: students}
	p.Name = NewRingEntry()
	// The example, not the rule, in the field: "First name and first
	// letter of last name" ran past its end at 150 % in OpenDyslexic ("…
	// of last na", an independent audit); the rule is the question above.
	p.Name.SetPlaceHolder(nameExample)
	p.Name.OnSubmitted = func(string) { p.choose() }
	p.Name.OnChanged = func(s string) {
		p.filter()
		p.updateStart()
	}
	p.Class = widget.NewSelect(nil, func(c string) {
		p.filter()
		if p.prefs != nil && c != "" {
			p.prefs.SetString(prefPickerClass, c)
		}
	})
	p.Class.Hide()
	p.Start = NewRingButton(startText, p.choose)
	p.Start.Importance = widget.HighImportance
	p.List = newNameList(func() int { return len(p.students) }, func(i int) string { return p.students[i].Name })
	p.List.OnSelected = func(i widget.ListItemID) {
		if p.waiting {
			p.List.UnselectAll()
			return
		}
		p.Name.SetText(p.students[i].Name)
		p.choose()
	}
	heading := widget.NewLabelWithStyle("Welcome to Lede", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	// Regular, not italic: the buttons' bold and the regular text are
	// the only styles on this first screen. Fyne parses its fonts again
	// for each style a window shows, and a third style cost the first
	// frame about as much as the other two (issue 16, start-up).
	lesson := widget.NewLabelWithStyle("Today's article: "+title, fyne.TextAlignCenter, fyne.TextStyle{})
	lesson.Wrapping = fyne.TextWrapWord
	// Lede's button: the focus ring shows on it, and F10 opens the menus
	// from it as from the rest of the window.
	p.SetUp = NewRingButton("I'm the teacher, setting up this computer", nil)
	p.SetUp.Importance = widget.LowImportance
	p.SetUp.Hide()
	ask := widget.NewLabel(askName)
	ask.Wrapping = fyne.TextWrapWord
	form := container.NewVBox(heading, lesson, widget.NewSeparator(), p.Class, ask, p.Name, p.Start, p.SetUp)
	var body fyne.CanvasObject = form
	p.listHint = widget.NewLabel(pickYourName)
	p.listHint.Wrapping = fyne.TextWrapWord
	if len(students) > 0 {
		body = container.NewBorder(container.NewVBox(form, p.listHint), nil, nil, nil, p.List)
	}
	// The scroll keeps the heading reachable when a large text scale
	// (FYNE_SCALE=1.5 on a 768-pixel laptop) makes the form taller than
	// the window: without it the top is cut off under the menu.
	p.Content = container.NewVScroll(container.NewCenter(container.NewGridWrap(fyne.NewSize(460, 520), body)))
	p.updateStart()
	return p
}

// ShowSetUp offers the teacher's set-up on the first screen: on a new
// computer a teacher starts there, and a student sees plainly that it is
// not for them.
func (p *StudentPicker) ShowSetUp(setUp func()) {
	p.SetUp.OnTapped = setUp
	p.SetUp.Show()
}

// allClasses is the class menu's first option.
const allClasses = "All students"

// What heads the list of names: how to pick one, or to choose the class
// first where the computer has classes and none is chosen yet.
const (
	pickYourName     = "Or pick your name:"
	chooseClassFirst = "Choose your class above to see its names."
	pickFromList     = "More than one name fits: pick yours from the list."
	classPlaceHolder = "Choose your class"
)

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
	// A laptop in one class's room opens on that class: the one chosen
	// last time, if it still exists. Before any was chosen, no class's
	// names show until one is: opened on "All students", a new laptop
	// listed every class's children to each (issue 11, an independent
	// audit; the issue asks for only the chosen class's names). "All
	// students" stays a choice, for a mixed room.
	p.Class.PlaceHolder = classPlaceHolder
	if last := p.lastClass(); slices.Contains(names, last) {
		p.Class.SetSelected(last) // filters, as the student's choice does
	} else {
		p.Class.ClearSelected()
		p.filter()
	}
	p.Class.Show()
}

// lastClass is the class chosen last on this computer, or "".
func (p *StudentPicker) lastClass() string {
	if p.prefs == nil {
		return ""
	}
	return p.prefs.String(prefPickerClass)
}

// noClassChosen reports whether the computer has classes and none is
// chosen: then no names are listed.
func (p *StudentPicker) noClassChosen() bool {
	return len(p.classes) > 0 && p.Class.Selected == ""
}

// SetPreferences lets the picker remember the class chosen last.
func (p *StudentPicker) SetPreferences(prefs fyne.Preferences) { p.prefs = prefs }

// filter shows the students of the chosen class whose names fit what is
// typed: letters in order, typos in other letters allowed, so "ada l"
// finds "Ada Lovelace".
func (p *StudentPicker) filter() {
	p.inClass = p.all
	if members, ok := p.classes[p.Class.Selected]; ok {
		p.inClass = members
	}
	if p.noClassChosen() {
		p.inClass = nil
	}
	if p.listHint != nil {
		if p.noClassChosen() {
			p.listHint.SetText(chooseClassFirst)
		} else {
			p.listHint.SetText(pickYourName)
		}
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

// Wait shows that the chosen name was taken and the quiz is still being
// made: the name and Start wait, and no other name can be chosen, until
// the window starts the lesson or StopWaiting.
func (p *StudentPicker) Wait() {
	p.waiting = true
	p.Name.Disable()
	p.Start.SetText(waitText)
	p.Start.Disable()
}

// StopWaiting takes names again (the lesson could not be started).
func (p *StudentPicker) StopWaiting() {
	p.waiting = false
	p.Name.Enable()
	p.Start.SetText(startText)
	p.updateStart()
}

// Waiting reports whether a chosen name waits for the quiz (Wait).
func (p *StudentPicker) Waiting() bool { return p.waiting }

func (p *StudentPicker) updateStart() {
	if p.waiting {
		return
	}
	// Blank is no name: a Space that pressed "Switch student" can land
	// in the field as the picker opens (a student's walk), and it must
	// not start an empty name.
	if typed := strings.TrimSpace(p.Name.Text); typed != "" && len(typed) <= 100 {
		p.Start.Enable()
	} else {
		p.Start.Disable()
	}
}

// choose starts the typed name. A name that is an existing student's
// written differently ("ada l" for "Ada L.") is that student; a name
// close to exactly one student's asks "Are you …?" first, so a typo
// does not make a second, empty record of the same child. Making a new
// student is then an explicit "No, I'm new".
func (p *StudentPicker) choose() {
	if p.waiting || p.Start.Disabled() || p.OnChosen == nil {
		return
	}
	typed := strings.TrimSpace(p.Name.Text)
	if s, ok := sameName(typed, p.all); ok {
		p.OnChosen(s.Name)
		return
	}
	pool := p.inClass
	if p.noClassChosen() {
		pool = p.all // no class chosen: a slip in any child's name is still asked about
	}
	if fits := initialFits(typed, pool); len(fits) > 1 {
		// "Maya K" where the class has Maya Khan and Maya Kowalski: the
		// list, filtered by what was typed, shows both, and the student
		// picks.
		if p.listHint != nil {
			p.listHint.SetText(pickFromList)
		}
		return
	} else if len(fits) == 1 && p.Confirm != nil {
		p.askIfSame(typed, fits[0])
		return
	}
	near := closeNames(typed, pool)
	if len(near) != 1 || p.Confirm == nil {
		p.OnChosen(typed)
		return
	}
	p.askIfSame(typed, near[0])
}

// askIfSame asks whether the student who typed typed is s, and starts
// whichever they say: an explicit "No, I'm new" makes a new student.
func (p *StudentPicker) askIfSame(typed string, s store.Student) {
	p.Confirm(fmt.Sprintf("Are you %s?", s.Name), func(yes bool) {
		if yes {
			p.OnChosen(s.Name)
		} else {
			p.OnChosen(typed)
		}
	})
}

// initialFits are the students whose name is what the picker asks for
// when typed: the first name, and the first letter of the last name
// ("Maya K", "maya k." for Maya Khan), where the teacher's roster has
// the whole name. Typed as asked, "Maya K" made a second, empty student
// outside the class (issue 11, an independent audit of the real window).
//
// A first name alone ("maya", "Tom") is the roster's students of that
// first name, the same way: it too made a second student in no class
// (the third audit).
func initialFits(typed string, students []store.Student) []store.Student {
	words := strings.Fields(nameKey(typed))
	if len(words) == 0 || len(words) > 2 || len(words) == 2 && len([]rune(words[1])) != 1 {
		return nil
	}
	var out []store.Student
	for _, s := range students {
		name := strings.Fields(nameKey(s.Name))
		if len(name) >= 2 && name[0] == words[0] && (len(words) == 1 || strings.HasPrefix(name[len(name)-1], words[1])) {
			out = append(out, s)
		}
	}
	return out
}

// nameKey folds case, dots and spacing: "ada  l." and "Ada L" are one.
func nameKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, ".", " "))), " ")
}

// sameName finds the student whose name is typed, written differently.
func sameName(typed string, students []store.Student) (store.Student, bool) {
	for _, s := range students {
		if nameKey(s.Name) == nameKey(typed) {
			return s, true
		}
	}
	return store.Student{}, false
}

// closeNames are the students whose names differ from typed by a slip:
// at most two letters changed, added or dropped, with the same first
// letter. ("Ada Lovelce" for "Ada Lovelace", not "Ada" for "Ada L".)
func closeNames(typed string, students []store.Student) []store.Student {
	key := nameKey(typed)
	var out []store.Student
	for _, s := range students {
		other := nameKey(s.Name)
		if key != "" && other != "" && key[0] == other[0] && editDistance(key, other) <= 2 {
			out = append(out, s)
		}
	}
	return out
}

// editDistance counts the letters changed, added or dropped between a
// and b (Levenshtein, on runes).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
