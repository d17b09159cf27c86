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
	VariantSystem = ""
	VariantLight  = "light"
	VariantDark   = "dark"
)

// Theme is Fyne's default theme with larger text for reading articles on
// school laptops, and an optional fixed light or dark variant.
type Theme struct {
	Variant string
	// TextScale multiplies every text size (1 = 100 %); zero means 1.
	TextScale float32
}

var _ fyne.Theme = (*Theme)(nil)

// Color implements fyne.Theme.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.Variant {
	case VariantLight:
		v = theme.VariantLight
	case VariantDark:
		v = theme.VariantDark
	}
	if v == theme.VariantLight {
		if c, ok := lightText[n]; ok {
			return c
		}
	}
	return theme.DefaultTheme().Color(n, v)
}

// lightText darkens the verdict colours on a light background: Fyne's
// bright green and amber fall below WCAG's 4.5:1 contrast for text on
// white; these reach it (green 5.2:1, amber 5.1:1, red 5.6:1).
var lightText = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameSuccess: color.NRGBA{R: 0x1e, G: 0x7d, B: 0x32, A: 0xff},
	theme.ColorNameWarning: color.NRGBA{R: 0xa8, G: 0x5a, B: 0x00, A: 0xff},
	theme.ColorNameError:   color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
}

// Font implements fyne.Theme.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon implements fyne.Theme.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size implements fyne.Theme: body text a little larger than Fyne's
// default, for reading long articles.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	scale := t.TextScale
	if scale <= 0 {
		scale = 1
	}
	switch n {
	case theme.SizeNameText:
		return 15 * scale
	case theme.SizeNameSubHeadingText:
		return 19 * scale
	case theme.SizeNameHeadingText:
		return 25 * scale
	case theme.SizeNameCaptionText:
		return theme.DefaultTheme().Size(n) * scale
	}
	return theme.DefaultTheme().Size(n)
}
