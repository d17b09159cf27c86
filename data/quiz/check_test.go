package quiz

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/lede-app/lede/data/article"
)

var (
	yesQ    = Question{ID: "y", Kind: YesNo, Answer: "Yes", Accepted: []string{"yes"}}
	noQ     = Question{ID: "n", Kind: YesNo, Answer: "No", Accepted: []string{"no"}}
	countQ  = Question{ID: "c", Kind: HowMany, Answer: "36,446", Value: 36446}
	millQ   = Question{ID: "m", Kind: HowMany, Answer: "a million", Value: 1e6}
	whoQ    = Question{ID: "w", Kind: Who, Answer: "Jack Ma", Accepted: []string{"Jack Ma", "Ma"}, Distractors: []string{"Donald Trump", "Alibaba"}}
	sourceQ = Question{ID: "s", Kind: Choice, Answer: "Computerworld", Accepted: []string{"Computerworld"},
		Choices: []string{"CNBC", "Computerworld", "SEC filings"}, Distractors: []string{"CNBC", "SEC filings"}}
)

func TestCheck(t *testing.T) {
	tests := []struct {
		q      Question
		answer string
		want   Verdict
	}{
		// yes/no in the student's own words
		{noQ, "No", Correct},
		{noQ, "no", Correct},
		{noQ, "  NO. ", Correct},
		{noQ, "nope", Correct},
		{noQ, "no they don't", Correct},
		{noQ, "No, they dont", Correct},
		{noQ, "not really", Correct},
		{noQ, "probably not", Correct},
		{noQ, "they don't", Correct},
		{noQ, "Alibaba does not commit to hiring anyone", Correct},
		{noQ, "no commitment was made", Correct},
		{noQ, "never", Correct},
		{noQ, "yes", Incorrect},
		{noQ, "Yes, they do", Incorrect},
		{noQ, "they do", Incorrect},
		{noQ, "yes and no", Unclear},
		{noQ, "I don't know", Unclear},
		{noQ, "", Unclear},
		{noQ, "   ", Unclear},
		{noQ, "banana", Unclear},
		{yesQ, "yes", Correct},
		{yesQ, "Yeah", Correct},
		{yesQ, "it does", Correct},
		{yesQ, "Definitely!", Correct},
		{yesQ, "no", Incorrect},
		{yesQ, "yes, it doesn't", Unclear},
		// numbers with and without separators, in words, with suffixes
		{countQ, "36,446", Correct},
		{countQ, "36446", Correct},
		{countQ, "36 446", Correct},
		{countQ, "I think it's 36,446", Correct},
		{countQ, "thirty-six thousand four hundred forty-six", Correct},
		{countQ, "36,000", Partial},
		{countQ, "about 36,400", Partial},
		{countQ, "36,464", Incorrect}, // another number, not a rounding
		{countQ, "15 million", Incorrect},
		{countQ, "lots", Unclear},
		{millQ, "1M", Correct},
		{millQ, "a million", Correct},
		{millQ, "one million", Correct},
		{millQ, "1,000,000", Correct},
		{millQ, "1 mln", Correct},
		{millQ, "10 million", Incorrect},
		// names, aliases and typos; another entity is wrong
		{whoQ, "Jack Ma", Correct},
		{whoQ, "ma", Correct},
		{whoQ, "Jack Ma said it", Correct},
		{whoQ, "Jak Ma", Correct},
		{whoQ, "Trump", Incorrect},
		{whoQ, "Donald Trump", Incorrect},
		{whoQ, "Alibaba", Incorrect},
		{whoQ, "Jeff Bezos", Incorrect},
		{whoQ, "Ma and Trump", Unclear},
		// multiple choice, picked or typed
		{sourceQ, "Computerworld", Correct},
		{sourceQ, "2", Correct},
		{sourceQ, "computerwold", Correct},
		{sourceQ, "CNBC", Incorrect},
		{sourceQ, "1", Incorrect},
	}
	for _, tt := range tests {
		got := Check(tt.q, tt.answer)
		if got.Verdict != tt.want {
			t.Errorf("Check(%s, %q) = %s (%s); want %s", tt.q.ID, tt.answer, got.Verdict, got.Explanation, tt.want)
		}
		if got.Explanation == "" {
			t.Errorf("Check(%s, %q) gave no explanation", tt.q.ID, tt.answer)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"  The U.S.  ":        "the us",
		"Don’t":               "don't",
		"ＡＢＣ":                 "abc",
		"Jack\u00a0Ma":        "jack ma",
		"36,446 employees!":   "36 446 employees",
		"1.5 billion":         "1.5 billion",
		"“Computerworld”":     "computerworld",
		"e-commerce—retailer": "e commerce retailer",
		"Café Zürich":         "cafe zurich",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestNormalFormsSkipTheFold: what Normalize returns as it is, the fold
// would give back unchanged — random phrases of folded and unfolded
// words, spaces and marks.
func TestNormalFormsSkipTheFold(t *testing.T) {
	parts := []string{"a", "us", "the", "1", "36", "u.s.", "U", "é", "don't", "’", "1.5", "-", ",", " ", "  ", "\t", "\u00a0", "ＡＢ"}
	checkFirstLook(t, randomPhrases(9, parts, 5, 3, 200_000), isNormal, fold)
}

// TestPhraseMarksFirstLook: a phrase phraseNorm's first look passes over
// comes out of withPhraseMarks as it went in — random phrases of every
// printable ASCII mark, digits, letters and marks outside ASCII, so that
// a mark the loop learns and the look does not fails here.
func TestPhraseMarksFirstLook(t *testing.T) {
	parts := []string{"a", "two", "mid", "one", "nil", "US", "based", "BBC", "x", "R", "D", "7", "é", "‐", "–", "٣"}
	for c := byte(' '); c < 0x7f; c++ {
		parts = append(parts, string(c))
	}
	checkFirstLook(t, randomPhrases(17, parts, 6, 0, 200_000), func(s string) bool { return !needsPhraseMarks(s) }, withPhraseMarks)
}

// TestFoldsNothingFoldsNothing: a phrase canonWords gives back as it is,
// its full reading would too.
func TestFoldsNothingFoldsNothing(t *testing.T) {
	parts := []string{"a", "about", "more", "than", "at", "least", "in", "excess", "of", "per", "cent", "tues", "1st", "21", "new",
		"york's", "'s", "the", "close", "to", "over", "twelve", "x", "u.s", "é", " ", "  ", "\t", "\u00a0", "!"}
	checkFirstLook(t, randomPhrases(11, parts, 5, 4, 200_000), foldsNothing, foldWords)
}

// TestPlainMarksNeedNoPasses: text whose only characters outside ASCII
// are dashes and curly quotes comes out of the NFKC and accent passes as
// it went in, so Normalize may skip them.
func TestPlainMarksNeedNoPasses(t *testing.T) {
	parts := []string{"a", "Church", "–", "—", "‘", "’", "“", "”", "s", "e", "\u0301", "é", "…", "ﬁ", " ", "-", "'", "1"}
	checkFirstLook(t, randomPhrases(15, parts, 6, 0, 200_000), onlyPlainMarks, func(s string) string { return withoutMarks(norm.NFKC.String(s)) })
}

// randomPhrases gives n phrases of one to most parts each, a space after
// a part two times in three when spaceOneIn is 3 (never when it is 0):
// the same phrases on every run of the same seed.
func randomPhrases(seed uint64, parts []string, most, spaceOneIn, n int) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + rng.IntN(most) {
			b.WriteString(parts[rng.IntN(len(parts))])
			if spaceOneIn > 0 && rng.IntN(spaceOneIn) > 0 {
				b.WriteByte(' ')
			}
		}
		out[i] = b.String()
	}
	return out
}

// checkFirstLook checks a shortcut: every phrase the first look lets
// through comes out of the full reading as it went in, and some phrase
// does (else the test tests nothing).
func checkFirstLook(t *testing.T, phrases []string, look func(string) bool, full func(string) string) {
	t.Helper()
	passed := 0
	for _, s := range phrases {
		if !look(s) {
			continue
		}
		passed++
		if got := full(s); got != s {
			t.Fatalf("the first look lets %q through as it is; the full reading gives %q", s, got)
		}
	}
	if passed == 0 {
		t.Fatal("the first look let no phrase through: the test tests nothing")
	}
}

func TestCheckHugeAnswerIsBounded(t *testing.T) {
	huge := strings.Repeat("no ", 40_000)
	if r := Check(whoQ, huge); r.Verdict != Unclear || r.Explanation != TooLongMessage {
		t.Fatalf("a 120 KB answer: %+v; want it sent back as too long", r)
	}
	limit := strings.Repeat("é", MaxAnswer)
	if TooLong(limit) || !TooLong(limit+"x") {
		t.Errorf("TooLong counts bytes, not characters")
	}
}

// BenchmarkCheckHuge: a 100 KB answer, on every kind of question, costs
// what a short one does: it is refused as too long, unread.
func BenchmarkCheckHuge(b *testing.B) {
	huge := strings.Repeat("Jack Ma said no to 36,446 full-time employees ", 2300)[:100_000]
	tab := loadAnswerTable(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range tab.Questions {
			Check(q, huge)
		}
	}
}

// BenchmarkCheckTable checks every answer of the answer table and reports
// the 99th percentile of one check's time (p99-ns/check) beside the mean:
// the target is 50 µs at p99 on one core.
func BenchmarkCheckTable(b *testing.B) { benchCheckTable(b, false) }

// BenchmarkCheckTableCold is BenchmarkCheckTable with nothing kept from
// one check to the next (recent): each check folds its answer and keys
// and reads their money afresh, as the first check of a question does.
// The p99 of the warm table flatters a cache that a student's new answer
// would miss.
func BenchmarkCheckTableCold(b *testing.B) { benchCheckTable(b, true) }

// benchCheckTable times each check of the answer table, with what the
// checker keeps (recent) forgotten before each one when cold, and
// reports the 99th percentile beside the mean.
func benchCheckTable(b *testing.B, cold bool) {
	tab := loadAnswerTable(b)
	var times []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range tab.Cases {
			q := tab.Questions[c[0]]
			if cold {
				b.StopTimer()
				forgetRecent()
				b.StartTimer()
			}
			start := time.Now()
			Check(q, c[1])
			times = append(times, time.Since(start))
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "p99-ns/check")
	b.ReportMetric(float64(len(tab.Cases)), "checks/op")
}

// FuzzCheck checks arbitrary answers (seeds in testdata/fuzz/FuzzCheck)
// against every question of the answer table: a verdict from the four,
// an explanation, the same result twice.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"no", "36,446", "Jack Ma", "yes and no", "thirty-six thousand", "Computerwold", "\u00a0", "2"} {
		f.Add(s)
	}
	qs := []Question{yesQ, noQ, countQ, millQ, whoQ, sourceQ}
	for id, q := range loadAnswerTable(f).Questions {
		q.ID = id
		qs = append(qs, q)
	}
	f.Fuzz(func(t *testing.T, answer string) {
		for _, q := range qs {
			a, b := Check(q, answer), Check(q, answer)
			if a != b {
				t.Fatalf("Check(%s, %q) is not deterministic: %+v vs %+v", q.ID, answer, a, b)
			}
			switch a.Verdict {
			case Correct, Partial, Incorrect, Unclear:
			default:
				t.Fatalf("Check(%s, %q) gave verdict %q", q.ID, answer, a.Verdict)
			}
		}
	})
}

