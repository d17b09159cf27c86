package quiz

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lexicon"
	"github.com/lede-app/lede/data/textnum"
)

// A right answer with a detail the article does not give, as held-out set
// 19 wrote it (docs/quality.md, 2026-12-02): "Murat Kaya, aged 16" where
// the article says he is 61, "Captain Vik, who has worked there for 12
// years" (22), "Colorado for six months" (six weeks), "the Jondal route
// in 2027" (2028), "Kumasi, Nigeria" and "1837, from Norway" (the
// article: Ghana, Sweden), "£2.3 million a year" (over three years). The
// key was in each, so each was accepted; the writer marks them wrong,
// since the answer says something the article contradicts. A teacher's
// key is read in the article's sentences that give it (KeySentences);
// a figure, a capitalised name or a period ("a year") that the answer
// adds beyond the key and the question must be in them too. A figure
// with its unit ("six months") needs the same unit; a country may be
// its people's word ("Canada" for "Canadian"). Table:
// TestHeldOutNineteenUnsaidDetails.

// KeySentences returns the article's sentences that give one of a
// teacher's keys, word for word (case aside): where the checker looks
// for what an answer adds to the key.
func KeySentences(accepted []string, a *article.Article) []string {
	if a == nil {
		return nil
	}
	var said []string
	for _, key := range accepted {
		key = strings.TrimSpace(key)
		if len([]rune(key)) < 3 || isYesNoWord(strings.ToLower(key)) {
			continue
		}
		re, err := regexp.Compile(`(?i)(?:^|[^\pL\pN])` + regexp.QuoteMeta(key) + `(?:$|[^\pL\pN])`)
		if err != nil {
			continue
		}
		for _, s := range a.Sentences {
			if re.MatchString(s.Text) && !containsFold(said, s.Text) {
				said = append(said, s.Text)
			}
		}
		// A person keyed by full name is told of by surname too: "Mr
		// Almeida, 39, who started the company …" gives the age an
		// answer adds to "Rodrigo Almeida" (held-out set 26).
		if words := strings.Fields(key); len(words) >= 2 && looksLikeName(key) && looksLikePerson(key) {
			surname := regexp.MustCompile(`(?:^|[^\pL\pN])` + regexp.QuoteMeta(words[len(words)-1]) + `(?:$|[^\pL\pN])`)
			for _, s := range a.Sentences {
				if surname.MatchString(s.Text) && !containsFold(said, s.Text) {
					said = append(said, s.Text)
				}
			}
		}
	}
	return said
}

// isYesNoWord reports whether a key is a bare yes or no.
func isYesNoWord(key string) bool {
	return key == "yes" || key == "no"
}

// unitWords are the units a figure an answer adds must keep: "six
// months" is not "six weeks".
var unitWords = wordSet(`year years month months week weeks day days hour hours minute minutes second seconds
	km kilometre kilometres kilometer kilometers metre metres meter meters mile miles tonne tonnes kg kilograms
	per percent cent litres liters people cars passengers times`)

