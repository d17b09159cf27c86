package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// Moodle writes the article and its questions as Moodle XML, the format
// of Moodle's question bank import (docs.moodle.org/en/Moodle_XML_format):
// a description item with the article, then one question per Lede
// question, named by its ID. Texts are HTML (format="html"), in CDATA
// where they hold markup; answers a student types are plain text.
func Moodle(w io.Writer, a *article.Article, qs []quiz.Question) error {
	its, err := items(a, qs)
	if err != nil {
		return err
	}
	doc := moodleQuiz{Comment: moodleComment, Questions: []moodleQuestion{{
		Type: "description", Name: moodleName{xmlText(articleName(a))},
		Text:     htmlField(articleHTML(a)),
		Feedback: htmlField(""), DefaultGrade: "0", Penalty: "0",
	}}}
	for _, it := range its {
		doc.Questions = append(doc.Questions, moodleItem(it))
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: Moodle XML: %w", err)
	}
	buf.WriteByte('\n')
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("export: Moodle XML: %w", err)
	}
	return nil
}

// moodleComment opens the file, for a teacher who looks inside.
const moodleComment = " Made by Lede: the article, then its questions. Import it in Moodle with Question bank > Import > Moodle XML format. "

// The file's elements, as Moodle's importer reads them.
type (
	moodleQuiz struct {
		XMLName   xml.Name         `xml:"quiz"`
		Comment   string           `xml:",comment"`
		Questions []moodleQuestion `xml:"question"`
	}
	moodleQuestion struct {
		Comment  string     `xml:",comment"`
		Type     string     `xml:"type,attr"`
		Name     moodleName `xml:"name"`
		Text     moodleHTML `xml:"questiontext"`
		Feedback moodleHTML `xml:"generalfeedback"`
		// DefaultGrade and Penalty are Moodle's defaults for the type.
		DefaultGrade    string         `xml:"defaultgrade"`
		Penalty         string         `xml:"penalty"`
		Hidden          int            `xml:"hidden"`
		UseCase         string         `xml:"usecase,omitempty"`
		Single          string         `xml:"single,omitempty"`
		ShuffleAnswers  string         `xml:"shuffleanswers,omitempty"`
		AnswerNumbering string         `xml:"answernumbering,omitempty"`
		Answers         []moodleAnswer `xml:"answer"`
	}
	moodleName struct {
		Text xmlText `xml:"text"`
	}
	moodleHTML struct {
		Format string  `xml:"format,attr"`
		Text   xmlText `xml:"text"`
	}
	moodleAnswer struct {
		Fraction  int        `xml:"fraction,attr"`
		Format    string     `xml:"format,attr"`
		Text      xmlText    `xml:"text"`
		Tolerance string     `xml:"tolerance,omitempty"`
		Feedback  moodleHTML `xml:"feedback"`
	}
)

// htmlField is an HTML text field.
func htmlField(s string) moodleHTML { return moodleHTML{Format: "html", Text: xmlText(s)} }

// moodlePenalty is the share of the marks a wrong try costs when the
// quiz allows several, Moodle's default for each type.
var moodlePenalty = map[qtype]string{trueFalse: "1", shortAnswer: "0.3333333", numerical: "0.3333333", multiChoice: "0.3333333"}

// moodleItem writes one question in Moodle's terms.
func moodleItem(it item) moodleQuestion {
	q := moodleQuestion{
		Comment: fmt.Sprintf(" %s: %s ", it.ID, quiz.KindLabel(it.Kind)),
		Type:    string(it.Type), Name: moodleName{xmlText(it.ID)},
		Text: htmlField(it.Text), Feedback: htmlField(it.Feedback),
		DefaultGrade: "1", Penalty: moodlePenalty[it.Type],
	}
	switch it.Type {
	case trueFalse:
		q.Answers = []moodleAnswer{
			{Fraction: 100 * boolInt(it.True), Format: "moodle_auto_format", Text: "true", Feedback: htmlField("")},
			{Fraction: 100 * boolInt(!it.True), Format: "moodle_auto_format", Text: "false", Feedback: htmlField("")},
		}
	case shortAnswer:
		q.UseCase = "0" // case does not matter
	case multiChoice:
		// Lede's order, which the teacher has seen; a quiz can still
		// shuffle it.
		q.Single, q.ShuffleAnswers, q.AnswerNumbering = "true", "false", "abc"
	}
	format := "moodle_auto_format"
	if it.Type == multiChoice {
		format = "html"
	}
	for _, a := range it.Answers {
		q.Answers = append(q.Answers, moodleAnswer{Fraction: a.Fraction, Format: format, Text: xmlText(a.Text),
			Tolerance: a.Tolerance, Feedback: htmlField(a.Feedback)})
	}
	return q
}

// xmlText is a text element's content: in CDATA when it holds markup or
// characters XML would escape, as Moodle's own export writes it, so the
// HTML reads as HTML in the file.
type xmlText string

// MarshalXML writes t as CDATA or as plain character data.
func (t xmlText) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if strings.ContainsAny(string(t), `<>&'"`) {
		return e.EncodeElement(struct {
			S string `xml:",cdata"`
		}{string(t)}, start)
	}
	return e.EncodeElement(string(t), start)
}
