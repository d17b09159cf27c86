package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// PrefThemeVariant is the preference key for the chosen light or dark look.
const PrefThemeVariant = "theme.variant"

// Theme variants a user can choose; "" follows the computer's setting.
const (
	VariantSystem       = ""
	VariantLight        = "light"
	VariantDark         = "dark"
	VariantHighContrast = "high-contrast"
)

// ColorNameFocusRing is the colour of the ring Lede draws around the
// control that has the keyboard focus: at least 3:1 against the page and
// the blue Check button in every theme (Fyne's own focus is a faint tint).
const ColorNameFocusRing fyne.ThemeColorName = "ledeFocusRing"

// Theme is Fyne's default theme with larger text for reading articles on
// school laptops, and an optional fixed light or dark variant.
type Theme struct {
	Variant string
	// TextScale multiplies every text size (1 = 100 %); zero means 1.
	TextScale float32
	// ReadingFont names a font registered in ReadingFonts; "" is Fyne's.
	ReadingFont string
	// LineSpacing multiplies the article's line height (1 = normal);
	// zero means 1.
	LineSpacing float32
}

// FontSet is one reading font's four faces.
type FontSet struct{ Regular, Bold, Italic, BoldItalic fyne.Resource }

// ReadingFonts are the fonts a student may read in, by name. cmd/lede
// registers the ones it ships (OpenDyslexic), so that ui needs no files.
var ReadingFonts = map[string]FontSet{}

// SizeNameLineSpacing is the theme size ReadingText multiplies its line
// height by (View › Line spacing).
const SizeNameLineSpacing fyne.ThemeSizeName = "ledeLineSpacing"

var _ fyne.Theme = (*Theme)(nil)

// Color implements fyne.Theme.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.Variant {
	case VariantLight:
		v = theme.VariantLight
	case VariantDark:
		v = theme.VariantDark
	case VariantHighContrast:
		if c, ok := highContrast[n]; ok {
			return c
		}
		v = theme.VariantDark
	}
	own := darkColors
	if v == theme.VariantLight {
		own = lightColors
	}
	if c, ok := own[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

// lightColors replace Fyne's where its light theme falls below WCAG AA
// (TestEveryTextMeetsContrast computes every pair): the verdict colours
// on white (bright green and amber), the placeholder on the input box
// (3.2:1), the blue behind the Check button's white text (4.47:1), and
// the text of a disabled button, such as a checked question's
// "Answered" (1.2:1; 1.3:1 dark and high contrast, issue 11): greyer
// than the enabled buttons' text still, but readable.
//
// Fyne marks the highlighted menu item, and a focused control of its
// own, with the focus colour filled behind its text: a faint tint,
// 1.2:1 against the menu (issue 11). Fyne's menus take the app's theme
// and no other, so the focus colour itself is made strong enough: 3:1
// against the menu, with the text on it still 4.5:1 — which needs text
// darker than Fyne's grey (#565656): no fill can be 3:1 from white and
// 4.5:1 from that grey at once.
var lightColors = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameForeground:  color.NRGBA{R: 0x1f, G: 0x1f, B: 0x1f, A: 0xff},
	theme.ColorNameFocus:       color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xb8},
	theme.ColorNameSuccess:     color.NRGBA{R: 0x1e, G: 0x7d, B: 0x32, A: 0xff},
	theme.ColorNameWarning:     color.NRGBA{R: 0xa8, G: 0x5a, B: 0x00, A: 0xff},
	theme.ColorNameError:       color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
	theme.ColorNamePlaceHolder: color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
	theme.ColorNameDisabled:    color.NRGBA{R: 0x5c, G: 0x5c, B: 0x5c, A: 0xff},
	theme.ColorNamePrimary:     color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff},
	theme.ColorNameHyperlink:   color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff},
	ColorNameFocusRing:         color.NRGBA{R: 0x11, G: 0x11, B: 0x11, A: 0xff},
}

