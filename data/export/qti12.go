package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// QTI12 writes the article and its questions as a QTI 1.2 package in
// the form Canvas's "QTI .zip file" import reads, for Canvas: Canvas
// imports a QTI 2.1 text entry as an essay, without its key, while its
// own quiz export, and so its import, is QTI 1.2. The zip holds
// imsmanifest.xml and one assessment file (questestinterop ›
// assessment › section › items). Each item carries Canvas's metadata
// (question_type, points_possible): the article first as a
// text_only_question, then true_false_question for yes/no,
// multiple_choice_question for the kinds answered by picking,
// short_answer_question with every accepted answer as a varequal of the
// condition that scores 100, and numerical_question, an exact number or
// a range for an approximate one. The general feedback, shown after any
// answer, is the explanation and the evidence sentence.
//
// The elements are those Canvas's own QTI 1.2 export writes
// (instructure/canvas-lms, lib/cc/qti/qti_items.rb). The bytes are the
// same for the same lesson.
func QTI12(w io.Writer, a *article.Article, qs []quiz.Question) error {
	its, err := items(a, qs)
	if err != nil {
		return err
	}
	lessonID := lessonIdentifier(a)
	ids, err := itemIdentifiers(its, "QTI 1.2", qtiArticleID, lessonID, q12SectionID)
	if err != nil {
		return err
	}
	doc := q12Interop{
		NS: q12NS, XSI: xsiNS, SchemaLocation: q12Schema, Comment: q12Comment,
		Assessment: q12Assessment{Ident: lessonID, Title: clip(plain(a.Name()), maxNameRunes),
			Section: q12Section{Ident: q12SectionID, Items: []q12Item{q12ArticleItem(a)}}},
	}
	for i, it := range its {
		doc.Assessment.Section.Items = append(doc.Assessment.Section.Items, q12QuestionItem(ids[i], qs[i], it))
	}
	body, err := qtiXML(doc)
	if err != nil {
		return err
	}
	file := lessonID + "/" + lessonID + ".xml"
	manifest, err := qtiXML(cpManifest{
		NS: cpNS, XSI: xsiNS, SchemaLocation: cpSchema,
		Identifier: "MANIFEST-" + lessonID, Schema: "IMS Content", SchemaVersion: "1.1.3",
		Resources: []cpResource{{Identifier: "RES-" + lessonID, Type: q12ResourceType, Href: file, Files: []cpFile{{file}}}},
	})
	if err != nil {
		return err
	}
	return writeZip(w, []qtiFile{{qtiManifest, manifest}, {file, body}}, "QTI 1.2")
}

// The namespace, schema location and manifest resource type of QTI 1.2,
// as Canvas's export and text2qti write them.
const (
	q12NS           = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
	q12Schema       = q12NS + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
	q12ResourceType = "imsqti_xmlv1p2"
	q12SectionID    = "root_section"
	q12Comment      = " Made by Lede: the article, then its questions. Import the .zip in Canvas with Settings > Import Course Content > QTI .zip file. "
)

// The identifiers inside every item, as Canvas names them.
const (
	q12ResponseID = "response1"
	q12FeedbackID = "general_fb"
)

// q12Types is Canvas's question_type for each native type.
var q12Types = map[qtype]string{
	trueFalse:   "true_false_question",
	multiChoice: "multiple_choice_question",
	shortAnswer: "short_answer_question",
	numerical:   "numerical_question",
}

