package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A structural validator for the elements Lede's QTI package uses,
// written in this test from the IMS schemas rather than shared with the
// writer: imsqti_v2p1.xsd (IMS QTI 2.1 final, 2012; read in
// davemckain/qtiworks, qtiworks-jqtiplus/src/main/resources/uk/ac/ed/ph/
// jqtiplus/xml-catalog/www.imsglobal.org/xsd/imsqti_v2p1.xsd) and
// imscp_v1p1.xsd (IMS Content Packaging 1.1.4; read in oat-sa/qti-sdk,
// src/qtism/data/storage/xml/schemes/imscp_v1p1.xsd). The schemas
// themselves are not kept in testdata: see docs/exports.md for why.
//
// For each element: its namespace, the attributes it must have and may
// have with their types, and its content model — a sequence of
// particles in the schema's order, or mixed text and a set of elements.
// An element not in the table, an attribute not allowed, a missing one,
// a value of the wrong type, children out of order or too many or too
// few, and text where the schema allows none are all errors.

// xnode is one element of a parsed file.
type xnode struct {
	name  xml.Name
	attrs map[string]string // by local name; xml:lang as "xml:lang"
	kids  []*xnode
	text  string // character data directly inside, joined
	parts []any  // text (string) and children (*xnode), in document order
	line  int
}

// parseXML reads a document into a tree of elements.
func parseXML(data []byte) (*xnode, error) {
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	var stack []*xnode
	var root *xnode
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, _ := dec.InputPos()
			n := &xnode{name: t.Name, attrs: map[string]string{}, line: line}
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns":
					continue // namespace declarations
				case a.Name.Space == "http://www.w3.org/2001/XMLSchema-instance":
					n.attrs["xsi:"+a.Name.Local] = a.Value
				case a.Name.Space == "http://www.w3.org/XML/1998/namespace":
					n.attrs["xml:"+a.Name.Local] = a.Value
				case a.Name.Space != "":
					return nil, fmt.Errorf("line %d: attribute %s in namespace %s", line, a.Name.Local, a.Name.Space)
				default:
					n.attrs[a.Name.Local] = a.Value
				}
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids, p.parts = append(p.kids, n), append(p.parts, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.text += string(t)
				top.parts = append(top.parts, string(t))
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("no root element")
	}
	return root, nil
}

// textContent is all the text inside n, tags dropped, spaces folded.
func (n *xnode) textContent() string {
	var b strings.Builder
	var walk func(*xnode)
	walk = func(n *xnode) {
		for _, p := range n.parts {
			switch p := p.(type) {
			case string:
				b.WriteString(p)
			case *xnode:
				// A block or a break separates words; inline markup
				// does not, but a space there is folded anyway.
				b.WriteString(" ")
				walk(p)
				b.WriteString(" ")
			}
		}
	}
	walk(n)
	return fold(b.String())
}

// child returns n's first child called name, or nil.
func (n *xnode) child(name string) *xnode {
	for _, k := range n.kids {
		if k.name.Local == name {
			return k
		}
	}
	return nil
}

// children returns n's children called name.
func (n *xnode) children(name string) []*xnode {
	var out []*xnode
	for _, k := range n.kids {
		if k.name.Local == name {
			out = append(out, k)
		}
	}
	return out
}

// particle is one place in a sequence: any of names, min to max times
// (max -1: unbounded).
type particle struct {
	names    []string
	min, max int
}

func one(names ...string) particle  { return particle{names, 1, 1} }
func opt(names ...string) particle  { return particle{names, 0, 1} }
func many(names ...string) particle { return particle{names, 0, -1} }
func some(names ...string) particle { return particle{names, 1, -1} }

// elementRule is what the schema says of one element.
type elementRule struct {
	required, optional []string
	// seq is element-only content in this order; mixed lists the
	// elements allowed among text, in any order; simple is text only.
	seq    []particle
	mixed  []string
	simple bool
}