// darkColors do the same for the dark theme: the focus ring is white,
// which stands out on the page and on the blue button alike. The focus
// fill (menus) is a mid blue 3:1 from the menu, with white text on it
// 4.6:1; Fyne's off-white text would be 4.2:1 there, so text is white.
var darkColors = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameForeground: color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	theme.ColorNameFocus:      focusFill,
	theme.ColorNameDisabled:   color.NRGBA{R: 0xa8, G: 0xa8, B: 0xa8, A: 0xff},
	theme.ColorNamePrimary:    color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff},
	theme.ColorNameHyperlink:  color.NRGBA{R: 0x8a, G: 0xb4, B: 0xff, A: 0xff},
	ColorNameFocusRing:        color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
}

// highContrast is white on black, for low vision. The Check button is
// white with black text; the focus ring is magenta, the one kind of
// colour that stands 3:1 apart from both black and white.
var highContrast = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          color.NRGBA{A: 0xff},
	theme.ColorNameForeground:          color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	theme.ColorNameInputBackground:     color.NRGBA{A: 0xff},
	theme.ColorNameInputBorder:         color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	theme.ColorNameButton:              color.NRGBA{R: 0x1a, G: 0x1a, B: 0x1a, A: 0xff},
	theme.ColorNamePlaceHolder:         color.NRGBA{R: 0xc8, G: 0xc8, B: 0xc8, A: 0xff},
	theme.ColorNameDisabled:            color.NRGBA{R: 0xb0, G: 0xb0, B: 0xb0, A: 0xff},
	theme.ColorNamePrimary:             color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	theme.ColorNameForegroundOnPrimary: color.NRGBA{A: 0xff},
	theme.ColorNameSelection:           color.NRGBA{R: 0x00, G: 0x3d, B: 0x99, A: 0xff},
	theme.ColorNameSuccess:             color.NRGBA{R: 0x5e, G: 0xe6, B: 0x5e, A: 0xff},
	theme.ColorNameWarning:             color.NRGBA{R: 0xff, G: 0xb3, B: 0x00, A: 0xff},
	theme.ColorNameError:               color.NRGBA{R: 0xff, G: 0x7b, B: 0x7b, A: 0xff},
	theme.ColorNameHyperlink:           color.NRGBA{R: 0x8a, G: 0xcd, B: 0xff, A: 0xff},
	theme.ColorNameSeparator:           color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	theme.ColorNameFocus:               focusFill,
	theme.ColorNameHover:               color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0x33},
	ColorNameFocusRing:                 color.NRGBA{R: 0xd0, G: 0x00, B: 0xd0, A: 0xff},
}

// focusFill is the highlighted menu item's colour on dark menus: 3.1:1
// from Fyne's dark menu, white text on it 4.6:1, and in high contrast
// the black text of a focused white button 4.5:1 on it.
var focusFill = color.NRGBA{R: 0x3a, G: 0x74, B: 0xc8, A: 0xff}

// Font implements fyne.Theme: the chosen reading font for ordinary text,
// Fyne's for monospace and symbols.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	set, ok := ReadingFonts[t.ReadingFont]
	if !ok || s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	switch {
	case s.Bold && s.Italic:
		return set.BoldItalic
	case s.Bold:
		return set.Bold
	case s.Italic:
		return set.Italic
	}
	return set.Regular
}

// Icon implements fyne.Theme.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size implements fyne.Theme: body text a little larger than Fyne's
// default, for reading long articles, and text and the icons beside it
// scaled by View's text size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	scale := t.TextScale
	if scale <= 0 {
		scale = 1
	}
	switch n {
	case SizeNameLineSpacing:
		return max(t.LineSpacing, 1)
	case theme.SizeNameText:
		return 15 * scale
	case theme.SizeNameSubHeadingText:
		return 19 * scale
	case theme.SizeNameHeadingText:
		return 25 * scale
	case theme.SizeNameCaptionText:
		return theme.DefaultTheme().Size(n) * scale
	case theme.SizeNameInlineIcon:
		// The marks beside text (✔ ✘ on the question map and the
		// verdict, a choice's circle, a menu's tick) grow with it: at
		// 200 % they were half the height of the words they mark
		// (TestMarksGrowWithTheText).
		return theme.DefaultTheme().Size(n) * scale
	}
	return theme.DefaultTheme().Size(n)
}
