package facts

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lexicon"
	"github.com/lede-app/lede/data/textnum"
)

// hedges are the words that make a number approximate or a bound.
var hedges = []string{"more than", "less than", "fewer than", "at least", "up to", "as many as",
	"over", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "under", "only", "just", "an estimated", "estimated"}

// countStops end the phrase that says what a number counts.
var countStops = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "for": true, "to": true, "from": true,
	"with": true, "as": true, "than": true, "through": true, "across": true, "into": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true,
	"could": true, "would": true, "will": true, "can": true, "may": true, "might": true,
	"is": true, "are": true, "was": true, "were": true, "have": true, "has": true, "had": true,
	"per": true, "a": true, "the": true, "this": true, "each": true, "last": true, "ago": true,
	"since": true, "after": true, "before": true, "during": true, "of": true, "said": true,
	"while": true, "when": true, "if": true, "over": true, "under": true, "about": true,
}

var (
	asOfPattern = lazyre.New(`\bas of ((?:` + monthWord + `)\.?(?: \d{1,2})?(?:, \d{4})?|\d{4})`)
	monthWord   = lexicon.Alternation(lex.Months, lex.MonthAbbreviations)
	monthBefore = lazyre.New(`(?i)\b(?:` + monthWord + `)\.?\s*$`)
	// possession and quantity verbs that let a question ask "how many …
	// did <subject> <verb>?"
	quantityVerbs = map[string]string{
		"had": "have", "has": "have", "have": "have", "employed": "employ", "employs": "employ",
		"hired": "hire", "hires": "hire", "sold": "sell", "sells": "sell", "lost": "lose",
		"won": "win", "wins": "win", "raised": "raise", "raises": "raise", "spent": "spend",
		"spends": "spend", "paid": "pay", "pays": "pay", "cut": "cut", "cuts": "cut",
		"added": "add", "adds": "add", "created": "create", "creates": "create",
		"received": "receive", "receives": "receive", "recorded": "record", "records": "record",
		"reported": "report", "reports": "report", "counted": "count", "counts": "count",
		"killed": "kill", "kills": "kill", "injured": "injure", "built": "build", "builds": "build",
		"attracted": "attract", "attracts": "attract", "scored": "score", "scores": "score",
		"served": "serve", "serves": "serve", "treated": "treat", "treats": "treat",
		"owns": "own", "owned": "own", "invested": "invest", "invests": "invest",
	}
	adverbs = map[string]bool{"only": true, "just": true, "already": true, "now": true, "also": true,
		"still": true, "reportedly": true, "currently": true, "nearly": true, "about": true, "over": true,
		"roughly": true, "around": true, "almost": true, "some": true, "than": true, "more": true, "less": true}
)

// quantities finds numbers and what they count.
func (x *extractor) quantities(s article.Sentence) {
	qs := x.read(s).quantities
	if len(qs) == 0 {
		return
	}
	source := x.sourceOf(s.Index)
	for _, f := range qs {
		f.Source = source
		x.add(f)
	}
}

// quantitiesIn reads a sentence's quantities, each a Quantity fact but
// for its Source (the sentence's speaker, which quantities adds). It
// reads the sentence alone, so it may run on any goroutine (ahead);
// numbers are its numbers (textnum.Find).
func quantitiesIn(s article.Sentence, numbers []textnum.Match) []Fact {
	var out []Fact
	asOf := ""
	if am := asOfPattern.FindStringSubmatch(s.Text); am != nil {
		asOf = am[1]
	}
	for _, m := range numbers {
		if isDateOrYear(s.Text, m) {
			continue
		}
		// Each look around a number is bounded, so that a sentence with
		// thousands of numbers costs linear time.
		before := s.Text[max(0, m.Start-120):m.Start]
		if !m.Digits && m.Value < 10 && strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), "the") {
			continue // "the two talked": a pronoun, not a count
		}
		if inName(s.Text, m) {
			continue // "BBC Radio Five Live", "Channel Four": part of a name
		}
		counts := countedAfter(s.Text[m.End:min(len(s.Text), m.End+160)])
		lead := strings.TrimRightFunc(m.Text, func(r rune) bool { return r != '£' && r != '€' && r != '$' && r != '¥' && r != '₹' })
		if cur := currencyBefore(before + lead); cur != "" {
			counts = cur // "$1.2 million a year" counts dollars
		}
		if counts == "" && !m.Percent {
			continue
		}
		f := fact(Quantity, s)
		f.Number, f.NumberText, f.Counts = m.Value, m.Text, counts
		if m.Percent {
			f.Counts = strings.TrimSpace("percent " + counts)
		}
		f.Hedge = hedgeBefore(before)
		f.AsOf = asOf
		f.Subject, f.Verb = holderBefore(before)
		out = append(out, f)
	}
	return out
}

