package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/store"
)

// ViewSettings are what a student's accommodation plan may ask for: text
// size, theme, reading font and line spacing. They are remembered per
// student in the data folder's progress file, so a shared laptop opens
// the way each student needs it and a student's settings go with the
// folder; the computer's own, for the name picker and for students who
// chose none, are in its preferences.
type ViewSettings struct {
	Scale       float64 // 0.8–2.0
	Variant     string  // VariantSystem, VariantLight, VariantDark, VariantHighContrast
	Font        string  // "" or a ReadingFonts name
	LineSpacing float64 // 1 or more
	// Split and SplitStacked are the divider's places between the
	// article and the quiz, side by side and stacked (View › Article and
	// questions); 0 is where Lede starts it.
	Split, SplitStacked float64
}

// Text size limits and step (View › Text size › Larger text / Smaller text).
const (
	minScale  = 0.8
	maxScale  = 2.0
	scaleStep = 0.1
)

// DefaultView is Lede's look before anyone changes it.
var DefaultView = ViewSettings{Scale: 1, LineSpacing: 1}

// computerViewKey is the preference key of one of the computer's View
// settings. ("view.0.…": student 0 was the computer when students' own
// were kept beside it, by ID — see LoadView.)
func computerViewKey(name string) string {
	return "view.0." + name
}

// ComputerView reads the computer's View settings — the name picker's,
// and those of a student who chose none — falling back to DefaultView.
func ComputerView(p fyne.Preferences) ViewSettings {
	v := DefaultView
	// The theme chosen before settings were per student stays the
	// computer's default.
	v.Variant = p.String(PrefThemeVariant)
	v.Scale = p.FloatWithFallback(computerViewKey("scale"), v.Scale)
	v.Variant = p.StringWithFallback(computerViewKey("variant"), v.Variant)
	v.Font = p.StringWithFallback(computerViewKey("font"), v.Font)
	v.LineSpacing = p.FloatWithFallback(computerViewKey("spacing"), v.LineSpacing)
	v.Split = p.FloatWithFallback(computerViewKey("split"), v.Split)
	v.SplitStacked = p.FloatWithFallback(computerViewKey("split-stacked"), v.SplitStacked)
	return v.clamped()
}

// saveComputerView remembers the computer's View settings.
func saveComputerView(p fyne.Preferences, v ViewSettings) {
	v = v.clamped()
	p.SetFloat(computerViewKey("scale"), v.Scale)
	p.SetString(computerViewKey("variant"), v.Variant)
	p.SetString(computerViewKey("font"), v.Font)
	p.SetFloat(computerViewKey("spacing"), v.LineSpacing)
	p.SetFloat(computerViewKey("split"), v.Split)
	p.SetFloat(computerViewKey("split-stacked"), v.SplitStacked)
}

// LoadView reads a student's settings from the data folder's store,
// falling back to the computer's (student 0 is the computer).
//
// Before, a student's settings were kept in the preferences as
// "view.<ID>.…"; they are not read any more. A student's ID is only
// their data folder's, and nothing in the preferences says which folder
// a key came from: read, they gave a new student in a fresh folder (or
// another class's folder) the settings of whoever had that ID elsewhere,
// which is the fault this keeping mends (issue 11). A student who had
// chosen settings chooses them once more.
func LoadView(p fyne.Preferences, st *store.Store, student int64) ViewSettings {
	if student != 0 && st != nil {
		if sv, ok, err := st.StudentView(student); err == nil && ok {
			return ViewSettings(sv).clamped()
		}
	}
	return ComputerView(p)
}

// SaveView remembers a student's settings in the data folder's store
// (student 0: the computer's, in its preferences).
func SaveView(p fyne.Preferences, st *store.Store, student int64, v ViewSettings) error {
	v = v.clamped()
	if student == 0 || st == nil {
		saveComputerView(p, v)
		return nil
	}
	return st.SetStudentView(student, store.View(v))
}

// clamped keeps settings in range, whatever a preferences file says.
func (v ViewSettings) clamped() ViewSettings {
	if math.IsNaN(v.Scale) || v.Scale == 0 {
		v.Scale = 1
	}
	v.Scale = math.Round(min(max(v.Scale, minScale), maxScale)*10) / 10
	if math.IsNaN(v.LineSpacing) || v.LineSpacing < 1 {
		v.LineSpacing = 1
	}
	v.LineSpacing = min(v.LineSpacing, 2)
	switch v.Variant {
	case VariantSystem, VariantLight, VariantDark, VariantHighContrast:
	default:
		v.Variant = VariantSystem
	}
	if _, ok := ReadingFonts[v.Font]; !ok {
		v.Font = ""
	}
	for _, o := range []*float64{&v.Split, &v.SplitStacked} {
		if math.IsNaN(*o) || *o < 0.05 || *o > 0.95 {
			*o = 0 // Lede's own place
		}
	}
	return v
}

