package export

import "strings"

// plain folds every run of white space (line breaks, tabs, non-breaking
// spaces) to one space and drops what an XML file cannot hold: control
// characters and bytes that are not UTF-8. Line breaks carry no meaning
// in the HTML both formats hold, and a raw one would end a GIFT line.
func plain(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if !xmlChar(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return true
}

// htmlText makes plain text safe as HTML text: folded as plain does, with
// &, < and > as entities. Quotes need no entity outside attributes, and a
// numeric entity would put a # into GIFT for nothing.
func htmlText(s string) string { return htmlEscaper.Replace(plain(s)) }

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
