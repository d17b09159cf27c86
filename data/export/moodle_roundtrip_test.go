package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/quiz"
)

// The Moodle XML format as docs.moodle.org/en/Moodle_XML_format gives
// it, written here from the documentation rather than shared with the
// writer, so that a mistake in one is not copied into the other: <quiz>
// holds <question type="…">, each with <name><text>, <questiontext
// format="…"><text>, <generalfeedback>, and for most types <answer
// fraction="…"> with <text>, <feedback> and, for numerical, <tolerance>.
type (
	mdlQuiz struct {
		XMLName   xml.Name      `xml:"quiz"`
		Questions []mdlQuestion `xml:"question"`
	}
	mdlQuestion struct {
		Type            string      `xml:"type,attr"`
		Name            string      `xml:"name>text"`
		QuestionText    mdlText     `xml:"questiontext"`
		GeneralFeedback mdlText     `xml:"generalfeedback"`
		DefaultGrade    string      `xml:"defaultgrade"`
		Single          string      `xml:"single"`
		UseCase         string      `xml:"usecase"`
		Answers         []mdlAnswer `xml:"answer"`
	}
	mdlText struct {
		Format string `xml:"format,attr"`
		Text   string `xml:"text"`
	}
	mdlAnswer struct {
		Fraction  string  `xml:"fraction,attr"`
		Format    string  `xml:"format,attr"`
		Text      string  `xml:"text"`
		Tolerance string  `xml:"tolerance"`
		Feedback  mdlText `xml:"feedback"`
	}
)

// wantType is the Moodle type each kind must become (issue 15).
var wantType = map[quiz.Kind]string{
	quiz.YesNo: "truefalse", quiz.HowMany: "numerical", quiz.Who: "shortanswer", quiz.When: "shortanswer",
	quiz.ShortAnswer: "shortanswer", quiz.Choice: "multichoice", quiz.WhatIsWrong: "multichoice", quiz.FindSentence: "multichoice",
}

// TestMoodleRoundTrip exports every test lesson as Moodle XML, reads it
// back with encoding/xml into the documented structure, and compares
// each question with the one it came from: type, name, text, feedback,
// answers and their fractions.
func TestMoodleRoundTrip(t *testing.T) {
	for _, l := range lessons(t) {
		t.Run(l.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Moodle(&buf, l.article, l.questions); err != nil {
				t.Fatal(err)
			}
			var doc mdlQuiz
			if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
			if len(doc.Questions) != len(l.questions)+1 {
				t.Fatalf("%d questions in the file; want the article and %d", len(doc.Questions), len(l.questions))
			}
			checkArticleItem(t, l, doc.Questions[0].Type, doc.Questions[0].Name, doc.Questions[0].QuestionText.Text)
			for i, q := range l.questions {
				if err := compareMoodle(l, q, doc.Questions[i+1]); err != nil {
					t.Errorf("question %d (%s, %s): %v", i+1, q.ID, q.Kind, err)
				}
			}
		})
	}
}

// checkArticleItem: the first item describes the article — its headline
// and every paragraph, in order — and asks nothing.
func checkArticleItem(t *testing.T, l testLesson, typ, name, text string) {
	t.Helper()
	if typ != "description" {
		t.Errorf("the first item is a %s; want the article as a description", typ)
	}
	if !strings.Contains(name, fold(l.article.Name())) && len(l.article.Name()) < 150 {
		t.Errorf("the article item is named %q; want its headline", name)
	}
	body := textOf(text)
	paragraphsInOrder(t, l, body)
}

func compareMoodle(l testLesson, q quiz.Question, got mdlQuestion) error {
	if got.Type != wantType[q.Kind] {
		return fmt.Errorf("type %s; want %s", got.Type, wantType[q.Kind])
	}
	if got.Name != q.ID {
		return fmt.Errorf("named %q; want the question's ID", got.Name)
	}
	if got.QuestionText.Format != "html" || textOf(got.QuestionText.Text) != fold(q.Prompt) {
		return fmt.Errorf("text %q (%s); want %q", textOf(got.QuestionText.Text), got.QuestionText.Format, fold(q.Prompt))
	}
	if err := checkFeedback(l, q, textOf(got.GeneralFeedback.Text)); err != nil {
		return err
	}
	var answers []gotAnswer
	for _, a := range got.Answers {
		f, err := strconv.ParseFloat(a.Fraction, 64)
		if err != nil {
			return fmt.Errorf("fraction %q: %v", a.Fraction, err)
		}
		text := a.Text
		if a.Format == "html" {
			text = textOf(text)
		}
		answers = append(answers, gotAnswer{text: text, fraction: f, tolerance: a.Tolerance})
	}
	if got.Type == "multichoice" && got.Single != "true" {
		return fmt.Errorf("multiple choice with single = %q; want one answer", got.Single)
	}
	return checkAnswers(q, got.Type, answers)
}

