package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fakeMenuBar stands for the menu bar Fyne's desktop window draws: the
// test driver draws none. Like Fyne's, ToggleMenu opens the bar on its
// first menu and focuses it, and Right on a focused menu moves to the
// next one.
type fakeMenuBar struct {
	labels []string
	items  []*fakeMenuItem
	open   int // the menu open, or -1
	lit    int // the item lit in the open menu, or -1
}

type fakeMenuItem struct {
	widget.Label
	bar *fakeMenuBar
	i   int
}

func (f *fakeMenuItem) FocusGained()   {}
func (f *fakeMenuItem) FocusLost()     {}
func (f *fakeMenuItem) TypedRune(rune) {}
func (f *fakeMenuItem) TypedKey(e *fyne.KeyEvent) {
	switch {
	case e.Name == fyne.KeyRight && f.i+1 < len(f.bar.items):
		f.bar.open, f.bar.lit = f.i+1, -1
	case e.Name == fyne.KeyDown:
		f.bar.lit++
	}
}

func (b *fakeMenuBar) ToggleMenu() {
	if b.open >= 0 {
		b.DismissMenu()
		return
	}
	b.open, b.lit = 0, -1
}

func (b *fakeMenuBar) Focused() fyne.Focusable {
	if b.open < 0 {
		return nil
	}
	return b.items[b.open]
}

func (b *fakeMenuBar) DismissMenu() bool {
	was := b.open >= 0
	b.open, b.lit = -1, -1
	return was
}

// withFakeMenuBar puts a fake menu bar, with w's menus, on w's canvas
// (its items are Tab stops of their own, as Fyne's are in its bar).
func withFakeMenuBar(t *testing.T, w fyne.Window) *fakeMenuBar {
	t.Helper()
	b := &fakeMenuBar{open: -1, lit: -1}
	for i, mn := range w.MainMenu().Items {
		it := &fakeMenuItem{bar: b, i: i}
		it.Text = mn.Label
		it.ExtendBaseWidget(it)
		b.items = append(b.items, it)
		b.labels = append(b.labels, mn.Label)
	}
	old := menuBarOf
	menuBarOf = func(c fyne.Canvas) (menuBar, bool) { return b, c == w.Canvas() }
	t.Cleanup(func() { menuBarOf = old })
	return b
}

// altKey sends Alt+key as Fyne's desktop window does: to the focused
// control if it takes shortcuts (a text field), else to the window.
func altKey(c fyne.Canvas, key fyne.KeyName) {
	s := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierAlt}
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	c.(fyne.Shortcutable).TypedShortcut(s)
}

// altKeyOnMenu sends Alt+key while a menu is open: the menu has the
// focus and takes no shortcuts, so the window gets it.
func altKeyOnMenu(c fyne.Canvas, key fyne.KeyName) {
	c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierAlt})
}

// TestF10AndAltLetterOpenMenus: F10 opens the first menu and Alt with a
// menu's first letter opens that menu, from the name field, the answer
// field, a choice, a button, the article and with nothing focused; and
// Help › Keyboard shortcuts says so. In Fyne 2.7 only Alt alone then the
// arrows opened them (issue 11, a new student's walk tried F10 and Alt+F).
func TestF10AndAltLetterOpenMenus(t *testing.T) {
	test.NewTempApp(t)
	m, w := sampleMain(t, tempStore(t))
	w.Resize(fyne.NewSize(1200, 800))
	bar := withFakeMenuBar(t, w)
	c := w.Canvas()
	if got := strings.Join(bar.labels, " "); got != "File View Teacher Help" {
		t.Fatalf("menus %q", got)
	}
	try := func(where string, focus func()) {
		t.Helper()
		for i, label := range bar.labels {
			focus()
			altKey(c, menuLetter(label))
			if bar.open != i {
				t.Errorf("%s: Alt+%s opened menu %d; want %s", where, menuLetter(label), bar.open, label)
			}
			// Alt+letter on an open menu moves to the other menu.
			other := (i + 1) % len(bar.labels)
			altKeyOnMenu(c, menuLetter(bar.labels[other]))
			if bar.open != other {
				t.Errorf("%s: Alt+%s with %s open opened menu %d", where, menuLetter(bar.labels[other]), label, bar.open)
			}
			bar.DismissMenu()
		}
		focus()
		if f := c.Focused(); f != nil {
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
		} else {
			c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF10})
		}
		if bar.open != 0 {
			t.Errorf("%s: F10 opened menu %d; want File", where, bar.open)
		}
		bar.DismissMenu()
	}
	try("the name field", func() { c.Focus(m.Picker.Name) })
	if m.Picker.SetUp.Visible() {
		try("the teacher's set-up button", func() { c.Focus(m.Picker.SetUp) })
	} else {
		t.Error("a new computer's first screen does not offer the set-up: the test misses its button")
	}
	try("nothing focused", func() { c.Unfocus() })
	if err := m.StartAs("Lin M"); err != nil {
		t.Fatal(err)
	}
	q := m.Quiz
	q.Go(0)
	try("the answer field", func() { c.Focus(q.Entry) })
	if m.Quiz.Entry.Text != "" {
		t.Errorf("Alt+letter typed %q into the answer", q.Entry.Text)
	}
	try("the Check button", func() { c.Focus(q.CheckButton) })
	try("the article", func() { c.Focus(m.Article.Keys) })
	for i, qq := range q.questions {
		if len(qq.Choices) > 0 {
			q.Go(i)
			try("a choice", func() { c.Focus(q.Choices) })
			break
		}
	}
	for _, want := range []string{"F10: open the File menu", "Alt+F, Alt+V, Alt+T, Alt+H"} {
		if !strings.Contains(keyboardHelp, want) {
			t.Errorf("Help › Keyboard shortcuts does not say %q", want)
		}
	}
	if strings.Contains(keyboardHelp, "do not open a menu") {
		t.Error("Help › Keyboard shortcuts still says F10 and Alt+letter do not work")
	}
}

// TestAltLetterLightsTheFirstItem: Alt+letter and F10 open a menu with
// its first item lit, so that Enter chooses it; Fyne opened it with no
// item lit, and a new student's walk pressed Alt+F then Enter for Open
// lesson… and nothing happened (seen in the real window).
func TestAltLetterLightsTheFirstItem(t *testing.T) {
	test.NewTempApp(t)
	_, w := sampleMain(t, tempStore(t))
	bar := withFakeMenuBar(t, w)
	c := w.Canvas()
	for i, label := range bar.labels {
		altKey(c, menuLetter(label))
		if bar.open != i || bar.lit != 0 {
			t.Errorf("Alt+%s: menu %d open, item %d lit; want %s with its first item lit", menuLetter(label), bar.open, bar.lit, label)
		}
		bar.DismissMenu()
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF10})
	if bar.open != 0 || bar.lit != 0 {
		t.Errorf("F10: menu %d open, item %d lit; want File with its first item lit", bar.open, bar.lit)
	}
}
