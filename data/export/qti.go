package export

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// QTI writes the article and its questions as an IMS QTI 2.1 content
// package, the zip that Canvas, Schoology, Blackboard and Brightspace
// import: imsmanifest.xml (IMS Content Packaging 1.1), one
// assessmentItem file per question under items/, the article first as
// an item that asks nothing, and test.xml, an assessmentTest that lists
// them in Lede's order. Each kind of question becomes the nearest
// interaction, as in Moodle XML: a choiceInteraction for yes/no and
// multiple choice, a textEntryInteraction for typed answers (every
// accepted answer in the mapping, case ignored) and for numbers (scored
// with the same margins). Each item's modal feedback is the explanation
// and the evidence sentence. The bytes are the same for the same lesson.
func QTI(w io.Writer, a *article.Article, qs []quiz.Question) error {
	its, err := items(a, qs)
	if err != nil {
		return err
	}
	pkg, err := qtiPackage(a, qs, its)
	if err != nil {
		return err
	}
	return writeZip(w, pkg, "QTI")
}

// writeZip writes a package's files as a zip, in order, each deflated
// and dated qtiModified; what names the format in an error.
func writeZip(w io.Writer, files []qtiFile, what string) error {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: qtiModified})
		if err != nil {
			return fmt.Errorf("export: %s: %w", what, err)
		}
		if _, err := fw.Write(f.body); err != nil {
			return fmt.Errorf("export: %s: %w", what, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("export: %s: %w", what, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("export: %s: %w", what, err)
	}
	return nil
}

// qtiModified is every file's date in the zip: fixed, so that the same
// lesson gives the same bytes.
var qtiModified = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// The namespaces and schema locations the files declare.
const (
	qtiNS        = "http://www.imsglobal.org/xsd/imsqti_v2p1"
	qtiSchema    = qtiNS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
	cpNS         = "http://www.imsglobal.org/xsd/imscp_v1p1"
	cpSchema     = cpNS + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
	xsiNS        = "http://www.w3.org/2001/XMLSchema-instance"
	qtiItemType  = "imsqti_item_xmlv2p1"
	qtiTestType  = "imsqti_test_xmlv2p1"
	qtiManifest  = "imsmanifest.xml"
	qtiTestFile  = "test.xml"
	qtiArticleID = "ARTICLE"
)

// qtiFile is one file of the package.
type qtiFile struct {
	name string
	body []byte
}

// qtiPackage lays out the package: the manifest, the test, the article
// item, then one item per question.
func qtiPackage(a *article.Article, qs []quiz.Question, its []item) ([]qtiFile, error) {
	lessonID := lessonIdentifier(a)
	title := clip(plain(a.Name()), maxNameRunes)

	qids, err := itemIdentifiers(its, "QTI", qtiArticleID, lessonID, qtiPartID, qtiSectionID)
	if err != nil {
		return nil, err
	}
	ids := append([]string{qtiArticleID}, qids...)
	article, err := qtiXML(qtiArticleItem(a))
	if err != nil {
		return nil, err
	}
	bodies := [][]byte{article}
	for i, it := range its {
		body, err := qtiXML(qtiQuestionItem(qids[i], qs[i], it))
		if err != nil {
			return nil, err
		}
		bodies = append(bodies, body)
	}
	test, err := qtiXML(qtiTestDoc(lessonID, title, ids))
	if err != nil {
		return nil, err
	}
	manifest, err := qtiXML(qtiManifestDoc(lessonID, ids))
	if err != nil {
		return nil, err
	}
	out := []qtiFile{{qtiManifest, manifest}, {qtiTestFile, test}}
	for i, id := range ids {
		out = append(out, qtiFile{qtiItemFile(id), bodies[i]})
	}
	return out, nil
}

// The identifiers of the test's one part and one section.
const (
	qtiPartID    = "PART"
	qtiSectionID = "SECTION"
)

// lessonIdentifier names the lesson's test or assessment in a package:
// made from the article's text, so the same article has the same one.
func lessonIdentifier(a *article.Article) string {
	sum := sha256.Sum256([]byte(a.Source))
	return "lede-" + hex.EncodeToString(sum[:6])
}

// itemIdentifiers gives each question its identifier in a package (see
// qtiIdentifier), or names the question whose identifier is taken:
// by another question or by one of the package's own, reserved.
func itemIdentifiers(its []item, what string, reserved ...string) ([]string, error) {
	seen := map[string]bool{}
	for _, r := range reserved {
		seen[r] = true
	}
	ids := make([]string, len(its))
	for i, it := range its {
		id := qtiIdentifier(it.ID)
		if seen[id] {
			return nil, fmt.Errorf("export: %s: question %d (%s): its ID %q is used twice in the package", what, i+1, it.ID, id)
		}
		seen[id] = true
		ids[i] = id
	}
	return ids, nil
}

// qtiItemFile is where an item's file is in the package.
func qtiItemFile(id string) string { return "items/" + id + ".xml" }

// qtiIdentifier makes a question's ID a QTI identifier (an XML NCName:
// a letter or _ first, then letters, digits, '.', '-', '_'). Lede's own
// IDs already are one and stay as they are; any other gets a stable
// one made from it.
func qtiIdentifier(id string) string {
	if ncName(id) {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	return "Q" + hex.EncodeToString(sum[:6])
}

// ncName reports whether s is an XML NCName, keeping to ASCII past the
// first letter's check so that no platform stumbles on it.
func ncName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r < unicode.MaxASCII && unicode.IsLetter(r):
		case i > 0 && (r == '-' || r == '.' || r < unicode.MaxASCII && unicode.IsDigit(r)):
		default:
			return false
		}
	}
	return true
}