// inName reports whether a spelled-out number is capitalised in the middle
// of a sentence next to another capitalised word: a name, not a count.
func inName(text string, m textnum.Match) bool {
	if m.Digits || m.Start == 0 || !isCapitalised(m.Text) {
		return false
	}
	before := strings.Fields(text[max(0, m.Start-40):m.Start])
	after := strings.Fields(text[m.End:min(len(text), m.End+40)])
	return (len(before) > 0 && isCapitalised(strings.TrimLeft(before[len(before)-1], "\"“("))) ||
		(len(after) > 0 && isCapitalised(after[0]))
}

// isDateOrYear reports whether a number is a year, a day of a month or a
// clock time rather than a quantity.
func isDateOrYear(text string, m textnum.Match) bool {
	if !m.Digits {
		return false
	}
	if m.Value >= 1000 && m.Value <= 2100 && !strings.Contains(m.Text, ",") && m.Value == float64(int(m.Value)) && len(m.Text) == 4 {
		return true
	}
	if monthBefore.MatchString(text[max(0, m.Start-16):m.Start]) {
		return true
	}
	return m.End < len(text) && text[m.End] == ':'
}

// countedAfter returns the phrase after a number that says what it
// counts: "full-time employees", "new U.S. jobs", "small businesses".
func countedAfter(rest string) string {
	words := strings.Fields(rest)
	if len(words) > 0 && words[0] == "of" {
		words = words[1:]
	}
	var out []string
	for _, w := range words {
		clean := strings.TrimLeft(w, "\"'“(")
		last := len(clean) > 0 && strings.ContainsAny(clean[len(clean)-1:], ",;:!?)\"”")
		clean = strings.TrimRight(clean, ",;:!?)\"”")
		if strings.HasSuffix(clean, ".") && strings.Count(clean, ".") == 1 {
			clean, last = strings.TrimSuffix(clean, "."), true
		}
		if clean == "" || countStops[strings.ToLower(clean)] || len(out) == 5 {
			break
		}
		out = append(out, clean)
		if last {
			break
		}
	}
	return strings.Join(out, " ")
}

// currencies name the money a symbol or code before a number stands for.
var currencies = map[string]string{"$": "dollars", "US$": "US dollars", "£": "pounds", "€": "euros",
	"¥": "yen", "₹": "rupees", "USD": "US dollars", "GBP": "pounds", "EUR": "euros", "A$": "Australian dollars",
	"C$": "Canadian dollars", "NZ$": "New Zealand dollars", "HK$": "Hong Kong dollars"}

// currencyBefore returns the currency written right before a number.
func currencyBefore(before string) string {
	b := strings.TrimRight(before, " ")
	for sym, name := range currencies {
		if strings.HasSuffix(b, sym) {
			// "US$" also ends in "$": prefer the longest symbol.
			if long := longerCurrency(b, sym); long != "" {
				return currencies[long]
			}
			return name
		}
	}
	return ""
}

func longerCurrency(b, sym string) string {
	best := ""
	for s := range currencies {
		if len(s) > len(sym) && strings.HasSuffix(b, s) && len(s) > len(best) {
			best = s
		}
	}
	return best
}

// hedgeBefore returns the hedge just before a number: "over", "more than".
func hedgeBefore(before string) string {
	b := strings.ToLower(strings.TrimSpace(before))
	for _, h := range hedges {
		if b == h || strings.HasSuffix(b, " "+h) {
			return h
		}
	}
	return ""
}

// holderBefore reads "the company only had" before a number as the
// subject "the company" and the verb "had".
func holderBefore(before string) (subject, verb string) {
	clause := before
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	words := strings.Fields(clause)
	for len(words) > 0 && adverbs[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > 6 {
		return "", ""
	}
	v := strings.ToLower(words[len(words)-1])
	if _, ok := quantityVerbs[v]; !ok {
		return "", ""
	}
	subj := words[:len(words)-1]
	for len(subj) > 1 && adverbs[strings.ToLower(subj[len(subj)-1])] {
		subj = subj[:len(subj)-1]
	}
	first := strings.ToLower(subj[0])
	if !isCapitalised(subj[0]) && first != "the" && first != "its" && first != "their" && first != "his" && first != "her" {
		return "", ""
	}
	return strings.Join(subj, " "), v
}

// BaseVerb returns the plain form of a quantity verb ("had" → "have").
func BaseVerb(v string) string { return quantityVerbs[strings.ToLower(v)] }

// sourceOf returns the source credited in sentence i, if any.
func (x *extractor) sourceOf(i int) string { return x.speakers[i] }
