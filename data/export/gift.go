package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// GIFT writes the article and its questions in GIFT, Moodle's text format
// (docs.moodle.org/en/GIFT_format): the article as a description item (a
// question with no answer block), then one question per Lede question,
// named by its ID, each a block of lines with a blank line between
// blocks. Texts are HTML, marked [html]; every character GIFT reserves is
// escaped (see escapeGIFT).
func GIFT(w io.Writer, a *article.Article, qs []quiz.Question) error {
	its, err := items(a, qs)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString(giftHeader)
	fmt.Fprintf(&b, "\n::%s::[html]%s\n", escapeGIFT(articleName(a)), escapeGIFT(articleHTML(a)))
	for _, it := range its {
		b.WriteString("\n")
		writeGIFTItem(&b, it)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("export: GIFT: %w", err)
	}
	return nil
}

// giftHeader opens the file, for a teacher who looks inside. Moodle skips
// lines that start with //.
const giftHeader = "// Made by Lede: the article, then its questions.\n" +
	"// Import it in Moodle with Question bank > Import > GIFT format.\n"

// writeGIFTItem writes one question: a comment line, the name and text,
// then the answer block, one answer a line.
func writeGIFTItem(b *bytes.Buffer, it item) {
	fmt.Fprintf(b, "// %s: %s\n", it.ID, quiz.KindLabel(it.Kind))
	fmt.Fprintf(b, "::%s::[html]%s{", escapeGIFT(it.ID), escapeGIFT(it.Text))
	switch it.Type {
	case trueFalse:
		b.WriteString(map[bool]string{true: "TRUE", false: "FALSE"}[it.True])
	case numerical:
		b.WriteString("#")
	}
	b.WriteString("\n")
	for _, a := range it.Answers {
		b.WriteString("\t" + giftAnswer(it.Type, a) + "\n")
	}
	fmt.Fprintf(b, "\t####%s\n}\n", escapeGIFT(it.Feedback))
}

// giftAnswer writes one answer: =right or ~wrong for a choice, =%N%text
// for a short answer or number worth N per cent, with #feedback.
func giftAnswer(t qtype, a answer) string {
	var s string
	switch {
	case t == multiChoice && a.Fraction == 100:
		s = "=" + escapeGIFT(a.Text)
	case t == multiChoice && strings.HasPrefix(a.Text, "%"):
		// "~%20%…" would be read as a weight: say it is worth nothing.
		s = "~%0%" + escapeGIFT(a.Text)
	case t == multiChoice:
		s = "~" + escapeGIFT(a.Text)
	case t == numerical:
		// The colon is GIFT's own, between the number and its margin.
		s = fmt.Sprintf("=%%%d%%%s:%s", a.Fraction, a.Text, a.Tolerance)
	default:
		s = fmt.Sprintf("=%%%d%%%s", a.Fraction, escapeGIFT(a.Text))
	}
	if a.Feedback != "" {
		s += "#" + escapeGIFT(a.Feedback)
	}
	return s
}

// escapeGIFT writes text so that GIFT reads it back unchanged: a
// backslash before each of ~ = # { } : and before a backslash itself,
// and a line break as \n. Nothing is lost, so any text comes back (a
// fuzz test holds it to that); plain has already folded line breaks
// away in what Lede writes.
func escapeGIFT(s string) string { return giftEscaper.Replace(s) }

var giftEscaper = strings.NewReplacer(
	`\`, `\\`, "~", `\~`, "=", `\=`, "#", `\#`, "{", `\{`, "}", `\}`, ":", `\:`, "\n", `\n`)
