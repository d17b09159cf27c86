package ui

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/store"
)

// contrastPair is one text (or indicator) colour against what it is
// actually drawn on, in one theme variant.
type contrastPair struct {
	what   string
	fg, bg color.Color
	want   float64 // 4.5 for text, 3 for focus indicators and large marks
}

// themePairs lists every text colour Lede draws against its real
// background, composited as Fyne composites it.
func themePairs(th *Theme, v fyne.ThemeVariant) []contrastPair {
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	bg := c(theme.ColorNameBackground)
	input := over(c(theme.ColorNameInputBackground), bg)
	button := over(c(theme.ColorNameButton), bg)
	primary := over(c(theme.ColorNamePrimary), bg)
	band := over(c(theme.ColorNameSelection), bg)
	menu := over(c(theme.ColorNameMenuBackground), bg)
	overlay := over(c(theme.ColorNameOverlayBackground), bg)
	// Fyne fills the highlighted menu item, and its own focused buttons,
	// with the focus colour over what is beneath.
	highlight := over(c(theme.ColorNameFocus), menu)
	popupHighlight := over(c(theme.ColorNameFocus), overlay)
	focusedButton := over(c(theme.ColorNameFocus), button)
	focusedPrimary := over(c(theme.ColorNameFocus), primary)
	disabledButton := over(c(theme.ColorNameDisabledButton), bg)
	return []contrastPair{
		{"article text", c(theme.ColorNameForeground), bg, 4.5},
		{"evidence sentence on its band", c(theme.ColorNameForeground), band, 4.5},
		{"typed answer", c(theme.ColorNameForeground), input, 4.5},
		{"placeholder", c(theme.ColorNamePlaceHolder), input, 4.5},
		// Once checked, the answer shows as plain text in the field's
		// place: Fyne's disabled grey was below 4.5:1 (issue 11).
		{"checked answer", c(theme.ColorNameForeground), bg, 4.5},
		{"button text", c(theme.ColorNameForeground), button, 4.5},
		{"Check button text", c(theme.ColorNameForegroundOnPrimary), primary, 4.5},
		// The "3 of 12 answered" label sits beside the bar, on the page:
		// on the bar it straddled the filled part and the faint track.
		{"answered count", c(theme.ColorNameForeground), bg, 4.5},
		{"correct verdict", c(theme.ColorNameSuccess), bg, 4.5},
		{"partly right verdict", c(theme.ColorNameWarning), bg, 4.5},
		{"wrong verdict", c(theme.ColorNameError), bg, 4.5},
		{"link", c(theme.ColorNameHyperlink), bg, 4.5},
		// A checked question's button reads "Answered", disabled: in
		// Fyne's disabled grey it was 1.9:1 in high contrast (issue 11).
		{"disabled button text (Answered)", c(theme.ColorNameDisabled), disabledButton, 4.5},
		{"disabled text on the page", c(theme.ColorNameDisabled), bg, 4.5},
		{"focus ring on the page", c(ColorNameFocusRing), bg, 3},
		{"focus ring on the Check button", c(ColorNameFocusRing), primary, 3},
		// Inside the ring a band of the page's colour (ringRenderer's
		// gap) parts it from the fill: the ring stands on the gap, the gap
		// on the blue Check button.
		{"focus ring on its gap", c(ColorNameFocusRing), bg, 3},
		{"focus gap on the Check button", bg, primary, 3},
		// The question shown is marked by a bar under its number, on the
		// button's own fill (RingButton.SetCurrent).
		{"current question's bar on its button", c(theme.ColorNameForeground), button, 3},
		{"focus ring on a button", c(ColorNameFocusRing), button, 3},
		// A text field's ring stands just outside its box, on the page,
		// and must stand out from the box too (issue 11: Fyne's 1 px
		// blue border was 1.9:1).
		{"focus ring beside a text field", c(ColorNameFocusRing), input, 3},
		// The name list's ring is drawn inside a row, on the page.
		{"focus ring on a name in the list", c(ColorNameFocusRing), bg, 3},
		// Menus are Fyne's own and take only the app's theme: the focus
		// colour is their highlight (issue 11: 1.2:1).
		{"menu highlight on the menu bar", highlight, menu, 3},
		{"menu highlight in an open menu", popupHighlight, overlay, 3},
		{"menu text on its highlight", c(theme.ColorNameForeground), highlight, 4.5},
		{"menu text in an open menu's highlight", c(theme.ColorNameForeground), popupHighlight, 4.5},
		{"text of a focused Fyne button", c(theme.ColorNameForeground), focusedButton, 4.5},
		{"text of a focused Fyne primary button", c(theme.ColorNameForegroundOnPrimary), focusedPrimary, 4.5},
	}
}

