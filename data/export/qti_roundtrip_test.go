package export

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// The QTI 2.1 package as the IMS specifications describe it, read here
// independently of the writer: a zip with imsmanifest.xml (IMS Content
// Packaging), whose resources of type imsqti_item_xmlv2p1 are
// assessmentItem files and of type imsqti_test_xmlv2p1 an
// assessmentTest that refers to the items by href. Each file is
// checked against the structure in qti_schema_test.go, and each item's
// response processing is run on answers a student might give, by an
// interpreter of the few QTI operators the items use (QTI 2.1
// Information Model, section "Expressions").

const (
	testQTINS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
	testCPNS  = "http://www.imsglobal.org/xsd/imscp_v1p1"
)

// wantInteraction is the interaction each kind must become (issue 15).
var wantInteraction = map[quiz.Kind]string{
	quiz.YesNo: "choiceInteraction", quiz.Choice: "choiceInteraction", quiz.WhatIsWrong: "choiceInteraction",
	quiz.FindSentence: "choiceInteraction", quiz.Who: "textEntryInteraction", quiz.When: "textEntryInteraction",
	quiz.ShortAnswer: "textEntryInteraction", quiz.HowMany: "textEntryInteraction",
}

// readZip returns the files of a zip, by name.
func readZip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if _, dup := files[f.Name]; dup {
			t.Errorf("%s is in the zip twice", f.Name)
		}
		files[f.Name] = b
	}
	return files
}

// TestQTIRoundTrip exports every test lesson as a QTI package, checks
// each file's structure, the manifest's and the test's references, and
// compares each item with the question it came from: its interaction,
// text, options, feedback, and the score its response processing gives
// to right, close and wrong answers.
func TestQTIRoundTrip(t *testing.T) {
	for _, l := range lessons(t) {
		t.Run(l.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := QTI(&buf, l.article, l.questions); err != nil {
				t.Fatal(err)
			}
			files := readZip(t, buf.Bytes())
			docs := map[string]*xnode{}
			for name, body := range files {
				root, err := parseXML(body)
				if err != nil {
					t.Fatalf("%s: not well-formed XML: %v", name, err)
				}
				ns, rules := testQTINS, qtiRules
				if name == "imsmanifest.xml" {
					ns, rules = testCPNS, cpRules
				}
				for _, err := range validate(root, ns, rules) {
					t.Errorf("%s: %v", name, err)
				}
				docs[name] = root
			}
			items := checkManifestAndTest(t, docs)
			if len(items) != len(l.questions)+1 {
				t.Fatalf("the test lists %d items; want the article and %d questions", len(items), len(l.questions))
			}
			checkQTIArticle(t, l, items[0])
			for i, q := range l.questions {
				if err := compareQTI(l, q, items[i+1]); err != nil {
					t.Errorf("question %d (%s, %s): %v", i+1, q.ID, q.Kind, err)
				}
			}
		})
	}
}