// The assessment file's elements, in the order QTI 1.2 gives them.
type (
	q12Interop struct {
		XMLName        xml.Name      `xml:"questestinterop"`
		NS             string        `xml:"xmlns,attr"`
		XSI            string        `xml:"xmlns:xsi,attr"`
		SchemaLocation string        `xml:"xsi:schemaLocation,attr"`
		Comment        string        `xml:",comment"`
		Assessment     q12Assessment `xml:"assessment"`
	}
	q12Assessment struct {
		Ident   string     `xml:"ident,attr"`
		Title   string     `xml:"title,attr"`
		Section q12Section `xml:"section"`
	}
	q12Section struct {
		Ident string    `xml:"ident,attr"`
		Items []q12Item `xml:"item"`
	}
	q12Item struct {
		Comment      string          `xml:",comment"`
		Ident        string          `xml:"ident,attr"`
		Title        string          `xml:"title,attr"`
		Meta         []q12Field      `xml:"itemmetadata>qtimetadata>qtimetadatafield"`
		Presentation q12Presentation `xml:"presentation"`
		Processing   *q12Processing  `xml:"resprocessing"`
		Feedback     []q12Feedback   `xml:"itemfeedback"`
	}
	q12Field struct {
		Label string `xml:"fieldlabel"`
		Entry string `xml:"fieldentry"`
	}
	q12Presentation struct {
		Material q12Material     `xml:"material"`
		Choice   *q12ResponseLid `xml:"response_lid"`
		Typed    *q12ResponseStr `xml:"response_str"`
	}
	q12Material struct {
		Text q12MatText `xml:"mattext"`
	}
	q12ResponseLid struct {
		Ident       string     `xml:"ident,attr"`
		Cardinality string     `xml:"rcardinality,attr"`
		Labels      []q12Label `xml:"render_choice>response_label"`
	}
	q12Label struct {
		Ident    string      `xml:"ident,attr"`
		Material q12Material `xml:"material"`
	}
	q12ResponseStr struct {
		Ident       string `xml:"ident,attr"`
		Cardinality string `xml:"rcardinality,attr"`
		Fib         struct {
			FibType string `xml:"fibtype,attr,omitempty"`
			Label   struct {
				Ident   string `xml:"ident,attr"`
				Shuffle string `xml:"rshuffle,attr,omitempty"`
			} `xml:"response_label"`
		} `xml:"render_fib"`
	}
	q12Processing struct {
		Score      q12DecVar      `xml:"outcomes>decvar"`
		Conditions []q12Condition `xml:"respcondition"`
	}
	q12DecVar struct {
		MaxValue string `xml:"maxvalue,attr"`
		MinValue string `xml:"minvalue,attr"`
		VarName  string `xml:"varname,attr"`
		VarType  string `xml:"vartype,attr"`
	}
	q12Condition struct {
		Continue string          `xml:"continue,attr"`
		Var      q12ConditionVar `xml:"conditionvar"`
		Set      *q12SetVar      `xml:"setvar"`
		Display  *q12Display     `xml:"displayfeedback"`
	}
	// q12ConditionVar holds a condition's tests: several varequal on the
	// same response are its accepted answers, as Canvas writes a short
	// answer; a vargte and a varlte together are a range.
	q12ConditionVar struct {
		Other *struct{}  `xml:"other"`
		Or    *q12Or     `xml:"or"`
		Equal []q12Value `xml:"varequal"`
		GTE   *q12Value  `xml:"vargte"`
		LTE   *q12Value  `xml:"varlte"`
	}
	q12Or struct {
		Equal []q12Value `xml:"varequal"`
	}
	q12Value struct {
		RespIdent string `xml:"respident,attr"`
		Value     string `xml:",chardata"`
	}
	q12SetVar struct {
		Action  string `xml:"action,attr"`
		VarName string `xml:"varname,attr"`
		Value   string `xml:",chardata"`
	}
	q12Display struct {
		FeedbackType string `xml:"feedbacktype,attr"`
		LinkRefID    string `xml:"linkrefid,attr"`
	}
	q12Feedback struct {
		Ident    string      `xml:"ident,attr"`
		Material q12Material `xml:"flow_mat>material"`
	}
)

// q12MatText is a mattext: HTML (text/html) or plain text (text/plain),
// in CDATA where it holds markup, as xmlText writes it.
type q12MatText struct {
	TextType string
	Text     string
}

// MarshalXML writes the text's type and the text.
func (m q12MatText) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = []xml.Attr{{Name: xml.Name{Local: "texttype"}, Value: m.TextType}}
	return xmlText(m.Text).MarshalXML(e, start)
}

func htmlMaterial(s string) q12Material  { return q12Material{q12MatText{"text/html", s}} }
func plainMaterial(s string) q12Material { return q12Material{q12MatText{"text/plain", s}} }

// meta is an item's Canvas metadata.
func meta(questionType, points string) []q12Field {
	return []q12Field{{"question_type", questionType}, {"points_possible", points}}
}