// TestEveryTextMeetsContrast computes, from the theme's own colours,
// every text's contrast against its real background in every theme, so
// that a theme change cannot quietly make something unreadable (WCAG 2.2
// AA: 4.5:1 for text, 3:1 for focus indicators).
func TestEveryTextMeetsContrast(t *testing.T) {
	for _, variant := range []string{VariantLight, VariantDark, VariantHighContrast} {
		th := &Theme{Variant: variant}
		v := theme.VariantLight
		if variant == VariantDark || variant == VariantHighContrast {
			v = theme.VariantDark
		}
		for _, p := range themePairs(th, v) {
			r := contrast(p.fg, p.bg)
			if testing.Verbose() {
				t.Logf("%-14s %-36s %5.2f:1", variant, p.what, r)
			}
			if r < p.want {
				t.Errorf("%s: %s %.2f:1; want at least %.1f:1", variant, p.what, r, p.want)
			}
		}
	}
}

// TestCheckedAnswerStaysReadable: the answer a student typed stays
// readable once the field locks after the check that ends the question,
// in every theme: drawn in Fyne's disabled grey it was 2.6:1 on the
// light theme's input box (issue 11, a new student's walk).
func TestCheckedAnswerStaysReadable(t *testing.T) {
	for _, variant := range []string{VariantLight, VariantDark, VariantHighContrast} {
		a, th, l, p, _ := samplePanelInTheme(t, variant)
		p.Go(questionIndex(t, l, "Does Alibaba commit"))
		test.Type(p.Entry, "no")
		test.Tap(p.CheckButton)
		if !p.Entry.Disabled() {
			t.Fatal("the field is not locked after a right answer")
		}
		v := a.Settings().ThemeVariant()
		bg := th.Color(theme.ColorNameBackground, v)
		found := false
		if !p.LockedAnswer.Visible() || p.Entry.Visible() {
			t.Fatalf("%s: the locked field is still shown in place of the checked answer", variant)
		}
		walk(p.LockedAnswer, func(o fyne.CanvasObject) {
			if txt, ok := o.(*canvas.Text); ok && strings.Contains(txt.Text, "no") && txt.Visible() {
				found = true
				if r := contrast(txt.Color, bg); r < 4.5 {
					t.Errorf("%s: the checked answer is drawn at %.2f:1 on the page; want 4.5:1", variant, r)
				}
			}
		})
		if !found {
			t.Errorf("%s: the answer's text is not drawn", variant)
		}
	}
}

// samplePanelInTheme opens the sample lesson's quiz panel in a test
// window drawn in a theme variant: what each contrast test reads.
func samplePanelInTheme(t *testing.T, variant string) (fyne.App, *Theme, *lesson.Lesson, *QuizPanel, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	th := &Theme{Variant: variant}
	a.Settings().SetTheme(th)
	l := sampleLesson(t)
	p := NewQuizPanel(l.Questions, nil, 0, 0, store.Progress{Drafts: map[string]string{}})
	w := test.NewTempWindow(t, p.Content)
	p.SetCanvas(w.Canvas())
	return a, th, l, p, w
}
