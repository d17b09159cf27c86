package ui

import (
	"image/color"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// tenPerRune measures text as 10 units a character, so that expected
// lines can be worked out by hand.
func tenPerRune(s string) float32 { return float32(10 * utf8.RuneCountInString(s)) }

func wordsOf(sentences ...string) []word {
	var out []word
	for i, s := range sentences {
		for _, f := range strings.FieldsFunc(s, isBreakableSpace) {
			parts := splitAfterHyphens(f)
			for k, p := range parts {
				out = append(out, word{text: p, sentence: i, width: tenPerRune(p), joinNext: k < len(parts)-1})
			}
		}
	}
	return out
}

func lineTexts(lines []line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.text())
	}
	return out
}

func TestWrapWords(t *testing.T) {
	cases := []struct {
		name      string
		sentences []string
		width     float32
		want      []string
	}{
		{"fits on one line", []string{"A short one."}, 200, []string{"A short one."}},
		{"breaks between words only", []string{"According to filings, the"}, 110,
			[]string{"According", "to filings,", "the"}},
		{"a sentence starts mid-line", []string{"One two.", "Three four."}, 150,
			[]string{"One two. Three", "four."}},
		{"a no-break space joins words", []string{"Jan.\u00a01, 2017"}, 80, []string{"Jan.\u00a01,", "2017"}},
		{"after a hyphen when the compound does not fit", []string{"a consumer-to-consumer site"}, 140,
			[]string{"a consumer-to-", "consumer site"}},
		{"a word wider than the line is split", []string{"see press@example.org now"}, 60,
			[]string{"see", "press@", "exampl", "e.org", "now"}},
		{"a width narrower than a letter still shows every letter", []string{"ab"}, 5, []string{"a", "b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lineTexts(wrapWords(wordsOf(c.sentences...), c.width, 10, tenPerRune))
			if !slices.Equal(got, c.want) {
				t.Errorf("lines = %q, want %q", got, c.want)
			}
		})
	}
}

// TestWrapWordsKeepsPiecesInsideTheLine: every piece starts where the
// previous one ended (plus a space) and no line is wider than the width
// unless it holds a single split word.
func TestWrapWordsKeepsPiecesInsideTheLine(t *testing.T) {
	words := wordsOf("First sentence here.", "Second one follows it.", "Third.")
	for width := float32(60); width <= 400; width += 10 {
		for _, l := range wrapWords(words, width, 10, tenPerRune) {
			last := l.pieces[len(l.pieces)-1]
			if end := last.x + last.width; end > width {
				t.Errorf("width %.0f: line ends at %.0f", width, end)
			}
		}
	}
}

// TestEvidenceBandIsReadable: the highlighted sentence's text on its
// band (the selection colour laid over the background) meets WCAG AA's
// 4.5:1 in both variants.
func TestEvidenceBandIsReadable(t *testing.T) {
	for _, variant := range []string{VariantLight, VariantDark} {
		th := &Theme{Variant: variant}
		v := theme.VariantLight
		if variant == VariantDark {
			v = theme.VariantDark
		}
		band := over(th.Color(theme.ColorNameSelection, v), th.Color(theme.ColorNameBackground, v))
		if r := contrast(th.Color(theme.ColorNameForeground, v), band); r < 4.5 {
			t.Errorf("%s: evidence text on its band %.2f:1; want at least 4.5:1", variant, r)
		}
	}
}

// over lays a possibly translucent colour over an opaque one.
func over(top, bottom color.Color) color.Color {
	tr, tg, tb, ta := top.RGBA() // premultiplied
	br, bg, bb, _ := bottom.RGBA()
	mix := func(t, b uint32) uint8 { return uint8((t + b*(0xffff-ta)/0xffff) >> 8) }
	return color.NRGBA{R: mix(tr, br), G: mix(tg, bg), B: mix(tb, bb), A: 0xff}
}

// TestHighlightDrawsABandWithoutMeasuringAgain: marking a sentence shows
// the band behind its words only, and keeps the words' measurements.
func TestHighlightDrawsABandWithoutMeasuringAgain(t *testing.T) {
	test.NewTempApp(t)
	rt := NewReadingText("First sentence here.", "Second one follows it.")
	w := test.NewTempWindow(t, rt)
	w.Resize(fyne.NewSize(400, 200))
	rt.Resize(fyne.NewSize(380, rt.MinSize().Height))
	measured := &rt.words[0]
	rt.SetHighlighted(1)
	if &rt.words[0] != measured {
		t.Error("highlighting measured the words again")
	}
	shown := 0
	for _, o := range test.WidgetRenderer(rt).Objects() {
		if b, ok := o.(*canvas.Rectangle); ok && b.Visible() {
			shown++
		}
	}
	if shown != 1 {
		t.Errorf("%d bands shown, want 1 (the second sentence fits one line)", shown)
	}
}

// TestWidestSpacingLeavesHeadlinesTogether: View › Space between lines › Widest
// spaces the body's lines twice as far apart, but a wrapped headline's
// lines no more than headingLineSpacing: spaced as widely, a three-line
// title read as three headings (issue 11, a student walk).
func TestWidestSpacingLeavesHeadlinesTogether(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&Theme{Variant: VariantLight, LineSpacing: 2})
	v := NewArticleView(sampleLesson(t).Article)
	headline, ok := v.body.Objects[0].(*ReadingText)
	if !ok {
		t.Fatalf("the article starts with %T, not its headline", v.body.Objects[0])
	}
	body := v.paras[0].text
	textHeight := func(r *ReadingText) float32 {
		return fyne.MeasureText("Mg", r.textSize(), r.TextStyle).Height
	}
	if got, most := headline.layoutFor(300).lineHeight, textHeight(headline)*headingLineSpacing+theme.LineSpacing()+1; got > most {
		t.Errorf("at Widest the headline's lines are %v apart; want at most %v", got, most)
	}
	if got, least := body.layoutFor(300).lineHeight, textHeight(body)*2; got < least {
		t.Errorf("at Widest the body's lines are %v apart; want at least %v", got, least)
	}
}