// Theme is the Fyne theme these settings give.
func (v ViewSettings) Theme() *Theme {
	return &Theme{Variant: v.Variant, TextScale: float32(v.Scale), ReadingFont: v.Font, LineSpacing: float32(v.LineSpacing)}
}

// view returns the settings in force for the current student.
func (m *Main) view() ViewSettings {
	if m.Student.ID == 0 && m.pickerView != nil {
		return *m.pickerView
	}
	return LoadView(fyne.CurrentApp().Preferences(), m.Store, m.Student.ID)
}

// setView applies and remembers new settings for the current student.
func (m *Main) setView(v ViewSettings) {
	v = v.clamped()
	if m.Student.ID == 0 {
		m.pickerView = nil // a choice on the picker is the computer's
	}
	m.saveView(v)
	m.setTheme(v.Over(m.Fixed).Theme())
}

// ApplyView puts the current student's settings into effect — the
// computer's before a name is chosen — keeping a theme the command line
// fixed.
func (m *Main) ApplyView() { m.applyView() }

func (m *Main) applyView() {
	m.setTheme(m.view().Over(m.Fixed).Theme())
}

// setTheme puts th into effect and lays the window out again under its
// menu bar, whose height follows the text size (layOutUnderMenu).
// The article stays at the line the student was reading: its pane kept
// its offset in pixels, so larger text showed text from further up, the
// line read last and the evidence highlight paragraphs below the pane
// (TestTextSizeKeepsTheArticlesPlace).
func (m *Main) setTheme(th fyne.Theme) {
	var place readingPlace
	if m.Article != nil {
		place = m.Article.place()
	}
	fyne.CurrentApp().Settings().SetTheme(th)
	m.markViewChoices()
	layOutUnderMenu(m.Window)
	if m.Article != nil {
		m.Article.restore(place)
	}
	m.revealFocused()
}

// resized shows the lesson laid out at the window's new size with the
// focus in sight: a question not yet checked, its answer focused, opens
// again as a question opens (its top, scrolled only as far as the focus
// needs), so that a window made narrow and wide again shows it as
// before (TestCueAfterANarrowLayout); else the focused control is
// scrolled into view as after a text size change.
func (m *Main) resized() {
	if q := m.Quiz; q != nil && m.Window != nil && !q.Ended() && q.Verdict.Text == "" {
		if f := m.Window.Canvas().Focused(); f == q.Entry || f == q.Choices {
			q.showAnswer()
			return
		}
	}
	m.revealFocused()
}

// revealFocused scrolls the control with the focus back into view once
// the text size (or font, or spacing) changed: at 200 % the answer field
// was left half below the quiz panel's edge (issue 11, a new student's
// walk).
func (m *Main) revealFocused() {
	if m.Window == nil {
		return
	}
	c := m.Window.Canvas()
	obj, ok := c.Focused().(fyne.CanvasObject)
	if !ok {
		return
	}
	if m.Quiz != nil {
		if _, in := posIn(m.Quiz.scroll.Content, obj); in {
			m.Quiz.scroll.Content.Refresh() // laid out at the new size first
			if obj == m.Quiz.Choices && len(m.Quiz.Choices.Rows()) > 0 {
				obj = m.Quiz.Choices.Rows()[min(m.Quiz.Choices.cursor, len(m.Quiz.Choices.Rows())-1)]
			}
			m.Quiz.scrollIntoView(obj)
			m.Quiz.noCutAtTop()
			return
		}
		// The focus elsewhere (Next, after a right answer): the question
		// kept its offset in pixels, and at the new size it ran across
		// the prompt — "“Alibaba To Create 1M US Jobs”?" alone at the
		// panel's top after View › Reading font › OpenDyslexic at 200 %
		// (a keyboard-only walk of the real window;
		// TestViewChangeLeavesNoHalfPrompt).
		m.Quiz.keepPromptWhole()
	}
	revealInScroll(obj)
}