func BenchmarkCheckName(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Check(whoQ, "Computerwold")
	}
}

func TestHedgedYesNoGetsANote(t *testing.T) {
	r := Check(noQ, "probably not")
	if r.Verdict != Correct || !strings.Contains(r.Explanation, "you can be sure") {
		t.Errorf("probably not → %+v; want correct with a note", r)
	}
	if r := Check(noQ, "no"); strings.Contains(r.Explanation, "you can be sure") {
		t.Errorf("a plain no got the hedge note: %+v", r)
	}
}

// TestTeacherQuestionsAreReadAsWritten: the kind is inferred from the
// question and key; abbreviations, number words, ranges and per cent
// are read; an honorific and a surname name the person (issue 13).
func TestTeacherQuestionsAreReadAsWritten(t *testing.T) {
	if InferKind("Did they sign it in Paris?", []string{"Yes"}) != YesNo || InferKind("Who signed it?", []string{"Yes"}) != ShortAnswer {
		t.Error("InferKind does not read the question")
	}
	for _, c := range []struct {
		key, answer string
		want        Verdict
	}{
		{"Tuesday", "Tues", Correct},
		{"12 years", "twelve yrs", Correct},
		{"up to 30%", "up to thirty per cent", Correct},
		{"a decade", "ten years", Correct},
		{"a decade", "a year", Incorrect},
		{"the next one to two weeks", "1-2 weeks", Correct},
		{"Andrew Michelmore", "Mr Michelmore", Correct},
		{"Andrew Michelmore", "Mr Bergman", Incorrect},
		{"Ian Fogg", "Mr Fogg, the Jupiter Research analyst", Correct},
		{"Ian Fogg", "Shelley Taylor, the analyst", Incorrect},
		// A list needs all its items; each may be named by a surname.
		{"Betamax and VHS", "VHS", Partial},
		{"Ellery Hanley and Martin Johnson", "Hanley and Johnson", Correct},
	} {
		q := Question{Kind: ShortAnswer, Prompt: "Which one?", Answer: c.key, Accepted: []string{c.key}}
		if got := Check(q, c.answer).Verdict; got != c.want {
			t.Errorf("key %q, answer %q: %s; want %s", c.key, c.answer, got, c.want)
		}
	}
	// The unit the question names need not be typed again.
	q := Question{Kind: ShortAnswer, Prompt: "How many years' service has he given?", Answer: "12 years", Accepted: []string{"12 years"}}
	if got := Check(q, "12").Verdict; got != Correct {
		t.Errorf("\"12\" for \"12 years\" asked in years: %s", got)
	}
}