// attrTypes checks attribute values by name, as the schemas type them.
var attrTypes = map[string]func(string) bool{
	"identifier":         isNCName,
	"responseIdentifier": isNCName,
	"outcomeIdentifier":  isNCName,
	"variableIdentifier": isNCName,
	"adaptive":           isBool,
	"timeDependent":      isBool,
	"shuffle":            isBool,
	"fixed":              isBool,
	"visible":            isBool,
	"caseSensitive":      isBool,
	"maxChoices":         isInt,
	"minChoices":         isInt,
	"expectedLength":     isInt,
	"mappedValue":        isDouble,
	"lowerBound":         isDouble,
	"upperBound":         isDouble,
	"defaultValue":       isDouble,
	"normalMaximum":      isDouble,
	"tolerance":          func(s string) bool { f := strings.Fields(s); return len(f) >= 1 && len(f) <= 2 && isDouble(f[0]) },
	"cardinality":        enum("multiple", "ordered", "record", "single"),
	"baseType":           enum("boolean", "directedPair", "duration", "file", "float", "identifier", "integer", "pair", "point", "string", "uri"),
	"toleranceMode":      enum("exact", "absolute", "relative"),
	"showHide":           enum("show", "hide"),
	"navigationMode":     enum("linear", "nonlinear"),
	"submissionMode":     enum("individual", "simultaneous"),
	"title":              func(s string) bool { return s != "" },
}

var ncNameRE = regexp.MustCompile(`^[\p{L}_][\p{L}\p{N}._-]*$`)

func isNCName(s string) bool { return ncNameRE.MatchString(s) }
func isBool(s string) bool   { return s == "true" || s == "false" || s == "1" || s == "0" }
func isInt(s string) bool    { _, err := strconv.Atoi(s); return err == nil }
func isDouble(s string) bool { _, err := strconv.ParseFloat(s, 64); return err == nil }
func enum(vs ...string) func(string) bool {
	return func(s string) bool { return slices.Contains(vs, s) }
}