// Over returns v with fixed's non-zero fields in place of its own.
func (v ViewSettings) Over(fixed ViewSettings) ViewSettings {
	if fixed.Variant != "" {
		v.Variant = fixed.Variant
	}
	if fixed.Scale > 0 {
		v.Scale = fixed.Scale
	}
	if fixed.Font != "" {
		v.Font = fixed.Font
	}
	if fixed.LineSpacing > 0 {
		v.LineSpacing = fixed.LineSpacing
	}
	return v.clamped()
}

// stepText makes the text one step larger (+1) or smaller (-1).
func (m *Main) stepText(by int) {
	v := m.view()
	v.Scale += float64(by) * scaleStep
	m.setView(v)
}

// stepSplit moves the divider between the article and the quiz (by > 0:
// more room for the article; 0: back where Lede starts it) and
// remembers it for the student, as their other View settings.
func (m *Main) stepSplit(by int) {
	if m.panes == nil {
		return // the name picker: no divider yet
	}
	var side, stacked float64
	if by == 0 {
		side, stacked = m.panes.Reset()
	} else {
		side, stacked = m.panes.Step(by)
	}
	if by == 0 {
		side, stacked = 0, 0
	}
	m.splitMoved(side, stacked)
}

// splitMoved keeps the question whole at the divider's new place and
// remembers the place for the student (0: where Lede starts it), whether
// the keyboard or the mouse moved it.
func (m *Main) splitMoved(side, stacked float64) {
	if m.Quiz != nil {
		m.Quiz.keepPromptWhole() // its lines wrap again at the new width
	}
	if m.Student.ID == 0 {
		return
	}
	v := m.view()
	v.Split, v.SplitStacked = side, stacked
	m.saveView(v)
}

// saveView remembers v for the current student; where the progress file
// cannot keep it, the student is told and the look still changes.
func (m *Main) saveView(v ViewSettings) {
	if err := SaveView(fyne.CurrentApp().Preferences(), m.Store, m.Student.ID, v); err != nil {
		m.ShowError(fmt.Errorf("remember your View settings: %w", err))
	}
}

// viewMenu is the View menu: text size, theme, reading font, line
// spacing, the room for the article and the quiz, and reading aloud.
func (m *Main) viewMenu() *fyne.Menu {
	item := func(label string, key fyne.KeyName, do func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, do)
		if key != "" {
			it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		}
		return it
	}
	m.viewItems = viewChoiceItems{themes: map[string]*fyne.MenuItem{}, fonts: map[string]*fyne.MenuItem{},
		spacings: map[float64]*fyne.MenuItem{}}
	theme := func(label, variant string) *fyne.MenuItem {
		return m.viewItems.theme(variant, label, func() {
			// --theme is where Lede starts, not a lock: a choice here
			// wins. Kept, it made this menu silently do nothing (issue
			// 11, a new student's walk).
			m.Fixed.Variant = ""
			v := m.view()
			v.Variant = variant
			m.setView(v)
		})
	}
	// Plain words for a student of 11: "Theme", "Line spacing", "the
	// divider" and "Follow the computer" were not (issue 11).
	themes := fyne.NewMenuItem("Colours", nil)
	themes.ChildMenu = fyne.NewMenu("", theme("Light", VariantLight), theme("Dark", VariantDark),
		theme("High contrast", VariantHighContrast), theme("Same as this computer", VariantSystem))
	fonts := fyne.NewMenuItem("Reading font", nil)
	font := func(label, name string) *fyne.MenuItem {
		return m.viewItems.font(name, label, func() { v := m.view(); v.Font = name; m.setView(v) })
	}
	fonts.ChildMenu = fyne.NewMenu("", font("Standard", ""))
	for name := range ReadingFonts {
		fonts.ChildMenu.Items = append(fonts.ChildMenu.Items, font(name, name))
	}
	spacing := fyne.NewMenuItem("Space between lines", nil)
	lines := func(label string, by float64) *fyne.MenuItem {
		return m.viewItems.spacing(by, label, func() { v := m.view(); v.LineSpacing = by; m.setView(v) })
	}
	spacing.ChildMenu = fyne.NewMenu("", lines("Normal", 1), lines("Wide", 1.5), lines("Widest", 2))
	// One line of the View menu, which at 200 % is already taller than
	// a 768 px screen; the keys work from anywhere (Fyne runs a main
	// menu's shortcuts, in submenus too, before the focused field's).
	room := fyne.NewMenuItem("Article and questions", nil)
	room.ChildMenu = fyne.NewMenu("",
		item("More room for the article", fyne.KeyRightBracket, func() { m.stepSplit(1) }),
		item("More room for the questions", fyne.KeyLeftBracket, func() { m.stepSplit(-1) }),
		fyne.NewMenuItem("Back to the usual sizes", func() { m.stepSplit(0) }))
	// Text size and Read aloud are submenus too, so that the View menu
	// is six lines: its twelve ran past the bottom of a 1366×768 or
	// 1024×700 screen at 200 %, the read-aloud items — the ones a
	// student reading at 200 % needs most — cut or out of sight, and
	// Fyne 2.7's menus do not scroll to the item the arrow keys reach
	// (issue 11, a student walk; TestViewMenuFitsAtLargeText).
	size := fyne.NewMenuItem("Text size", nil)
	size.ChildMenu = fyne.NewMenu("",
		item("Larger text", fyne.KeyEqual, func() { m.stepText(1) }),
		item("Smaller text", fyne.KeyMinus, func() { m.stepText(-1) }),
		item("Normal text size", fyne.Key0, func() { v := m.view(); v.Scale = 1; m.setView(v) }),
		fyne.NewMenuItem(chooseTextSize, func() { m.textSizeDialog() }))
	aloud := fyne.NewMenuItem("Read aloud", nil)
	reads := []*fyne.MenuItem{item("The question", fyne.KeyR, m.readQuestion),
		fyne.NewMenuItem("The highlighted paragraph", m.readParagraph),
		fyne.NewMenuItem("Whether my answer is right", m.readVerdict)}
	last := fyne.NewMenuItem("Stop reading", m.stopReading)
	if !m.voiceAvailable() {
		// Greyed out, with the one item left saying why and what to
		// install (issue 11: "disabled with a plain message where none is
		// available"); Ctrl+R says it too.
		for _, r := range reads {
			r.Disabled = true
		}
		last = fyne.NewMenuItem(noVoiceItem, func() { m.info("Read aloud", noVoiceHelp()) })
	}
	aloud.ChildMenu = fyne.NewMenu("", append(reads, fyne.NewMenuItemSeparator(), last)...)
	return fyne.NewMenu("View", size, themes, fonts, spacing, room, fyne.NewMenuItemSeparator(), aloud)
}