// FuzzCheckAnyQuestion checks arbitrary answers against arbitrary
// questions, as a damaged or hand-made file could carry (seeds in
// testdata/fuzz/FuzzCheckAnyQuestion): Check never panics, always gives
// one of the four verdicts, and Validate never panics either.
func FuzzCheckAnyQuestion(f *testing.F) {
	f.Add("yes-no", "Does it?", "", "", "", 0.0, false, "", "yes", "", 0, 0, -1)
	f.Add("choice", "Which?", "b", "a|b|c", "", 0.0, false, "", "2", "b", 3, 9, 0)
	f.Add("how-many", "How many?", "12", "", "", 12.0, true, "", "about twelve", "12", 0, 120, 2)
	f.Add("when", "When?", "March 3", "", "", 0.0, false, "2017-13-40", "3 March", "", -4, 2, 3)
	f.Add("who", "Who?", "Jack Ma", "", "Joe Biden", 0.0, false, "", "Ma", "Joe Biden", 50, 10, 1)
	f.Add("what-is-wrong", "What?", "|", "|", "|", 0.0, false, "", "a", "", 0, 0, 7)
	f.Add("mystery", "", "x", "", "", 0.0, false, "", "x", "y", 99, 101, -2)
	f.Fuzz(func(t *testing.T, kind, prompt, accepted, choices, distractors string, value float64, approx bool, date, answer, key string,
		start, end, sentence int) {
		q := Question{ID: "q", Kind: Kind(kind), Prompt: prompt, Accepted: splitList(accepted),
			Choices: splitList(choices), Distractors: splitList(distractors), Value: value, Approx: approx,
			Date: date, Answer: key, Evidence: article.Span{Start: start, End: end}, Sentence: sentence}
		const sourceLen, sentences = 100, 3
		if Validate(q, sourceLen, sentences) == nil {
			// What Validate lets through, a student is shown: its
			// evidence must lie in the article, its sentence be one of
			// the article's, its options hold its key.
			if e := q.Evidence; e.Start < 0 || e.Start > e.End || e.End > sourceLen || q.Sentence < -1 || q.Sentence >= sentences {
				t.Fatalf("Validate passed %+v outside an article of %d bytes and %d sentences", q, sourceLen, sentences)
			}
			if kinds[q.Kind].Picks && !keyAmongChoices(q) {
				t.Fatalf("Validate passed %+v whose key is not among its options", q)
			}
		}
		switch r := Check(q, answer); r.Verdict {
		case Correct, Partial, Incorrect, Unclear:
		default:
			t.Fatalf("Check(%+v, %q) gave verdict %q", q, answer, r.Verdict)
		}
	})
}

