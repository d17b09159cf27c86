package quiz

import "strings"

// Names as held-out set 17 wrote them (docs/quality.md, 2026-12-02): a
// title before a misspelt name, "Mr. Whittaker" for "Tom Whitaker" and
// "Coun. Randy Kowalchuck" for "Randy Kowalchuk", was refused though the
// name alone was forgiven its slip; and "Mrs Wanjiru, chair of the
// vendors' group" was partly right, the post after the comma read as
// more name. Table: TestHeldOutSeventeenTitledNames.

// withoutLeadingTitle returns an answer without the title it opens with
// ("Mr.", "Mrs", "Coun.", "Dr", "Mayor"), when it opens with one and a
// name follows; ok is false otherwise.
func withoutLeadingTitle(answer string) (string, bool) {
	rest, ok := afterTitle(answer)
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || !startsUpper(strings.Fields(rest)) {
		return "", false // "chief of staff": no name after the title
	}
	return rest, true
}

// afterTitle returns what an answer says after the title it opens with
// ("Mr.", "coun", "Judge"), in any case; ok is false where its first
// word is no title or nothing follows it.
func afterTitle(answer string) (string, bool) {
	first, rest, ok := strings.Cut(strings.TrimSpace(answer), " ")
	if !ok {
		return "", false
	}
	w := strings.ToLower(strings.TrimSuffix(first, "."))
	if !titleWords[w] && !rankTitles[w] && !postTitles[w] {
		return "", false
	}
	return rest, true
}