// chooseTextSize is View › Text size's item that opens the slider.
const chooseTextSize = "Choose a text size…"

// viewChoiceItems are the View menu's items that each choose one theme,
// reading font or line spacing: the one in force is shown checked. The
// menus did not say which was chosen (issue 11).
type viewChoiceItems struct {
	themes   map[string]*fyne.MenuItem
	fonts    map[string]*fyne.MenuItem
	spacings map[float64]*fyne.MenuItem
}

func (c viewChoiceItems) theme(variant, label string, do func()) *fyne.MenuItem {
	c.themes[variant] = fyne.NewMenuItem(label, do)
	return c.themes[variant]
}

func (c viewChoiceItems) font(name, label string, do func()) *fyne.MenuItem {
	c.fonts[name] = fyne.NewMenuItem(label, do)
	return c.fonts[name]
}

func (c viewChoiceItems) spacing(by float64, label string, do func()) *fyne.MenuItem {
	c.spacings[by] = fyne.NewMenuItem(label, do)
	return c.spacings[by]
}

// SetFixed sets what the command line fixed (Fixed) and shows it in
// the View menu.
func (m *Main) SetFixed(fixed ViewSettings) {
	m.Fixed = fixed
	m.markViewChoices()
}

// markViewChoices checks the View menu's items that are in force now
// (the student's settings, under what the command line fixed).
func (m *Main) markViewChoices() {
	v := m.view().Over(m.Fixed)
	for variant, it := range m.viewItems.themes {
		it.Checked = variant == v.Variant
	}
	for name, it := range m.viewItems.fonts {
		it.Checked = name == v.Font
	}
	for by, it := range m.viewItems.spacings {
		it.Checked = by == v.LineSpacing
	}
	if menu := m.Window.MainMenu(); menu != nil {
		menu.Refresh()
	}
}

// textSizeDialogEms is the text-size dialog's width in text heights.
const textSizeDialogEms = 20