// gotAnswer is an answer as read back from either format.
type gotAnswer struct {
	text      string
	fraction  float64 // per cent
	tolerance string
}

// checkFeedback: the feedback holds the explanation and the evidence.
func checkFeedback(l testLesson, q quiz.Question, feedback string) error {
	evidence := fold(l.article.Source[q.Evidence.Start:q.Evidence.End])
	if !strings.Contains(feedback, fold(q.Explanation)) || !strings.Contains(feedback, evidence) {
		return fmt.Errorf("feedback %q lacks the explanation %q or the evidence %q", feedback, fold(q.Explanation), evidence)
	}
	return nil
}

// checkAnswers compares the answers read back with the question's key,
// the same way for both formats. A true/false question's answers are
// "true" and "false".
func checkAnswers(q quiz.Question, typ string, got []gotAnswer) error {
	switch typ {
	case "truefalse":
		yes := strings.EqualFold(q.Accepted[0], "yes")
		want := []gotAnswer{{text: "true", fraction: 100 * b2f(yes)}, {text: "false", fraction: 100 * b2f(!yes)}}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("answers %v; want %v", got, want)
		}
	case "multichoice":
		if len(got) != len(q.Choices) {
			return fmt.Errorf("%d options; want %d", len(got), len(q.Choices))
		}
		right := 0
		for i, c := range q.Choices {
			want := 100 * b2f(strings.EqualFold(c, q.Answer))
			right += int(want / 100)
			if got[i].text != fold(c) || got[i].fraction != want {
				return fmt.Errorf("option %d is %q at %v%%; want %q at %v%%", i+1, got[i].text, got[i].fraction, fold(c), want)
			}
		}
		if right != 1 {
			return fmt.Errorf("%d right options; want one", right)
		}
	case "shortanswer":
		patterns := map[string]bool{}
		for _, a := range got {
			if a.fraction != 100 {
				return fmt.Errorf("answer %q is worth %v%%; every accepted answer is right", a.text, a.fraction)
			}
			patterns[strings.ToLower(a.text)] = true
		}
		for _, a := range q.Accepted {
			if p := strings.ToLower(shortAnswerOf(a)); !patterns[p] {
				return fmt.Errorf("accepted answer %q is missing (as %q) from %v", a, p, got)
			}
		}
	case "numerical":
		return checkNumerical(q, got)
	default:
		return fmt.Errorf("unexpected type %s", typ)
	}
	return nil
}

// checkNumerical: the first answer is the number for full marks, exact
// or, when the article's number is approximate, within 10 %.
func checkNumerical(q quiz.Question, got []gotAnswer) error {
	if len(got) == 0 {
		return fmt.Errorf("no answer")
	}
	v, err := strconv.ParseFloat(got[0].text, 64)
	if err != nil || v != q.Value || got[0].fraction != 100 {
		return fmt.Errorf("first answer %v; want %v for full marks", got[0], q.Value)
	}
	tol, err := strconv.ParseFloat(got[0].tolerance, 64)
	want := 0.0
	if q.Approx {
		want = math.Abs(q.Value) / 10
	}
	if err != nil || math.Abs(tol-want) > 1e-9*math.Max(1, want) {
		return fmt.Errorf("tolerance %q; want %v", got[0].tolerance, want)
	}
	for _, a := range got[1:] {
		if a.fraction >= 100 {
			return fmt.Errorf("a second answer for full marks: %v", a)
		}
	}
	return nil
}

// shortAnswerOf is how an accepted answer must read as a Moodle
// short-answer pattern, from Moodle's documentation: * is a wildcard, so
// a star in the answer is written \*; and GIFT's "->" (matching) must
// not appear, so "-*>" matches it.
func shortAnswerOf(a string) string {
	return strings.ReplaceAll(strings.ReplaceAll(fold(a), "*", `\*`), "->", "-*>")
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// fold is text as a browser shows it: runs of white space as one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

var tag = regexp.MustCompile(`<[^>]*>`)

// textOf reads the text of an HTML fragment: tags as spaces, entities
// decoded, spaces folded.
func textOf(h string) string { return fold(html.UnescapeString(tag.ReplaceAllString(h, " "))) }

// paragraphsInOrder checks that an exported article item holds every
// paragraph of the lesson's article, in order.
func paragraphsInOrder(t *testing.T, l testLesson, body string) {
	t.Helper()
	at := 0
	for _, p := range l.article.Paragraphs() {
		i := strings.Index(body[at:], fold(p.Text))
		if i < 0 {
			t.Errorf("the article item lacks, or misorders, the paragraph %q", fold(p.Text))
			return
		}
		at += i
	}
}