// qtiXML writes a document with the XML declaration, indented.
func qtiXML(doc any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("export: QTI: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// The assessmentItem, as imsqti_v2p1.xsd orders its parts: response
// and outcome declarations, the item body, response processing, then
// modal feedback. HTML fragments (Lede writes only p, h2, h3, em and
// strong, with &amp; &lt; &gt;) go in as they are: they are XML too,
// and take the item's namespace.
type (
	qtiItem struct {
		XMLName        xml.Name        `xml:"assessmentItem"`
		NS             string          `xml:"xmlns,attr"`
		XSI            string          `xml:"xmlns:xsi,attr"`
		SchemaLocation string          `xml:"xsi:schemaLocation,attr"`
		Identifier     string          `xml:"identifier,attr"`
		Title          string          `xml:"title,attr"`
		Adaptive       bool            `xml:"adaptive,attr"`
		TimeDependent  bool            `xml:"timeDependent,attr"`
		Comment        string          `xml:",comment"`
		Responses      []qtiResponse   `xml:"responseDeclaration"`
		Outcomes       []qtiOutcome    `xml:"outcomeDeclaration"`
		Body           qtiBody         `xml:"itemBody"`
		Processing     *qtiProcessing  `xml:"responseProcessing"`
		Feedback       []qtiModalFeedb `xml:"modalFeedback"`
	}
	qtiResponse struct {
		Identifier  string      `xml:"identifier,attr"`
		Cardinality string      `xml:"cardinality,attr"`
		BaseType    string      `xml:"baseType,attr"`
		Correct     []string    `xml:"correctResponse>value"`
		Mapping     *qtiMapping `xml:"mapping"`
	}
	qtiMapping struct {
		LowerBound   string        `xml:"lowerBound,attr"`
		UpperBound   string        `xml:"upperBound,attr"`
		DefaultValue string        `xml:"defaultValue,attr"`
		Entries      []qtiMapEntry `xml:"mapEntry"`
	}
	qtiMapEntry struct {
		Key           string `xml:"mapKey,attr"`
		Value         string `xml:"mappedValue,attr"`
		CaseSensitive bool   `xml:"caseSensitive,attr"`
	}
	qtiOutcome struct {
		Identifier    string     `xml:"identifier,attr"`
		Cardinality   string     `xml:"cardinality,attr"`
		BaseType      string     `xml:"baseType,attr"`
		NormalMaximum string     `xml:"normalMaximum,attr,omitempty"`
		Default       *qtiValues `xml:"defaultValue"`
	}
	qtiValues struct {
		Values []string `xml:"value"`
	}
	qtiBody struct {
		Inner  string          `xml:",innerxml"`
		Choice *qtiChoiceInter `xml:"choiceInteraction"`
		Entry  *qtiEntryBlock  `xml:"p"`
	}
	qtiChoiceInter struct {
		ResponseIdentifier string          `xml:"responseIdentifier,attr"`
		Shuffle            bool            `xml:"shuffle,attr"`
		MaxChoices         int             `xml:"maxChoices,attr"`
		MinChoices         int             `xml:"minChoices,attr"`
		Prompt             qtiInner        `xml:"prompt"`
		Choices            []qtiSimpleChoi `xml:"simpleChoice"`
	}
	qtiSimpleChoi struct {
		Identifier string `xml:"identifier,attr"`
		Fixed      bool   `xml:"fixed,attr"`
		Text       string `xml:",innerxml"`
	}
	// qtiEntryBlock is the paragraph that holds a text entry: a label,
	// then the field.
	qtiEntryBlock struct {
		Label string       `xml:",chardata"`
		Entry qtiTextEntry `xml:"textEntryInteraction"`
	}
	qtiTextEntry struct {
		ResponseIdentifier string `xml:"responseIdentifier,attr"`
		ExpectedLength     int    `xml:"expectedLength,attr"`
	}
	qtiInner struct {
		Inner string `xml:",innerxml"`
	}
	qtiModalFeedb struct {
		OutcomeIdentifier string `xml:"outcomeIdentifier,attr"`
		ShowHide          string `xml:"showHide,attr"`
		Identifier        string `xml:"identifier,attr"`
		Title             string `xml:"title,attr"`
		Inner             string `xml:",innerxml"`
	}
)

// The response processing: rules in order. Written out in full rather
// than by a standard template's URI, so that the feedback can be set
// and a number scored with its margin.
type (
	qtiProcessing struct {
		Rules []any
	}
	qtiCondition struct {
		XMLName xml.Name    `xml:"responseCondition"`
		If      qtiBranch   `xml:"responseIf"`
		ElseIf  []qtiBranch `xml:"responseElseIf"`
		Else    *qtiElse    `xml:"responseElse"`
	}
	qtiBranch struct {
		Test any
		Set  []qtiSet
	}
	qtiElse struct {
		Set []qtiSet `xml:"setOutcomeValue"`
	}
	qtiSet struct {
		XMLName    xml.Name `xml:"setOutcomeValue"`
		Identifier string   `xml:"identifier,attr"`
		Value      any
	}
	qtiBase struct {
		XMLName  xml.Name `xml:"baseValue"`
		BaseType string   `xml:"baseType,attr"`
		Value    string   `xml:",chardata"`
	}
	qtiMultiple struct {
		XMLName xml.Name  `xml:"multiple"`
		Values  []qtiBase `xml:"baseValue"`
	}
	qtiVariable struct {
		XMLName    xml.Name `xml:"variable"`
		Identifier string   `xml:"identifier,attr"`
	}
	qtiCorrect struct {
		XMLName    xml.Name `xml:"correct"`
		Identifier string   `xml:"identifier,attr"`
	}
	qtiMatch struct {
		XMLName xml.Name `xml:"match"`
		Args    []any
	}
	qtiEqual struct {
		XMLName       xml.Name `xml:"equal"`
		ToleranceMode string   `xml:"toleranceMode,attr"`
		Tolerance     string   `xml:"tolerance,attr,omitempty"`
		Args          []any
	}
	qtiMapResponse struct {
		XMLName    xml.Name `xml:"mapResponse"`
		Identifier string   `xml:"identifier,attr"`
	}
)

// MarshalXML writes the rules in order, each as its own element.
func (p qtiProcessing) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return encodeAll(e, start, p.Rules)
}

// MarshalXML writes a branch: its test, then what it sets.
func (b qtiBranch) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	parts := []any{b.Test}
	for _, s := range b.Set {
		parts = append(parts, s)
	}
	return encodeAll(e, start, parts)
}