// textSizeDialog offers a slider from 80 % to 200 %, and returns its
// Close button.
func (m *Main) textSizeDialog() *RingButton {
	v := m.view()
	label := widget.NewLabel("")
	slider := newDialogSlider(minScale*100, maxScale*100)
	slider.Step = scaleStep * 100
	show := func(f float64) { label.SetText(fmt.Sprintf("Text size: %.0f %%", f)) }
	slider.SetValue(v.Scale * 100)
	show(slider.Value)
	slider.OnChanged = show
	slider.OnChangeEnded = func(f float64) { v := m.view(); v.Scale = f / 100; m.setView(v) }
	// Close is Lede's button, which Enter presses and Escape closes;
	// Enter on the slider presses it too, as the dialog's one button.
	// Fyne's Close took only Space (issue 11, a new student's walk).
	var d dialog.Dialog
	hide := func() { d.Hide() }
	closeButton := NewRingButton("Close", hide)
	closeButton.OnEscape = hide
	closeButton.Importance = widget.HighImportance
	slider.onEnter = hide
	// It says which keys move the slider, and is wide enough to see
	// where the slider stands: it was a bare slider about a hundred
	// pixels long (TestTextSizeDialogSaysHow).
	how := widget.NewLabel("Press the left or right arrow key to change it, then Enter.")
	how.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Text size",
		container.NewVBox(label, slider, how, closeButton), m.Window)
	d.Resize(fyne.NewSize(min(textSizeDialogEms*theme.TextSize(), m.Window.Canvas().Size().Width*messageWindowsShare), 0))
	showFocused(d, slider, m.Window)
	return closeButton
}

// addViewShortcuts makes Ctrl+= / Ctrl+- / Ctrl+0 work anywhere in the
// window, not only through the menu (Ctrl++ is Ctrl+= on most keyboards).
func (m *Main) addViewShortcuts() {
	c := m.Window.Canvas()
	for key, do := range map[fyne.KeyName]func(){
		fyne.KeyEqual: func() { m.stepText(1) },
		fyne.KeyPlus:  func() { m.stepText(1) },
		fyne.KeyMinus: func() { m.stepText(-1) },
		fyne.Key0:     func() { v := m.view(); v.Scale = 1; m.setView(v) },
		fyne.KeyR:     m.readQuestion,
		// The divider between the article and the quiz.
		fyne.KeyRightBracket: func() { m.stepSplit(1) },
		fyne.KeyLeftBracket:  func() { m.stepSplit(-1) },
	} {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { do() })
	}
	// Ctrl and "+" on a keyboard where + is Shift and =: the walk's
	// student pressed Ctrl+Shift+= and nothing happened.
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { m.stepText(1) })
}

// keyboardHelp lists what a student can do without a mouse: every key
// here works (TestShortcutsListWhatWorks presses the reading ones).
const keyboardHelp = `F10: open the File menu; Alt+F, Alt+V, Alt+T, Alt+H: open the File, View, Teacher or Help menu
In a menu: the arrow keys move, Enter picks, Escape closes it (pressing and releasing Alt alone opens the menus too)
Tab / Shift+Tab: go to the next / previous button, box or list; a ring shows where you are
Space or Enter: press the button that has the ring around it
Up and Down arrows (or Left and Right): move between the choices of a question and pick one (Tab goes to the choices once, not to each one; where the choice with the ring is out of sight, the first press only shows it)
Space on a choice: pick it
Enter in the answer field or on a choice: check the answer (then the ring moves to Next)
Home / End in the answer field: go to the start / end of what you typed
In the article (Tab to it first): Up and Down arrows scroll a line, Page Up / Page Down or Space scroll a screen, Home / End go to the top / bottom, Enter goes back to your answer
In the list of names: Up and Down arrows move the ring, Enter or Space picks the name
Ctrl+= / Ctrl+- / Ctrl+0: larger text, smaller text, normal size (View › Text size)
Ctrl+] / Ctrl+[: more room for the article / for the questions (moves the line between them; View › Article and questions)
Ctrl+R: read the question aloud (View › Read aloud reads the highlighted paragraph and whether your answer is right)
In a message or question: Enter presses the button with the ring (OK, or the answer it offers); Escape closes it and does nothing else
Escape: close a menu, or the message on top (as Cancel would), also while you type in one of its fields or choose one of its options; what you typed in your answer stays
Hand in: if questions have no answer yet, Lede asks first, the ring on Go back (Enter or Escape goes back; Tab, then Enter hands in anyway); then Enter saves your answers in the folder shown, Escape goes back, and Page Down shows the rest of its words where they do not fit`

// showShortcuts shows Help › Keyboard shortcuts.
func (m *Main) showShortcuts() *KeyScroll {
	return m.showText("Keyboard shortcuts", keyboardHelp, fyne.NewSize(620, 420))
}