// splitList reads a fuzzer's "a|b|c" as a list and "" as no list at
// all; "|" is a list of empty strings, as a damaged file may hold.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// TestCheckNeverPanicsOnABrokenQuestion: the questions a damaged lesson
// pack held, which once crashed Lede on every start (issue 16).
func TestCheckNeverPanicsOnABrokenQuestion(t *testing.T) {
	broken := []Question{
		{ID: "q1", Kind: YesNo, Prompt: "Does it?"},
		{ID: "q2", Kind: YesNo, Prompt: "Does it?", Accepted: []string{}},
		{ID: "q3", Kind: Choice, Prompt: "Which?", Choices: []string{"a", "b"}},
		{ID: "q4", Kind: WhatIsWrong, Prompt: "What?"},
		{ID: "q5", Kind: HowMany, Prompt: "How many?"},
		{ID: "q6", Kind: When, Prompt: "When?", Date: "not a date"},
		{ID: "q7", Kind: "", Prompt: "?"},
	}
	for _, q := range broken {
		for _, answer := range []string{"yes", "no", "1", "a", "12", "March 3", "Jack"} {
			if r := Check(q, answer); r.Verdict == Correct {
				t.Errorf("%s: %q judged correct against a question with no key", q.ID, answer)
			}
		}
	}
}

