package main

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkTextStyles: what Fyne spends on the first text of each style a
// screen shows. For every style it parses the theme's font, the 4 MB
// colour-emoji font and a system fallback font again (issue 16, start-up):
// the empty window shows one style, Lede's first screen three (regular,
// bold, italic). Needs no display:
//
//	go test -tags ci -run '^$' -bench TextStyles -benchtime 20x -count 3 -cpu 1 ./cmd/lede
func BenchmarkTextStyles(b *testing.B) {
	for _, c := range []struct {
		name   string
		styles []fyne.TextStyle
	}{
		{"regular", []fyne.TextStyle{{}}},
		{"regular+bold+italic", []fyne.TextStyle{{}, {Bold: true}, {Italic: true}}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				test.NewApp() // a fresh font cache
				for _, st := range c.styles {
					fyne.MeasureText("Lede", 14, st)
				}
			}
		})
	}
}