// MarshalXML writes the outcome's name and the expression it takes.
func (s qtiSet) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Name.Local = "setOutcomeValue"
	start.Attr = []xml.Attr{{Name: xml.Name{Local: "identifier"}, Value: s.Identifier}}
	return encodeAll(e, start, []any{s.Value})
}

// MarshalXML writes match's two operands.
func (m qtiMatch) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Name.Local = "match"
	return encodeAll(e, start, m.Args)
}

// MarshalXML writes equal's tolerance and its two operands.
func (q qtiEqual) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Name.Local = "equal"
	start.Attr = []xml.Attr{{Name: xml.Name{Local: "toleranceMode"}, Value: q.ToleranceMode}}
	if q.Tolerance != "" {
		start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "tolerance"}, Value: q.Tolerance})
	}
	return encodeAll(e, start, q.Args)
}

// encodeAll writes start, each child, then the end.
func encodeAll(e *xml.Encoder, start xml.StartElement, children []any) error {
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	for _, c := range children {
		if err := e.Encode(c); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

// The identifiers inside every item.
const (
	qtiResponseID    = "RESPONSE"
	qtiScoreID       = "SCORE"
	qtiFeedbackID    = "FEEDBACK"
	qtiExplanationID = "EXPLANATION"
	qtiCloseID       = "CLOSE"
	qtiYesID         = "YES"
	qtiNoID          = "NO"
)

// qtiArticleItem is the article as an item that asks nothing: no
// response, no score, only its text to read before the questions.
func qtiArticleItem(a *article.Article) qtiItem {
	return qtiItem{
		NS: qtiNS, XSI: xsiNS, SchemaLocation: qtiSchema,
		Identifier: qtiArticleID, Title: articleName(a),
		Comment: " Made by Lede: the article the questions are about. It asks nothing. ",
		Body:    qtiBody{Inner: articleHTML(a)},
	}
}

// qtiQuestionItem writes one question as the nearest QTI interaction.
func qtiQuestionItem(id string, q quiz.Question, it item) qtiItem {
	x := qtiItem{
		NS: qtiNS, XSI: xsiNS, SchemaLocation: qtiSchema,
		Identifier: id, Title: it.ID,
		Comment: fmt.Sprintf(" %s: %s ", it.ID, quiz.KindLabel(it.Kind)),
		Outcomes: []qtiOutcome{
			{Identifier: qtiScoreID, Cardinality: "single", BaseType: "float", NormalMaximum: "1", Default: &qtiValues{[]string{"0"}}},
			{Identifier: qtiFeedbackID, Cardinality: "multiple", BaseType: "identifier"},
		},
		Feedback: []qtiModalFeedb{{OutcomeIdentifier: qtiFeedbackID, ShowHide: "show", Identifier: qtiExplanationID,
			Title: "Why", Inner: it.Feedback}},
	}
	explain := feedbackSet(qtiExplanationID)
	switch it.Type {
	case trueFalse, multiChoice:
		ch := &qtiChoiceInter{ResponseIdentifier: qtiResponseID, MaxChoices: 1, MinChoices: 0,
			Prompt: qtiInner{strings.TrimSuffix(strings.TrimPrefix(it.Text, "<p>"), "</p>")}}
		var right string
		if it.Type == trueFalse {
			ch.Choices = []qtiSimpleChoi{{Identifier: qtiYesID, Text: "Yes"}, {Identifier: qtiNoID, Text: "No"}}
			right = map[bool]string{true: qtiYesID, false: qtiNoID}[it.True]
		} else {
			for i, a := range it.Answers {
				cid := qtiChoiceID(i)
				ch.Choices = append(ch.Choices, qtiSimpleChoi{Identifier: cid, Text: a.Text})
				if a.Fraction == 100 {
					right = cid
				}
			}
		}
		x.Body.Choice = ch
		x.Responses = []qtiResponse{{Identifier: qtiResponseID, Cardinality: "single", BaseType: "identifier", Correct: []string{right}}}
		x.Processing = &qtiProcessing{Rules: []any{qtiCondition{
			If: qtiBranch{
				Test: qtiMatch{Args: []any{qtiVariable{Identifier: qtiResponseID}, qtiCorrect{Identifier: qtiResponseID}}},
				Set:  []qtiSet{scoreSet("1"), explain},
			},
			Else: &qtiElse{Set: []qtiSet{scoreSet("0"), explain}},
		}}}
	case shortAnswer:
		typed := shortAnswers(q)
		m := &qtiMapping{LowerBound: "0", UpperBound: "1", DefaultValue: "0"}
		for _, s := range typed {
			m.Entries = append(m.Entries, qtiMapEntry{Key: s, Value: "1", CaseSensitive: false})
		}
		x.Body.Inner = it.Text
		x.Body.Entry = &qtiEntryBlock{Label: "Answer: ", Entry: qtiTextEntry{ResponseIdentifier: qtiResponseID, ExpectedLength: entryLength(typed)}}
		x.Responses = []qtiResponse{{Identifier: qtiResponseID, Cardinality: "single", BaseType: "string", Correct: typed[:1], Mapping: m}}
		x.Processing = &qtiProcessing{Rules: []any{
			qtiSet{Identifier: qtiScoreID, Value: qtiMapResponse{Identifier: qtiResponseID}},
			explain,
		}}
	case numerical:
		x.Body.Inner = it.Text
		x.Body.Entry = &qtiEntryBlock{Label: "Answer: ", Entry: qtiTextEntry{ResponseIdentifier: qtiResponseID, ExpectedLength: 15}}
		x.Responses = []qtiResponse{{Identifier: qtiResponseID, Cardinality: "single", BaseType: "float", Correct: []string{it.Answers[0].Text}}}
		cond := qtiCondition{Else: &qtiElse{Set: []qtiSet{scoreSet("0"), explain}}}
		for i, a := range it.Answers {
			b := qtiBranch{Test: numberTest(a), Set: []qtiSet{scoreSet(number(float64(a.Fraction) / 100)), explain}}
			if a.Feedback != "" {
				b.Set[1] = feedbackSet(qtiCloseID, qtiExplanationID)
				x.Feedback = append([]qtiModalFeedb{{OutcomeIdentifier: qtiFeedbackID, ShowHide: "show",
					Identifier: qtiCloseID, Title: "Close", Inner: a.Feedback}}, x.Feedback...)
			}
			if i == 0 {
				cond.If = b
			} else {
				cond.ElseIf = append(cond.ElseIf, b)
			}
		}
		x.Processing = &qtiProcessing{Rules: []any{cond}}
	}
	return x
}

// qtiChoiceID names an option: A, B, C…, then C27, C28… past Z.
func qtiChoiceID(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return fmt.Sprintf("C%d", i+1)
}

// entryLength is how wide the field is drawn: the longest answer, within
// reason.
func entryLength(answers []string) int {
	n := 10
	for _, a := range answers {
		n = max(n, len([]rune(a)))
	}
	return min(n, 60)
}

// numberTest compares the response with a number: exactly, or within
// the answer's margin either way.
func numberTest(a answer) qtiEqual {
	e := qtiEqual{ToleranceMode: "exact", Args: []any{qtiVariable{Identifier: qtiResponseID}, qtiBase{BaseType: "float", Value: a.Text}}}
	if a.Tolerance != "" && a.Tolerance != "0" {
		e.ToleranceMode, e.Tolerance = "absolute", a.Tolerance
	}
	return e
}

func scoreSet(v string) qtiSet {
	return qtiSet{Identifier: qtiScoreID, Value: qtiBase{BaseType: "float", Value: v}}
}

// feedbackSet shows the modal feedbacks named.
func feedbackSet(ids ...string) qtiSet {
	m := qtiMultiple{}
	for _, id := range ids {
		m.Values = append(m.Values, qtiBase{BaseType: "identifier", Value: id})
	}
	return qtiSet{Identifier: qtiFeedbackID, Value: m}
}

// The assessmentTest: one part, one section, the items in order, and
// the test's score the sum of the items'.
type (
	qtiTest struct {
		XMLName        xml.Name          `xml:"assessmentTest"`
		NS             string            `xml:"xmlns,attr"`
		XSI            string            `xml:"xmlns:xsi,attr"`
		SchemaLocation string            `xml:"xsi:schemaLocation,attr"`
		Identifier     string            `xml:"identifier,attr"`
		Title          string            `xml:"title,attr"`
		ToolName       string            `xml:"toolName,attr"`
		Outcomes       []qtiOutcome      `xml:"outcomeDeclaration"`
		Part           qtiTestPart       `xml:"testPart"`
		Processing     qtiTestProcessing `xml:"outcomeProcessing"`
	}
	qtiTestPart struct {
		Identifier     string     `xml:"identifier,attr"`
		NavigationMode string     `xml:"navigationMode,attr"`
		SubmissionMode string     `xml:"submissionMode,attr"`
		Section        qtiSection `xml:"assessmentSection"`
	}
	qtiSection struct {
		Identifier string       `xml:"identifier,attr"`
		Title      string       `xml:"title,attr"`
		Visible    bool         `xml:"visible,attr"`
		Refs       []qtiItemRef `xml:"assessmentItemRef"`
	}
	qtiItemRef struct {
		Identifier string `xml:"identifier,attr"`
		Href       string `xml:"href,attr"`
	}
	qtiTestProcessing struct {
		Set qtiTestSum `xml:"setOutcomeValue"`
	}
	qtiTestSum struct {
		Identifier string `xml:"identifier,attr"`
		Variables  struct {
			Identifier string `xml:"variableIdentifier,attr"`
		} `xml:"sum>testVariables"`
	}
)

func qtiTestDoc(lessonID, title string, ids []string) qtiTest {
	t := qtiTest{
		NS: qtiNS, XSI: xsiNS, SchemaLocation: qtiSchema,
		Identifier: lessonID, Title: title, ToolName: "Lede",
		Outcomes: []qtiOutcome{{Identifier: qtiScoreID, Cardinality: "single", BaseType: "float"}},
		Part: qtiTestPart{Identifier: qtiPartID, NavigationMode: "nonlinear", SubmissionMode: "individual",
			Section: qtiSection{Identifier: qtiSectionID, Title: title, Visible: true}},
	}
	for _, id := range ids {
		t.Part.Section.Refs = append(t.Part.Section.Refs, qtiItemRef{Identifier: id, Href: qtiItemFile(id)})
	}
	t.Processing.Set.Identifier = qtiScoreID
	t.Processing.Set.Variables.Identifier = qtiScoreID
	return t
}

// The manifest, in IMS Content Packaging 1.1: the package's metadata,
// no organization (a test needs none), and one resource per file, the
// test depending on every item.
type (
	cpManifest struct {
		XMLName        xml.Name     `xml:"manifest"`
		NS             string       `xml:"xmlns,attr"`
		XSI            string       `xml:"xmlns:xsi,attr"`
		SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
		Identifier     string       `xml:"identifier,attr"`
		Schema         string       `xml:"metadata>schema"`
		SchemaVersion  string       `xml:"metadata>schemaversion"`
		Organizations  struct{}     `xml:"organizations"`
		Resources      []cpResource `xml:"resources>resource"`
	}
	cpResource struct {
		Identifier   string         `xml:"identifier,attr"`
		Type         string         `xml:"type,attr"`
		Href         string         `xml:"href,attr"`
		Files        []cpFile       `xml:"file"`
		Dependencies []cpDependency `xml:"dependency"`
	}
	cpFile struct {
		Href string `xml:"href,attr"`
	}
	cpDependency struct {
		IdentifierRef string `xml:"identifierref,attr"`
	}
)

func qtiManifestDoc(lessonID string, ids []string) cpManifest {
	m := cpManifest{
		NS: cpNS, XSI: xsiNS, SchemaLocation: cpSchema,
		Identifier: "MANIFEST-" + lessonID, Schema: "QTIv2.1 Package", SchemaVersion: "1.0.0",
	}
	test := cpResource{Identifier: "RES-TEST", Type: qtiTestType, Href: qtiTestFile, Files: []cpFile{{qtiTestFile}}}
	var refs []cpResource
	for _, id := range ids {
		rid := "RES-" + id
		test.Dependencies = append(test.Dependencies, cpDependency{rid})
		refs = append(refs, cpResource{Identifier: rid, Type: qtiItemType, Href: qtiItemFile(id), Files: []cpFile{{qtiItemFile(id)}}})
	}
	m.Resources = append([]cpResource{test}, refs...)
	return m
}
