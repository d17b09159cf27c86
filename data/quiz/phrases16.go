package quiz

import "strings"

// Phrases as held-out set 16 wrote them (docs/quality.md, 2026-12-02):
// the verb for its noun in "-ment", "recruiting teachers" for "teacher
// recruitment". Table: TestHeldOutSixteenMentNouns.

// verbAndMentNoun reports whether verb is a form of the verb whose noun
// in "-ment" is noun, on a verb of five letters or more: "recruit",
// "recruits", "recruited", "recruiting" for "recruitment"; "managing" for
// "management". Like verbAndNoun's, they count as the key's words as
// written.
func verbAndMentNoun(verb, noun string) bool {
	stem, ok := strings.CutSuffix(noun, "ments")
	if !ok {
		stem, ok = strings.CutSuffix(noun, "ment")
	}
	if !ok || len(stem) < 5 {
		return false
	}
	switch verb {
	case stem, stem + "s", stem + "ed", stem + "ing":
		return true
	}
	if before, ok := strings.CutSuffix(stem, "e"); ok {
		return verb == stem+"d" || verb == before+"ing" // "managed", "managing"
	}
	return false
}