// The QTI content the files use, in imsqti_v2p1.xsd's groups: inline
// and block HTML, the interactions, and the expressions and rules of
// response processing.
var (
	qtiInline     = []string{"em", "strong", "b", "i", "span", "br", "q", "sub", "sup", "cite", "code", "textEntryInteraction"}
	qtiInlineStat = []string{"em", "strong", "b", "i", "span", "br", "q", "sub", "sup", "cite", "code"}
	qtiBlockHTML  = []string{"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "ul", "ol", "pre"}
	qtiBlock      = append(slices.Clone(qtiBlockHTML), "choiceInteraction")
	qtiFlowStatic = append(slices.Clone(qtiBlockHTML), qtiInlineStat...)
	qtiFlow       = append(slices.Clone(qtiBlock), qtiInline...)
	qtiExpr       = []string{"match", "equal", "variable", "correct", "baseValue", "multiple", "mapResponse", "sum", "testVariables", "isNull", "and", "or", "not"}
	qtiRespRule   = []string{"responseCondition", "setOutcomeValue", "exitResponse", "lookupOutcomeValue"}
	qtiOutRule    = []string{"outcomeCondition", "setOutcomeValue", "exitTest", "lookupOutcomeValue"}
	htmlAttrs     = []string{"id", "class", "xml:lang", "label"}
)

// qtiRules is imsqti_v2p1.xsd for the elements used.
var qtiRules = map[string]elementRule{
	"assessmentItem": {
		required: []string{"identifier", "title", "adaptive", "timeDependent"},
		optional: []string{"label", "xml:lang", "toolName", "toolVersion", "xsi:schemaLocation"},
		seq: []particle{many("responseDeclaration"), many("outcomeDeclaration"), many("templateDeclaration"),
			opt("templateProcessing"), many("stylesheet"), opt("itemBody"), opt("responseProcessing"), many("modalFeedback")},
	},
	"responseDeclaration": {
		required: []string{"identifier", "cardinality"}, optional: []string{"baseType"},
		seq: []particle{opt("defaultValue"), opt("correctResponse"), opt("mapping"), opt("areaMapping")},
	},
	"outcomeDeclaration": {
		required: []string{"identifier", "cardinality"},
		optional: []string{"baseType", "view", "interpretation", "longInterpretation", "normalMaximum", "normalMinimum", "masteryValue"},
		seq:      []particle{opt("defaultValue"), opt("matchTable", "interpolationTable")},
	},
	"defaultValue":    {optional: []string{"interpretation"}, seq: []particle{some("value")}},
	"correctResponse": {optional: []string{"interpretation"}, seq: []particle{some("value")}},
	"value":           {optional: []string{"fieldIdentifier", "baseType"}, simple: true},
	"mapping":         {optional: []string{"lowerBound", "upperBound", "defaultValue"}, seq: []particle{some("mapEntry")}},
	"mapEntry":        {required: []string{"mapKey", "mappedValue", "caseSensitive"}},
	"itemBody":        {optional: htmlAttrs, seq: []particle{many(qtiBlock...)}},
	"p":               {optional: htmlAttrs, mixed: qtiInline},
	"h1":              {optional: htmlAttrs, mixed: qtiInline},
	"h2":              {optional: htmlAttrs, mixed: qtiInline},
	"h3":              {optional: htmlAttrs, mixed: qtiInline},
	"em":              {optional: htmlAttrs, mixed: qtiInline},
	"strong":          {optional: htmlAttrs, mixed: qtiInline},
	"div":             {optional: htmlAttrs, mixed: qtiFlow},
	"choiceInteraction": {
		required: []string{"responseIdentifier", "shuffle", "maxChoices"},
		optional: append([]string{"minChoices", "orientation"}, htmlAttrs...),
		seq:      []particle{opt("prompt"), some("simpleChoice")},
	},
	"prompt":               {optional: htmlAttrs, mixed: qtiInlineStat},
	"simpleChoice":         {required: []string{"identifier"}, optional: append([]string{"fixed", "templateIdentifier", "showHide"}, htmlAttrs...), mixed: qtiFlowStatic},
	"textEntryInteraction": {required: []string{"responseIdentifier"}, optional: append([]string{"base", "stringIdentifier", "expectedLength", "patternMask", "placeholderText"}, htmlAttrs...)},
	"responseProcessing":   {optional: []string{"template", "templateLocation"}, seq: []particle{many(qtiRespRule...)}},
	"responseCondition":    {seq: []particle{one("responseIf"), many("responseElseIf"), opt("responseElse")}},
	"responseIf":           {seq: []particle{one(qtiExpr...), many(qtiRespRule...)}},
	"responseElseIf":       {seq: []particle{one(qtiExpr...), many(qtiRespRule...)}},
	"responseElse":         {seq: []particle{many(qtiRespRule...)}},
	"setOutcomeValue":      {required: []string{"identifier"}, seq: []particle{one(qtiExpr...)}},
	"match":                {seq: []particle{{qtiExpr, 2, 2}}},
	"equal":                {required: []string{"toleranceMode"}, optional: []string{"tolerance", "includeLowerBound", "includeUpperBound"}, seq: []particle{{qtiExpr, 2, 2}}},
	"variable":             {required: []string{"identifier"}, optional: []string{"weightIdentifier"}},
	"correct":              {required: []string{"identifier"}},
	"baseValue":            {required: []string{"baseType"}, simple: true},
	"multiple":             {seq: []particle{many(qtiExpr...)}},
	"mapResponse":          {required: []string{"identifier"}},
	"sum":                  {seq: []particle{some(qtiExpr...)}},
	"testVariables":        {required: []string{"variableIdentifier"}, optional: []string{"weightIdentifier", "baseType", "sectionIdentifier", "includeCategory", "excludeCategory"}},
	"modalFeedback": {
		required: []string{"outcomeIdentifier", "showHide", "identifier"}, optional: []string{"title"},
		mixed: qtiFlowStatic,
	},
	"assessmentTest": {
		required: []string{"identifier", "title"}, optional: []string{"toolName", "toolVersion", "xsi:schemaLocation"},
		seq: []particle{many("outcomeDeclaration"), opt("timeLimits"), many("stylesheet"), some("testPart"), opt("outcomeProcessing"), many("testFeedback")},
	},
	"testPart": {
		required: []string{"identifier", "navigationMode", "submissionMode"},
		seq: []particle{many("preCondition"), many("branchRule"), opt("itemSessionControl"), opt("timeLimits"),
			some("assessmentSection"), many("testFeedback")},
	},
	"assessmentSection": {
		required: []string{"identifier", "title", "visible"}, optional: []string{"required", "fixed", "keepTogether"},
		seq: []particle{many("preCondition"), many("branchRule"), opt("itemSessionControl"), opt("timeLimits"),
			opt("selection"), opt("ordering"), many("rubricBlock"), many("assessmentItemRef", "assessmentSection", "assessmentSectionRef")},
	},
	"assessmentItemRef": {
		required: []string{"identifier", "href"}, optional: []string{"required", "fixed", "category"},
		seq: []particle{many("preCondition"), many("branchRule"), opt("itemSessionControl"), opt("timeLimits"),
			many("variableMapping"), many("weight"), many("templateDefault")},
	},
	"outcomeProcessing": {seq: []particle{many(qtiOutRule...)}},
}

// cpRules is imscp_v1p1.xsd for the elements used. Its group grp.any
// lets other namespaces in; Lede writes none, so none is allowed here.
var cpRules = map[string]elementRule{
	"manifest": {
		required: []string{"identifier"}, optional: []string{"version", "xml:base", "xsi:schemaLocation"},
		seq: []particle{opt("metadata"), one("organizations"), one("resources"), many("manifest")},
	},
	"metadata":      {seq: []particle{opt("schema"), opt("schemaversion")}},
	"schema":        {simple: true},
	"schemaversion": {simple: true},
	"organizations": {optional: []string{"default"}, seq: []particle{many("organization")}},
	"resources":     {optional: []string{"xml:base"}, seq: []particle{many("resource")}},
	"resource": {
		required: []string{"identifier", "type"}, optional: []string{"href", "xml:base"},
		seq: []particle{opt("metadata"), many("file"), many("dependency")},
	},
	"file":       {required: []string{"href"}, seq: []particle{opt("metadata")}},
	"dependency": {required: []string{"identifierref"}},
}

// validate checks a document against rules, every element in ns.
func validate(root *xnode, ns string, rules map[string]elementRule) []error {
	var errs []error
	var walk func(n *xnode)
	walk = func(n *xnode) {
		fail := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("line %d, <%s>: %s", n.line, n.name.Local, fmt.Sprintf(format, args...)))
		}
		if n.name.Space != ns {
			fail("in namespace %q; want %q", n.name.Space, ns)
		}
		r, ok := rules[n.name.Local]
		if !ok {
			fail("no such element here")
			return
		}
		for _, a := range r.required {
			if _, ok := n.attrs[a]; !ok {
				fail("lacks the required attribute %s", a)
			}
		}
		for a, v := range n.attrs {
			if !slices.Contains(r.required, a) && !slices.Contains(r.optional, a) {
				fail("has attribute %s, which the schema does not allow", a)
			}
			if check, ok := attrTypes[a]; ok && !check(v) {
				fail("attribute %s=%q is not of its type", a, v)
			}
		}
		if strings.TrimSpace(n.text) != "" && r.mixed == nil && !r.simple {
			fail("holds text %q where the schema allows only elements", clip(fold(n.text), 40))
		}
		switch {
		case r.simple:
			if len(n.kids) > 0 {
				fail("holds elements; the schema allows only text")
			}
		case r.mixed != nil:
			for _, k := range n.kids {
				if !slices.Contains(r.mixed, k.name.Local) {
					fail("holds <%s>, which is not allowed there", k.name.Local)
				}
			}
		default:
			if err := matchSeq(n.kids, r.seq); err != nil {
				fail("%v", err)
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(root)
	return errs
}

// matchSeq checks children against a sequence of particles, greedily:
// the content models here have no two adjacent particles that share a
// name, so greedy matching is exact.
func matchSeq(kids []*xnode, seq []particle) error {
	i := 0
	for _, p := range seq {
		n := 0
		for i < len(kids) && slices.Contains(p.names, kids[i].name.Local) && (p.max < 0 || n < p.max) {
			i, n = i+1, n+1
		}
		if n < p.min {
			return fmt.Errorf("has %d of %v where the schema wants at least %d", n, short(p.names), p.min)
		}
	}
	if i < len(kids) {
		return fmt.Errorf("<%s> is out of place or not allowed here", kids[i].name.Local)
	}
	return nil
}

func short(names []string) string {
	if len(names) > 3 {
		return strings.Join(names[:3], "|") + "|…"
	}
	return strings.Join(names, "|")
}
