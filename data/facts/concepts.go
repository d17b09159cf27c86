package facts

import (
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/textnum"
)

// synonyms folds words that news writing uses for the same idea into one
// concept, so that "hiring new staff" and "create jobs" share a topic. It
// holds general English vocabulary only.
var synonyms = map[string]string{
	"job": "job", "hire": "job", "hiring": "job", "staff": "job", "employ": "job",
	"employee": "job", "employment": "job", "worker": "job", "workforce": "job", "position": "job",
	"create": "create", "generate": "create", "add": "create", "bring": "create", "creating": "create",
	"buy": "buy", "acquire": "buy", "purchase": "buy", "takeover": "buy", "acquisition": "buy",
	"cut": "cut", "slash": "cut", "reduce": "cut", "layoff": "cut", "lay": "cut",
	"ban": "ban", "prohibit": "ban", "outlaw": "ban", "forbid": "ban",
	"kill": "die", "dead": "die", "die": "die", "death": "die", "fatal": "die",
	"rise": "rise", "increase": "rise", "grow": "rise", "surge": "rise", "jump": "rise", "soar": "rise",
	"fall": "fall", "drop": "fall", "decline": "fall", "plunge": "fall", "sink": "fall",
	"us": "us", "u.s": "us", "usa": "us", "america": "us", "american": "us", "united": "us",
	"uk": "uk", "u.k": "uk", "britain": "uk", "british": "uk",
	"discuss": "discuss", "discussion": "discuss", "talk": "discuss", "meet": "discuss", "meeting": "discuss",
	"plan": "plan", "proposal": "plan", "propose": "plan", "scheme": "plan",
}

// stopwords carry no topic.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "of": true, "and": true, "in": true,
	"on": true, "for": true, "with": true, "at": true, "by": true, "from": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "will": true, "its": true, "it": true,
	"that": true, "this": true, "as": true, "s": true, "new": true, "says": true, "said": true,
	"not": true, "has": true, "have": true, "had": true, "he": true, "she": true, "they": true,
	"his": true, "her": true, "their": true, "who": true, "after": true, "over": true, "up": true,
	"states": true, "any": true, "does": true, "do": true, "did": true, "itself": true,
	// Negations, contractions and intensifiers say how a claim is put,
	// not what it is about.
	"no": true, "never": true, "didn't": true, "didn’t": true, "don't": true, "don’t": true,
	"doesn't": true, "doesn’t": true, "isn't": true, "isn’t": true, "aren't": true, "aren’t": true,
	"wasn't": true, "wasn’t": true, "weren't": true, "weren’t": true, "won't": true, "won’t": true,
	"he'll": true, "he’ll": true, "she'll": true, "she’ll": true, "they'll": true, "they’ll": true,
	"really": true, "actually": true, "definitely": true, "sorry": true, "so": true, "what": true,
	"these": true, "those": true, "into": true, "just": true, "still": true,
	"they're": true, "they’re": true, "we're": true, "we’re": true, "you're": true, "you’re": true,
	"i'm": true, "i’m": true,
}

// conceptsOf returns the set of topic concepts of text: content words,
// stemmed and folded through synonyms, and numbers by value.
func conceptsOf(text string) map[string]bool { return conceptsWith(text, textnum.Find(text)) }

// conceptsWith is conceptsOf for a text whose numbers (textnum.Find) a
// caller has read already: the body's index reads every sentence's
// numbers for itself too.
func conceptsWith(text string, numbers []textnum.Match) map[string]bool {
	return conceptsOfLower(strings.ToLower(text), numbers)
}

// conceptsOfLower is conceptsWith of a text lowered already (lower).
func conceptsOfLower(lower string, numbers []textnum.Match) map[string]bool {
	words := strings.FieldsFunc(lower, isWordSep)
	set := make(map[string]bool, len(numbers)+len(words)) // its size at once, not grown from empty
	for _, m := range numbers {
		set["#"+strconv.FormatFloat(m.Value, 'g', -1, 64)] = true
	}
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		// Curly quotation marks count as letters to the split (r > 127):
		// "‘Three-boobed’" is the word three-boobed.
		w = strings.Trim(w, ".-'’‘“”")
		if w == "" || stopwords[w] || isNumberish(w) {
			continue
		}
		set[concept(w)] = true
	}
	return set
}

func isWordSep(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '\'' || r == '’' || r == '-' || r > 127)
}

func isNumberish(w string) bool {
	_, ok := textnum.Parse(w)
	return ok || w == "million" || w == "billion" || w == "thousand"
}

// concept maps a word to its concept: a synonym group, else a crude stem.
func concept(w string) string {
	if c, ok := synonyms[w]; ok {
		return c
	}
	s := stem(w)
	if c, ok := synonyms[s]; ok {
		return c
	}
	return s
}

// stem strips common English inflections: good enough to match "jobs"
// with "job" and "plans" with "plan", not a linguistic stemmer.
func stem(w string) string {
	for _, suf := range []string{"ies", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := strings.TrimSuffix(w, suf)
			if suf == "ies" {
				return base + "y"
			}
			if suf == "es" && !strings.HasSuffix(base, "s") && !strings.HasSuffix(base, "sh") && !strings.HasSuffix(base, "ch") && !strings.HasSuffix(base, "x") {
				return base + "e"
			}
			return base
		}
	}
	return w
}

// overlap returns the share of topic's concepts that other also has.
func overlap(topic, other map[string]bool) float64 {
	if len(topic) == 0 {
		return 0
	}
	n := 0
	for c := range topic {
		if other[c] {
			n++
		}
	}
	return float64(n) / float64(len(topic))
}