// checkManifestAndTest checks the manifest's resources against the zip
// and the test, and returns the test's items in order.
func checkManifestAndTest(t *testing.T, docs map[string]*xnode) []*xnode {
	t.Helper()
	man := docs["imsmanifest.xml"]
	if man == nil {
		t.Fatal("no imsmanifest.xml at the top of the zip")
	}
	ids := map[string]*xnode{} // xsd:ID values are unique in the document
	var walk func(*xnode)
	walk = func(n *xnode) {
		if id, ok := n.attrs["identifier"]; ok {
			if !isNCName(id) || ids[id] != nil {
				t.Errorf("manifest: identifier %q is not a unique xsd:ID", id)
			}
			ids[id] = n
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(man)
	var tests []*xnode
	listed := map[string]bool{"imsmanifest.xml": true}
	itemRes := map[string]string{} // href → resource identifier
	for _, r := range man.child("resources").children("resource") {
		for _, f := range r.children("file") {
			if docs[f.attrs["href"]] == nil {
				t.Errorf("manifest: resource %s lists %s, which is not in the zip", r.attrs["identifier"], f.attrs["href"])
			}
			listed[f.attrs["href"]] = true
		}
		if docs[r.attrs["href"]] == nil {
			t.Errorf("manifest: resource %s points at %q, which is not in the zip", r.attrs["identifier"], r.attrs["href"])
		}
		for _, d := range r.children("dependency") {
			if ref := ids[d.attrs["identifierref"]]; ref == nil || ref.name.Local != "resource" {
				t.Errorf("manifest: dependency on %q, which is no resource", d.attrs["identifierref"])
			}
		}
		switch r.attrs["type"] {
		case "imsqti_test_xmlv2p1":
			tests = append(tests, r)
			if docs[r.attrs["href"]] != nil && docs[r.attrs["href"]].name.Local != "assessmentTest" {
				t.Errorf("manifest: the test resource is a <%s>", docs[r.attrs["href"]].name.Local)
			}
		case "imsqti_item_xmlv2p1":
			itemRes[r.attrs["href"]] = r.attrs["identifier"]
			if docs[r.attrs["href"]] != nil && docs[r.attrs["href"]].name.Local != "assessmentItem" {
				t.Errorf("manifest: the item resource %s is a <%s>", r.attrs["href"], docs[r.attrs["href"]].name.Local)
			}
		default:
			t.Errorf("manifest: resource type %q", r.attrs["type"])
		}
	}
	for name := range docs {
		if !listed[name] {
			t.Errorf("%s is in the zip but not in the manifest", name)
		}
	}
	if len(tests) != 1 {
		t.Fatalf("%d test resources; want one", len(tests))
	}
	var deps []string
	for _, d := range tests[0].children("dependency") {
		deps = append(deps, d.attrs["identifierref"])
	}
	test := docs[tests[0].attrs["href"]]
	if test == nil {
		t.Fatal("no test file")
	}
	var items []*xnode
	// imsqti_v2p1.xsd's Schematron rule set General 2: the test, its
	// parts, sections and item references have distinct identifiers.
	seen := map[string]bool{}
	unique := func(n *xnode) {
		if seen[n.attrs["identifier"]] {
			t.Errorf("identifier %q is used twice in the test", n.attrs["identifier"])
		}
		seen[n.attrs["identifier"]] = true
	}
	unique(test)
	for _, part := range test.children("testPart") {
		unique(part)
		for _, sec := range part.children("assessmentSection") {
			unique(sec)
			for _, ref := range sec.children("assessmentItemRef") {
				href := filepath.ToSlash(filepath.Join(filepath.Dir(tests[0].attrs["href"]), ref.attrs["href"]))
				item := docs[href]
				switch {
				case item == nil:
					t.Fatalf("the test refers to %s, which is not in the zip", href)
				case item.attrs["identifier"] != ref.attrs["identifier"]:
					t.Errorf("the test calls %s %q; the item calls itself %q", href, ref.attrs["identifier"], item.attrs["identifier"])
				case !slices.Contains(deps, itemRes[href]):
					t.Errorf("the test's resource does not depend on %s", href)
				}
				unique(ref)
				items = append(items, item)
			}
		}
	}
	return items
}

// checkQTIArticle: the first item is the article: it asks nothing, and
// holds the headline and every paragraph in order.
func checkQTIArticle(t *testing.T, l testLesson, item *xnode) {
	t.Helper()
	if item.child("responseDeclaration") != nil || item.child("responseProcessing") != nil {
		t.Error("the article item asks something")
	}
	if !strings.Contains(item.attrs["title"], fold(l.article.Name())) && len(l.article.Name()) < 150 {
		t.Errorf("the article item is titled %q; want its headline", item.attrs["title"])
	}
	body := item.child("itemBody").textContent()
	paragraphsInOrder(t, l, body)
}

// compareQTI compares one item with its question.
func compareQTI(l testLesson, q quiz.Question, item *xnode) error {
	if item.attrs["identifier"] != q.ID {
		return fmt.Errorf("identifier %q; want the question's ID", item.attrs["identifier"])
	}
	if err := checkDeclared(item); err != nil {
		return err
	}
	body := item.child("itemBody")
	var inter *xnode
	for _, name := range []string{"choiceInteraction", "textEntryInteraction"} {
		if found := findAll(body, name); len(found) == 1 {
			inter = found[0]
		}
	}
	if inter == nil || inter.name.Local != wantInteraction[q.Kind] {
		return fmt.Errorf("interaction %v; want one %s", inter, wantInteraction[q.Kind])
	}
	resp := item.child("responseDeclaration")
	if resp == nil || resp.attrs["identifier"] != inter.attrs["responseIdentifier"] || resp.attrs["cardinality"] != "single" {
		return fmt.Errorf("the interaction's response is not declared as a single value")
	}
	// The feedback: the explanation and the evidence, shown whatever
	// the answer.
	var explanation *xnode
	for _, f := range item.children("modalFeedback") {
		if f.attrs["showHide"] == "show" && f.attrs["identifier"] == "EXPLANATION" {
			explanation = f
		}
	}
	if explanation == nil {
		return fmt.Errorf("no modal feedback with the explanation")
	}
	if err := checkFeedback(l, q, explanation.textContent()); err != nil {
		return err
	}
	run := func(response string) (score float64, feedback []string, err error) {
		return runResponseProcessing(item, response)
	}
	type trial struct {
		response string
		score    float64
	}
	var trials []trial
	switch q.Kind {
	case quiz.YesNo, quiz.Choice, quiz.WhatIsWrong, quiz.FindSentence:
		if inter.attrs["maxChoices"] != "1" || resp.attrs["baseType"] != "identifier" {
			return fmt.Errorf("a choice of %s answers of type %s; want one identifier", inter.attrs["maxChoices"], resp.attrs["baseType"])
		}
		if p := inter.child("prompt"); p == nil || p.textContent() != fold(q.Prompt) {
			return fmt.Errorf("prompt %v; want %q", p, fold(q.Prompt))
		}
		options := q.Choices
		if q.Kind == quiz.YesNo {
			options = []string{"Yes", "No"}
		}
		choices := inter.children("simpleChoice")
		if len(choices) != len(options) {
			return fmt.Errorf("%d options; want %d", len(choices), len(options))
		}
		right := 0
		for i, c := range choices {
			if c.textContent() != fold(options[i]) {
				return fmt.Errorf("option %d is %q; want %q", i+1, c.textContent(), fold(options[i]))
			}
			want := 0.0
			if q.Kind == quiz.YesNo && strings.EqualFold(options[i], q.Accepted[0]) || q.Kind != quiz.YesNo && strings.EqualFold(options[i], q.Answer) {
				want, right = 1, right+1
			}
			trials = append(trials, trial{c.attrs["identifier"], want})
		}
		if right != 1 {
			return fmt.Errorf("%d right options; want one", right)
		}
	case quiz.Who, quiz.When, quiz.ShortAnswer:
		if resp.attrs["baseType"] != "string" {
			return fmt.Errorf("response of type %s; want string", resp.attrs["baseType"])
		}
		if !strings.Contains(body.textContent(), fold(q.Prompt)) {
			return fmt.Errorf("the item's text %q lacks the question %q", body.textContent(), fold(q.Prompt))
		}
		for _, a := range q.Accepted {
			trials = append(trials, trial{fold(a), 1}, trial{strings.ToUpper(fold(a)), 1})
		}
		if d, err := time.Parse("2006-01-02", q.Date); err == nil && q.Kind == quiz.When {
			// The day written as the docs promise.
			trials = append(trials, trial{d.Format("2 January 2006"), 1}, trial{d.Format("Monday, January 2, 2006"), 1})
		}
		trials = append(trials, trial{"certainly not this", 0})
	case quiz.HowMany:
		if resp.attrs["baseType"] != "float" {
			return fmt.Errorf("response of type %s; want float", resp.attrs["baseType"])
		}
		if !strings.Contains(body.textContent(), fold(q.Prompt)) {
			return fmt.Errorf("the item's text lacks the question %q", fold(q.Prompt))
		}
		v := q.Value
		trials = append(trials, trial{number(v), 1}, trial{number(v*1.3 + 1), 0})
		if v != 0 {
			near := number(v * 1.09)
			if q.Approx {
				trials = append(trials, trial{near, 1}, trial{number(v * 1.11), 0})
			} else if s, _, err := run(near); err != nil || s >= 1 {
				return fmt.Errorf("%s, close to the exact %v, scores %v (%v); want less than full marks", near, v, s, err)
			}
		}
	}
	for _, tr := range trials {
		score, feedback, err := run(tr.response)
		if err != nil {
			return fmt.Errorf("answer %q: %v", tr.response, err)
		}
		if score != tr.score {
			return fmt.Errorf("answer %q scores %v; want %v", tr.response, score, tr.score)
		}
		if !slices.Contains(feedback, "EXPLANATION") {
			return fmt.Errorf("answer %q does not show the explanation (feedback %v)", tr.response, feedback)
		}
	}
	return nil
}

// findAll returns every element called name under n.
func findAll(n *xnode, name string) []*xnode {
	var out []*xnode
	for _, k := range n.kids {
		if k.name.Local == name {
			out = append(out, k)
		}
		out = append(out, findAll(k, name)...)
	}
	return out
}

// checkDeclared: every variable an item reads or sets is declared, and
// every interaction and feedback is bound to a declared variable.
func checkDeclared(item *xnode) error {
	declared := map[string]bool{"completionStatus": true}
	for _, d := range append(item.children("responseDeclaration"), item.children("outcomeDeclaration")...) {
		declared[d.attrs["identifier"]] = true
	}
	uses := []struct{ element, attr string }{
		{"choiceInteraction", "responseIdentifier"}, {"textEntryInteraction", "responseIdentifier"},
		{"variable", "identifier"}, {"correct", "identifier"}, {"mapResponse", "identifier"},
		{"setOutcomeValue", "identifier"}, {"modalFeedback", "outcomeIdentifier"},
	}
	for _, u := range uses {
		for _, n := range findAll(item, u.element) {
			if !declared[n.attrs[u.attr]] {
				return fmt.Errorf("<%s %s=%q> names no declared variable", u.element, u.attr, n.attrs[u.attr])
			}
		}
	}
	return nil
}

// qtiValue is a value of the interpreter: NULL, a single value, or a
// container of several.
type qtiValue struct {
	null   bool
	single string
	multi  []string
}

// runResponseProcessing gives the item's response the answer, runs its
// response processing, and returns SCORE and FEEDBACK's identifiers.
func runResponseProcessing(item *xnode, response string) (float64, []string, error) {
	resp := item.child("responseDeclaration")
	vars := map[string]qtiValue{resp.attrs["identifier"]: {single: response}}
	if resp.attrs["baseType"] == "float" {
		if _, err := strconv.ParseFloat(response, 64); err != nil {
			vars[resp.attrs["identifier"]] = qtiValue{null: true}
		}
	}
	for _, o := range item.children("outcomeDeclaration") {
		v := qtiValue{null: true}
		if d := o.child("defaultValue"); d != nil {
			v = qtiValue{single: d.child("value").textContent()}
		}
		vars[o.attrs["identifier"]] = v
	}
	rp := item.child("responseProcessing")
	if rp == nil {
		return 0, nil, fmt.Errorf("no response processing")
	}
	if rp.attrs["template"] != "" {
		return 0, nil, fmt.Errorf("a response processing template, which this reader does not run")
	}
	in := interp{item: item, vars: vars}
	if err := in.rules(rp.kids); err != nil {
		return 0, nil, err
	}
	score, err := strconv.ParseFloat(vars["SCORE"].single, 64)
	if err != nil {
		return 0, nil, fmt.Errorf("SCORE is %+v", vars["SCORE"])
	}
	fb := vars["FEEDBACK"].multi
	if s := vars["FEEDBACK"].single; s != "" {
		fb = append(fb, s)
	}
	return score, fb, nil
}

// interp runs response rules on an item's variables.
type interp struct {
	item *xnode
	vars map[string]qtiValue
}

func (in interp) rules(rules []*xnode) error {
	for _, r := range rules {
		switch r.name.Local {
		case "setOutcomeValue":
			v, err := in.expr(r.kids[0])
			if err != nil {
				return err
			}
			in.vars[r.attrs["identifier"]] = v
		case "responseCondition":
			for _, branch := range r.kids {
				if branch.name.Local == "responseElse" {
					return in.rules(branch.kids)
				}
				v, err := in.expr(branch.kids[0])
				if err != nil {
					return err
				}
				if !v.null && v.single == "true" {
					if err := in.rules(branch.kids[1:]); err != nil {
						return err
					}
					break
				}
			}
		default:
			return fmt.Errorf("rule <%s> is not run by this reader", r.name.Local)
		}
	}
	return nil
}

func (in interp) expr(e *xnode) (qtiValue, error) {
	args := func() ([]qtiValue, error) {
		var out []qtiValue
		for _, k := range e.kids {
			v, err := in.expr(k)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	boolean := func(b bool) qtiValue { return qtiValue{single: strconv.FormatBool(b)} }
	switch e.name.Local {
	case "baseValue":
		return qtiValue{single: strings.TrimSpace(e.text)}, nil
	case "variable":
		return in.vars[e.attrs["identifier"]], nil
	case "correct":
		for _, d := range in.item.children("responseDeclaration") {
			if d.attrs["identifier"] == e.attrs["identifier"] {
				return qtiValue{single: d.child("correctResponse").child("value").textContent()}, nil
			}
		}
		return qtiValue{null: true}, nil
	case "multiple":
		vs, err := args()
		var m []string
		for _, v := range vs {
			m = append(m, v.single)
		}
		return qtiValue{multi: m}, err
	case "match":
		vs, err := args()
		if err != nil || vs[0].null || vs[1].null {
			return qtiValue{null: true}, err
		}
		return boolean(vs[0].single == vs[1].single), nil
	case "equal":
		// QTI 2.1: exact, or y within [x - t0, x + t1], bounds included
		// by default; t1 = t0 when only one is given; relative in per
		// cent of x.
		vs, err := args()
		if err != nil || vs[0].null || vs[1].null {
			return qtiValue{null: true}, err
		}
		x, err1 := strconv.ParseFloat(vs[0].single, 64)
		y, err2 := strconv.ParseFloat(vs[1].single, 64)
		if err1 != nil || err2 != nil {
			return qtiValue{}, fmt.Errorf("equal on %v and %v", vs[0], vs[1])
		}
		tol := strings.Fields(e.attrs["tolerance"])
		t0, t1 := 0.0, 0.0
		if len(tol) > 0 {
			t0, _ = strconv.ParseFloat(tol[0], 64)
			t1 = t0
		}
		if len(tol) > 1 {
			t1, _ = strconv.ParseFloat(tol[1], 64)
		}
		switch e.attrs["toleranceMode"] {
		case "exact":
			return boolean(x == y), nil
		case "absolute":
			return boolean(y >= x-t0 && y <= x+t1), nil
		case "relative":
			return boolean(y >= x*(1-t0/100) && y <= x*(1+t1/100)), nil
		}
		return qtiValue{}, fmt.Errorf("toleranceMode %q", e.attrs["toleranceMode"])
	case "mapResponse":
		for _, d := range in.item.children("responseDeclaration") {
			if d.attrs["identifier"] != e.attrs["identifier"] {
				continue
			}
			m := d.child("mapping")
			v := in.vars[e.attrs["identifier"]]
			score, _ := strconv.ParseFloat(m.attrs["defaultValue"], 64)
			if !v.null {
				for _, me := range m.children("mapEntry") {
					key := me.attrs["mapKey"]
					if key == v.single || me.attrs["caseSensitive"] == "false" && strings.EqualFold(key, v.single) {
						score, _ = strconv.ParseFloat(me.attrs["mappedValue"], 64)
						break
					}
				}
			}
			if lb, err := strconv.ParseFloat(m.attrs["lowerBound"], 64); err == nil {
				score = math.Max(score, lb)
			}
			if ub, err := strconv.ParseFloat(m.attrs["upperBound"], 64); err == nil {
				score = math.Min(score, ub)
			}
			return qtiValue{single: number(score)}, nil
		}
		return qtiValue{}, fmt.Errorf("mapResponse of an undeclared response")
	}
	return qtiValue{}, fmt.Errorf("expression <%s> is not run by this reader", e.name.Local)
}

// TestQTIValidator: the validator and the interpreter catch what they
// are meant to, so that a passing round trip means something.
func TestQTIValidator(t *testing.T) {
	a, qs := fixture(t)
	var buf bytes.Buffer
	if err := QTI(&buf, a, qs); err != nil {
		t.Fatal(err)
	}
	files := readZip(t, buf.Bytes())
	item := string(files["items/"+qs[0].ID+".xml"])
	tests := []struct{ name, from, to, want string }{
		{"order", "<itemBody>", "<itemBody/><itemBody>", "out of place"},
		{"required attribute", `adaptive="false"`, "", "lacks the required attribute adaptive"},
		{"unknown attribute", `adaptive="false"`, `adaptive="false" colour="red"`, "does not allow"},
		{"bad enum", `cardinality="single"`, `cardinality="one"`, "not of its type"},
		{"bad identifier", `identifier="RESPONSE"`, `identifier="1RESPONSE"`, "not of its type"},
		{"text in element-only content", "<itemBody>", "<itemBody>loose text", "only elements"},
		{"unknown element", "<itemBody>", "<itemBody><blink/>", "no such element"},
		{"missing choice", "</choiceInteraction>", "</choiceInteraction>", ""},
	}
	for _, tt := range tests {
		changed := strings.Replace(item, tt.from, tt.to, 1)
		root, err := parseXML([]byte(changed))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		errs := validate(root, testQTINS, qtiRules)
		if tt.want == "" {
			if len(errs) > 0 {
				t.Errorf("%s: the item as written fails: %v", tt.name, errs)
			}
			continue
		}
		if len(errs) == 0 || !strings.Contains(fmt.Sprint(errs), tt.want) {
			t.Errorf("%s: errors %v; want one saying %q", tt.name, errs, tt.want)
		}
	}
	// The interpreter: a yes/no item's right and wrong answers.
	root, _ := parseXML([]byte(item))
	for resp, want := range map[string]float64{"YES": 1, "NO": 0} {
		if s, _, err := runResponseProcessing(root, resp); err != nil || s != want {
			t.Errorf("the yes/no item scores %s as %v (%v); want %v", resp, s, err, want)
		}
	}
}

// TestQTIXmllint checks every file of the fixture's and the sample's
// packages, QTI 2.1 and QTI 1.2, with xmllint, an XML parser independent
// of Go's. With LEDE_QTI_XSD set to a folder holding the IMS schemas
// (imsqti_v2p1.xsd, ims_qtiasiv1p2p1.xsd and imscp_v1p1.xsd with the
// files they import, as IMS publishes them), it validates each file
// against them too; they
// are not kept in the repository (docs/exports.md says why).
func TestQTIXmllint(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint is not installed (apt-get install libxml2-utils): the XML is checked by the Go validator only")
	}
	xsdDir := os.Getenv("LEDE_QTI_XSD")
	if xsdDir == "" {
		t.Log("LEDE_QTI_XSD is not set: checking that xmllint reads each file, not validating against the IMS schemas")
	}
	for _, name := range []string{"qti", "qti12"} {
		for _, l := range lessons(t)[:2] {
			xmllintPackage(t, xmllint, xsdDir, mustLookup(t, name), l)
		}
	}
}

func mustLookup(t *testing.T, name string) Format {
	t.Helper()
	f, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// xmllintPackage writes l in f, a QTI package, and reads each of its
// files with xmllint, validating it when xsdDir holds the schemas.
func xmllintPackage(t *testing.T, xmllint, xsdDir string, f Format, l testLesson) {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf, l.article, l.questions); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, body := range readZip(t, buf.Bytes()) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, body, 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"--noout", "--nonet"}
		if xsdDir != "" {
			schema := "imsqti_v2p1.xsd"
			if f.Name == "qti12" {
				schema = "ims_qtiasiv1p2p1.xsd"
			}
			if name == "imsmanifest.xml" {
				schema = "imscp_v1p1.xsd"
			}
			args = append(args, "--schema", filepath.Join(xsdDir, schema))
		}
		out, err := exec.Command(xmllint, append(args, path)...).CombinedOutput()
		if err != nil {
			t.Errorf("%s %s %s: xmllint: %v\n%s", f.Name, l.name, name, err, out)
		}
	}
}

func TestQTIIdentifier(t *testing.T) {
	tests := []struct{ id, want string }{
		{"q772ec52a0e", "q772ec52a0e"},
		{"t0a1b2c3d4e5", "t0a1b2c3d4e5"},
		{"my_question-2.b", "my_question-2.b"},
		{"2nd question", ""}, // not an NCName: a stable one made from it
		{"", ""},
		{"Zoë", ""},
	}
	for _, tt := range tests {
		got := qtiIdentifier(tt.id)
		if !isNCName(got) || tt.want != "" && got != tt.want {
			t.Errorf("qtiIdentifier(%q) = %q; want %q or an NCName", tt.id, got, tt.want)
		}
		if tt.want == "" && got != qtiIdentifier(tt.id) {
			t.Errorf("qtiIdentifier(%q) is not stable", tt.id)
		}
	}
	if qtiIdentifier("a b") == qtiIdentifier("a c") {
		t.Error("two IDs made the same identifier")
	}
}

// TestQTIClashingIDs: a question whose identifier would clash with
// another in the package stops the export, naming it.
func TestQTIClashingIDs(t *testing.T) {
	a, qs := fixture(t)
	for _, id := range []string{"PART", "ARTICLE", "root_section", qs[0].ID} {
		clash := append([]quiz.Question{}, qs[:2]...)
		clash[1].ID = id
		for name, write := range map[string]func(io.Writer, *article.Article, []quiz.Question) error{"qti": QTI, "qti12": QTI12} {
			if id == "PART" && name == "qti12" || id == "root_section" && name == "qti" {
				continue // an identifier of the other format only
			}
			err := write(&bytes.Buffer{}, a, clash)
			if err == nil || !strings.Contains(err.Error(), "question 2") {
				t.Errorf("%s, ID %q: %v; want an error naming question 2", name, id, err)
			}
		}
	}
}