// q12ArticleItem is the article as a text_only_question: no response,
// no points, only its text to read before the questions.
func q12ArticleItem(a *article.Article) q12Item {
	return q12Item{
		Comment: " Made by Lede: the article the questions are about. It asks nothing. ",
		Ident:   qtiArticleID, Title: articleName(a),
		Meta:         meta("text_only_question", "0"),
		Presentation: q12Presentation{Material: htmlMaterial(articleHTML(a))},
	}
}

// q12QuestionItem writes one question as Canvas's nearest type.
func q12QuestionItem(id string, q quiz.Question, it item) q12Item {
	x := q12Item{
		Comment: fmt.Sprintf(" %s: %s ", it.ID, quiz.KindLabel(it.Kind)),
		Ident:   id, Title: it.ID,
		Meta:         meta(q12Types[it.Type], "1"),
		Presentation: q12Presentation{Material: htmlMaterial(it.Text)},
		Feedback:     []q12Feedback{{Ident: q12FeedbackID, Material: htmlMaterial(it.Feedback)}},
	}
	// The general feedback first, shown whatever the answer; then the
	// conditions that score, the first that holds ending the item.
	p := &q12Processing{
		Score: q12DecVar{MaxValue: "100", MinValue: "0", VarName: "SCORE", VarType: "Decimal"},
		Conditions: []q12Condition{{Continue: "Yes", Var: q12ConditionVar{Other: &struct{}{}},
			Display: &q12Display{FeedbackType: "Response", LinkRefID: q12FeedbackID}}},
	}
	right := func(v q12ConditionVar) {
		p.Conditions = append(p.Conditions, q12Condition{Continue: "No", Var: v,
			Set: &q12SetVar{Action: "Set", VarName: "SCORE", Value: "100"}})
	}
	is := func(v string) q12Value { return q12Value{RespIdent: q12ResponseID, Value: v} }
	switch it.Type {
	case trueFalse, multiChoice:
		lid := &q12ResponseLid{Ident: q12ResponseID, Cardinality: "Single"}
		options := it.Answers
		if it.Type == trueFalse {
			options = []answer{{Text: "True", Fraction: 100 * boolInt(it.True)}, {Text: "False", Fraction: 100 * boolInt(!it.True)}}
		}
		for i, a := range options {
			m := htmlMaterial(a.Text)
			if it.Type == trueFalse {
				m = plainMaterial(a.Text)
			}
			lid.Labels = append(lid.Labels, q12Label{Ident: qtiChoiceID(i), Material: m})
			if a.Fraction == 100 {
				right(q12ConditionVar{Equal: []q12Value{is(qtiChoiceID(i))}})
			}
		}
		x.Presentation.Choice = lid
	case shortAnswer:
		x.Presentation.Typed = typedResponse("")
		var v q12ConditionVar
		for _, s := range shortAnswers(q) {
			v.Equal = append(v.Equal, is(s))
		}
		right(v)
	case numerical:
		x.Presentation.Typed = typedResponse("Decimal")
		for _, a := range it.Answers {
			if a.Fraction != 100 {
				continue // Canvas gives a number full marks or none
			}
			if a.Tolerance == "" || a.Tolerance == "0" {
				right(q12ConditionVar{Or: &q12Or{Equal: []q12Value{is(a.Text)}}})
				continue
			}
			lo, hi := numberRange(a)
			gte, lte := is(lo), is(hi)
			right(q12ConditionVar{GTE: &gte, LTE: &lte})
		}
	}
	x.Processing = p
	return x
}

// typedResponse is the field a student types an answer into; fibType
// "Decimal" for a number.
func typedResponse(fibType string) *q12ResponseStr {
	r := &q12ResponseStr{Ident: q12ResponseID, Cardinality: "Single"}
	r.Fib.FibType = fibType
	r.Fib.Label.Ident = "answer1"
	if fibType == "" {
		r.Fib.Label.Shuffle = "No"
	}
	return r
}

// numberRange is the range an answer with a margin takes, its ends
// rounded to 12 significant digits so that 36446 - 3644.6 is 32801.4.
func numberRange(a answer) (lo, hi string) {
	v, _ := strconv.ParseFloat(a.Text, 64)
	t, _ := strconv.ParseFloat(a.Tolerance, 64)
	round := func(x float64) string {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
		return number(r)
	}
	return round(v - t), round(v + t)
}
