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
	return theme.DefaultTheme().Color(n, v)
}

// Font implements fyne.Theme.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon implements fyne.Theme.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size implements fyne.Theme: body text a little larger than Fyne's
// default, for reading long articles.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 15
	case theme.SizeNameSubHeadingText:
		return 19
	case theme.SizeNameHeadingText:
		return 25
	}
	return theme.DefaultTheme().Size(n)
}
