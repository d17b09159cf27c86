package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/lesson"
)

// factKindWords name the kinds of fact in a teacher's words.
var factKindWords = map[facts.Kind]string{
	facts.Quantity: "Number", facts.Attribution: "Source", facts.Statement: "Who said what",
	facts.Commitment: "Promise", facts.NoCommitment: "No promise", facts.HeadlineClaim: "Headline claim",
	facts.DateMention: "Date", facts.Title: "Job title", facts.Hedged: "Only a possibility",
}

// FactsView shows what Lede read in the article — the traps first, then
// the facts — so the teacher can check it before publishing the quiz.
// Clicking an item highlights its evidence in the article.
type FactsView struct {
	Content fyne.CanvasObject
	Items   []*widget.Button
}

// NewFactsView lists the lesson's traps and facts; show is called with
// the evidence sentence of the item clicked.
func NewFactsView(l *lesson.Lesson, show func(sentence int)) *FactsView {
	v := &FactsView{}
	box := container.New(wrapColumn{})
	add := func(text string, sentence int) {
		b := widget.NewButton(text, func() { show(sentence) })
		b.Alignment = widget.ButtonAlignLeading
		v.Items = append(v.Items, b)
		box.Add(b)
	}
	box.Add(heading(fmt.Sprintf("Traps a careful reader should catch (%d)", len(l.Analysis.Flags))))
	if len(l.Analysis.Flags) == 0 {
		box.Add(widget.NewLabel("Lede found none in this article."))
	}
	for _, f := range l.Analysis.Flags {
		msg := widget.NewLabel(f.Message)
		msg.Wrapping = fyne.TextWrapWord
		add("Trap — "+trapLabel(f.Kind)+": "+shorten(f.About, 60), f.Sentence)
		box.Add(msg)
	}
	box.Add(widget.NewSeparator())
	box.Add(heading(fmt.Sprintf("Facts (%d)", len(l.Analysis.Facts))))
	for _, f := range l.Analysis.Facts {
		add(factLine(f), f.Sentence)
	}
	v.Content = container.NewVScroll(container.NewPadded(box))
	return v
}

// trapLabel names a kind of trap in a teacher's words.
func trapLabel(k facts.FlagKind) string {
	if t, ok := facts.TrapOf(k); ok {
		return t.Label
	}
	return string(k)
}

// factLine sums a fact up in one line.
func factLine(f facts.Fact) string {
	kind := factKindWords[f.Kind]
	var what string
	switch f.Kind {
	case facts.Quantity:
		what = strings.TrimSpace(f.Hedge + " " + f.NumberText + " " + f.Counts)
	case facts.DateMention:
		what = f.Claim
		if f.DateText != "" {
			what += " — " + f.DateText
		}
	case facts.Title:
		what = f.Subject + ": " + f.Claim
	default:
		what = strings.TrimSpace(f.Subject + ": " + f.Claim)
	}
	return kind + " — " + shorten(strings.TrimPrefix(what, ": "), 110)
}