// addedNumberWords are the number words an answer's added figure is read in;
// "one" and "a" are too often no figure at all.
var addedNumberWords = wordSet(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
	sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred`)

// figure is a number and the word after it.
type figure struct {
	value float64
	unit  string
}

// figuresIn reads the figures of text with the word after each.
func figuresIn(text string) []figure {
	text = figureRunOn.ReplaceAllString(text, "$1 $2") // "10am", "3km"
	var out []figure
	for _, m := range textnum.Find(text) {
		if !m.Digits && !addedNumberWords[strings.ToLower(strings.Fields(m.Text)[0])] {
			continue
		}
		next := strings.Fields(strings.ToLower(text[m.End:]))
		unit := ""
		if len(next) > 0 {
			unit = strings.Trim(next[0], ".,;:!?()\"'")
		}
		if m.Percent {
			unit = "percent"
		}
		out = append(out, figure{m.Value, unit})
	}
	return out
}

// figureRunOn finds a figure run into its unit: "10am", "3km".
var figureRunOn = regexp.MustCompile(`([0-9])(\pL)`)

// unitStem is a unit word without its plural's "s".
func unitStem(w string) string {
	return strings.TrimSuffix(w, "s")
}

// unsaidAddition returns what an answer adds after a right answer to
// its key that the key's sentences do not give, "" for nothing. The
// answer is split where an addition starts — after a comma, or before
// "aged", "from", "in", "for", "who", "since", "a", "per" … — and the
// first opening that is right alone is the answer to the key, the rest
// what it adds. What it adds in brackets is an aside, checked as set
// 18's are.
func unsaidAddition(q Question, answer string, said []string) string {
	words := strings.Fields(answer)
	for i := 1; i < len(words); i++ {
		if !strings.HasSuffix(words[i-1], ",") && !additionStarts[strings.ToLower(words[i])] {
			continue
		}
		head := strings.TrimRight(strings.Join(words[:i], " "), ",;:-–—")
		if check(q, head).Verdict != Correct {
			continue
		}
		extra := strings.Join(words[i:], " ")
		if strings.HasPrefix(extra, "(") || strings.HasPrefix(extra, "[") || contrastStarts[strings.ToLower(words[i])] {
			return "" // an aside, or what the key is not ("local bread, not bread from afar")
		}
		if yearOnly.MatchString(extra) && keyIsDate(q) {
			return "" // "January 4, 2015": the date's year, which the date's reader judges
		}
		return addsUnsaid(q, extra, said)
	}
	return ""
}

// contrastStarts are the words that start what an answer says its key
// is not.
var contrastStarts = wordSet(`not but rather instead unlike`)

// yearOnly is an addition that is only a year: "2015", "'27", "in 2027".
var yearOnly = regexp.MustCompile(`^(?:in\s+)?'?[0-9]{2,4}\.?$`)

// keyIsDate reports whether a key names a month or a weekday.
func keyIsDate(q Question) bool {
	for _, acc := range q.Accepted {
		for _, w := range strings.Fields(Normalize(acc)) {
			if _, ok := calendarNumbers[w]; ok || w == "may" {
				return true
			}
		}
	}
	return false
}

// additionStarts are the words that start what an answer adds to its
// key: "Murat Kaya aged 16", "Colorado for six months", "£2.3 million a
// year".
var additionStarts = wordSet(`aged age from in for who whose which since a per each every annually yearly monthly weekly daily`)

// addsUnsaid returns what extra, added to a right answer, says that the
// key's sentences do not: a figure they do not give (or give with another
// unit), a country where they name another, or a period ("a year") that
// neither they nor the question nor the key name ("a week" to "How long
// is the working week?" is the question's).
func addsUnsaid(q Question, extra string, said []string) string {
	context := strings.Join(said, " ")
	given := strings.ToLower(q.Prompt + " " + strings.Join(q.Accepted, " "))
	var known []float64
	for _, f := range figuresIn(given) {
		known = append(known, f.value)
	}
	sentenceFigures := figuresIn(context)
	for _, f := range figuresIn(extra) {
		if containsValue(known, f.value) {
			continue
		}
		found, sameUnit := false, false
		for _, s := range sentenceFigures {
			if s.value == f.value {
				found = true
				sameUnit = sameUnit || unitStem(s.unit) == unitStem(f.unit)
			}
		}
		if !found || unitWords[f.unit] && !sameUnit {
			return strings.TrimSpace(strconv.FormatFloat(f.value, 'f', -1, 64) + " " + f.unit)
		}
	}
	if c := otherCountry(extra, context+" "+q.Prompt); c != "" {
		return c
	}
	if p := periodOf(extra); p != "" && !strings.Contains(given, p) && !saysPeriod(said, p) {
		return "a " + p
	}
	return ""
}

// nationsIn returns the nations text names, by country or by its
// people's word, each as its people's word ("american" for "USA",
// "the US", "America"; the UK's four nations as "british"), with the
// word as written.
func nationsIn(text string) map[string]string {
	out := map[string]string{}
	raw := strings.Fields(text)
	for i, r := range raw {
		if i+1 < len(raw) && capitalised(raw[i+1]) && capitalised(r) && !strings.ContainsAny(r, ",;") {
			continue // "British Columbia", "American Airlines": a name
		}
		w := Normalize(r)
		forms := []string{w}
		if i+1 < len(raw) {
			forms = append(forms, w+"-"+Normalize(raw[i+1]))
		}
		for _, f := range forms {
			if n := nationOf(f); n != "" {
				out[n] = f
			}
		}
	}
	return out
}

// capitalised reports whether a word starts with a capital.
func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// nationOf is a country's or its people's word, as its people's word;
// "" for neither.
func nationOf(w string) string {
	switch w {
	case "usa", "u.s.", "u.s.a.":
		w = "us"
	case "england", "scotland", "wales", "english", "scottish", "welsh", "scots", "uk", "britain", "great-britain", "united-kingdom":
		return "british"
	}
	if d, ok := demonymOf(w); ok {
		return d
	}
	for _, table := range []map[string]string{lexicon.English.Demonyms, lexicon.English.MoreDemonyms} {
		for _, d := range table {
			if d == w {
				return d
			}
		}
	}
	return ""
}

// otherCountry returns the country an addition says someone or
// something is from ("from Norway", "from Canada") where the key's
// sentences name another and not it ("from Sweden", "American rider");
// "" otherwise.
func otherCountry(extra, context string) string {
	m := fromCountry.FindStringSubmatch(extra)
	if m == nil {
		return ""
	}
	added := nationsIn(m[1])
	if len(added) == 0 {
		return ""
	}
	stated := nationsIn(context)
	if len(stated) == 0 {
		return ""
	}
	for n, w := range added {
		if _, ok := stated[n]; !ok {
			return w
		}
	}
	return ""
}

// fromCountry finds "from" and the words after it.
var fromCountry = regexp.MustCompile(`(?i)\bfrom\s+((?:the\s+)?\S+(?:\s+\S+)?)`)

// saysPeriod reports whether one of the sentences counts an amount over
// period p.
func saysPeriod(said []string, p string) bool {
	for _, s := range said {
		if periodOf(s) == p {
			return true
		}
	}
	return false
}

// containsValue reports whether vs holds v.
func containsValue(vs []float64, v float64) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}