// TestPeopleOfACountry: to a who-question keyed by a country, its people
// with "the" answer ("the French" for the side England play); another
// country's people do not, and to a question that asks which country the
// people are no answer.
func TestPeopleOfACountry(t *testing.T) {
	play := Question{Kind: ShortAnswer, Prompt: "Who do England play on Sunday?", Answer: "France", Accepted: []string{"France"}}
	italy := Question{Kind: ShortAnswer, Prompt: "Against whom did they draw?", Answer: "Italy", Accepted: []string{"Italy"}}
	invaded := Question{Kind: ShortAnswer, Prompt: "What country did the army invade?", Answer: "Ireland", Accepted: []string{"Ireland"}}
	checkVerdicts(t, []verdictCase{
		{play, "the French", Correct},
		{play, "France", Correct},
		{play, "the Italians", Incorrect},
		{play, "the Irish", Incorrect},
		{italy, "the Italians", Correct},
		{italy, "the French", Incorrect},
		{invaded, "the Irish", Incorrect},
		{invaded, "Irish", Incorrect},
	})
}

// TestInchesShort: "2 in", "2in." and `2"` are two inches where the key is
// in inches; another number, or "in" where the key is another unit, is
// not.
func TestInchesShort(t *testing.T) {
	wheel := Question{Kind: ShortAnswer, Prompt: "How much further out could the wheel have been?", Answer: "two inches", Accepted: []string{"two inches"}}
	metres := Question{Kind: ShortAnswer, Prompt: "How far did it move?", Answer: "2 metres", Accepted: []string{"2 metres"}}
	checkVerdicts(t, []verdictCase{
		{wheel, "2 in", Correct},
		{wheel, "2in.", Correct},
		{wheel, `2"`, Correct},
		{wheel, "two in", Correct},
		{wheel, "about 5 cm", Correct},
		{wheel, "3 in", Incorrect},
		{wheel, "2 in the end", Incorrect},
		{metres, "2 in", Incorrect},
	})
}

// TestNumberAddsToQuestion: part of a long key with the key's number,
// which the question does not give, answers ("Radio 1" for "the BBC Radio
// 1 chart show" to "Which radio chart show …?"); another number, the
// number alone, a word of its own, or a number the question already gives
// do not.
func TestNumberAddsToQuestion(t *testing.T) {
	show := Question{Kind: ShortAnswer, Prompt: "Which radio chart show will it be linked to?", Answer: "the BBC Radio 1 chart show",
		Accepted: []string{"the BBC Radio 1 chart show"}}
	given := Question{Kind: ShortAnswer, Prompt: "Which Channel 4 programme broke the story?", Answer: "Channel 4 News",
		Accepted: []string{"Channel 4 News"}}
	checkVerdicts(t, []verdictCase{
		{show, "Radio 1", Correct},
		{show, "Radio One's chart show", Correct},
		{show, "Radio 2", Incorrect},
		{show, "1", Incorrect},
		{show, "the Radio 1 breakfast show", Partial},
		{given, "Channel 4", Incorrect},
		{given, "Channel 4 News", Correct},
	})
}
