package quiz

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// DefaultCount is how many questions a lesson has unless the teacher
// chooses otherwise.
const DefaultCount = 12

// Generate makes up to n questions from an article's facts: it makes every
// question it can, ranks them, keeps one per evidence sentence and a mix
// of kinds, and returns them in reading order.
func Generate(a *article.Article, an *facts.Analysis, n int) []Question {
	g := generator{a: a, an: an}
	for _, f := range an.Facts {
		g.fromFact(f)
	}
	for _, fl := range an.Flags {
		g.whatIsWrong(fl)
	}
	return pick(g.out, n)
}

type generator struct {
	a        *article.Article
	an       *facts.Analysis
	out      []Question
	words    []map[string]bool // content words per sentence, for find-sentence
	speakers []facts.Fact      // one statement per speaker, for distractors
}

func (g *generator) add(q Question, f facts.Fact) {
	if q.Sentence >= len(g.a.Sentences) || (q.Sentence < 0 && q.Evidence.Len() == 0) {
		return
	}
	evidence := g.a.Source[q.Evidence.Start:q.Evidence.End]
	if q.Sentence >= 0 {
		q.Evidence = g.a.Sentences[q.Sentence].Span
		evidence = g.a.Sentences[q.Sentence].Text
	}
	// The ID names what is asked — the fact, the answer, the evidence —
	// not the wording, so rewording a question keeps students' progress.
	q.ID = stableID(q.Kind, string(f.Kind)+"\x00"+f.Subject+"\x00"+f.Claim+"\x00"+q.Answer, evidence)
	q.Source = string(f.Kind)
	if q.key == "" {
		q.key, q.order = fmt.Sprintf("s%d", q.Sentence), q.Evidence.Start
	}
	g.out = append(g.out, q)
}

func (g *generator) fromFact(f facts.Fact) {
	switch f.Kind {
	case facts.NoCommitment, facts.Commitment:
		g.commitment(f)
	case facts.HeadlineClaim:
		g.headline(f)
	case facts.Quantity:
		g.quantity(f)
	case facts.Attribution:
		g.attribution(f)
	case facts.Statement:
		g.statement(f)
	case facts.DateMention:
		g.weekday(f)
		g.when(f)
	case facts.Hedged:
		g.hedged(f)
	}
}

// commitment asks whether the actor commits to the action.
func (g *generator) commitment(f facts.Fact) {
	yes := f.Kind == facts.Commitment
	prompt := fmt.Sprintf("%s %s %s to %s?", auxFor(f.Tense, isPlural(f.Subject)), lowerFirst(f.Subject), commitVerb(f.Tense), f.Claim)
	if f.Verb != "" {
		// A thing, not a person: "Does the plan include a commitment to …?"
		prompt = fmt.Sprintf("%s %s %s a commitment to %s?", auxFor(f.Tense, false), f.Subject, f.Verb, f.Claim)
	}
	expl := fmt.Sprintf("The article says: “%s”", g.a.Sentences[f.Sentence].Text)
	if !yes {
		expl = fmt.Sprintf("No. The article says: “%s”", g.a.Sentences[f.Sentence].Text)
	}
	// What is promised, and above all what is explicitly not, is what a
	// headline most often stretches: these questions rank first.
	score := 100
	if yes {
		score = 90
	}
	g.add(yesNo(prompt, yes, f.Sentence, expl, 2, score), f)
}

// headline asks whether the body supports the headline or a subheading.
func (g *generator) headline(f facts.Fact) {
	if f.Supported == nil || f.Support < 0 {
		return
	}
	prompt := fmt.Sprintf("Does the article's text support the %s “%s”?", f.Subject, f.Text)
	supported := *f.Supported
	expl := fmt.Sprintf("Yes. The article says: “%s”", g.a.Sentences[f.Support].Text)
	score, difficulty := 75, 2
	if f.Subject != "headline" {
		score = 50 // a supported subheading is a weak question
	}
	if !supported {
		expl = "No. " + g.flagMessage(facts.HeadlineUnsupported, f.Text)
		score, difficulty = 100, 3
	}
	q := yesNo(prompt, supported, f.Support, expl, difficulty, score)
	q.key, q.order = fmt.Sprintf("h%d", f.Span.Start), f.Span.Start-len(g.a.Source)
	g.add(q, f)
}

func (g *generator) flagMessage(kind facts.FlagKind, about string) string {
	for _, fl := range g.an.Flags {
		if fl.Kind == kind && fl.About == about {
			return fl.Message
		}
	}
	return ""
}

// weekday asks about a weekday that does not match its date.
func (g *generator) weekday(f facts.Fact) {
	if f.Weekday == "" || f.Relative || f.DateText == "" || !strings.Contains(g.flagMessage(facts.WeekdayMismatch, f.Claim), f.DateText) {
		return // the weekday is right; nothing to teach
	}
	prompt := fmt.Sprintf("The article writes “%s”. Was %s really a %s?", f.Claim, f.DateText, f.Weekday)
	expl := "No. " + g.flagMessage(facts.WeekdayMismatch, f.Claim) + " A careful reader checks dates against a calendar."
	g.add(yesNo(prompt, false, f.Sentence, expl, 3, 90), f)
}

// quantity asks how many: as a question when the sentence names who had
// the number, else as a fill-in-the-number sentence.
func (g *generator) quantity(f facts.Fact) {
	q := Question{Kind: HowMany, Value: f.Number, Answer: f.NumberText, Sentence: f.Sentence,
		Accepted: []string{f.NumberText}, Difficulty: 1, Approx: approxHedges[f.Hedge]}
	hedge := ""
	if f.Hedge != "" {
		hedge = " (the article says " + f.Hedge + " " + f.NumberText + ")"
	}
	q.Explanation = fmt.Sprintf("The article gives %s %s%s: “%s”", f.NumberText, f.Counts, hedge, f.Text)
	if base := facts.BaseVerb(f.Verb); base != "" && f.Subject != "" {
		q.Prompt = fmt.Sprintf("How many %s %s %s %s", f.Counts, doFor(f.Verb), lowerFirst(f.Subject), base)
		if f.AsOf != "" {
			q.Prompt += " as of " + f.AsOf
		}
		if f.Source != "" {
			q.Prompt += ", according to " + f.Source
		}
		q.Prompt += "?"
		q.score = 85
		g.quantityYes(f)
		if countable(f.Counts) {
			g.findSentence(f, fmt.Sprintf("shows how many %s %s %s", f.Counts, lowerFirst(f.Subject), f.Verb), 70)
		}
	} else {
		blank := strings.Replace(f.Text, f.NumberText, "___", 1)
		q.Prompt = fmt.Sprintf("Fill in the number: “%s”", blank)
		q.score = 55
		if countable(f.Counts) && !g.countsElsewhere(f) {
			g.findSentence(f, "gives the number of "+f.Counts, 62)
		}
	}
	g.add(q, f)
}

// headNoun is the last word of what a number counts: "jobs" in "new U.S. jobs".
func headNoun(counts string) string {
	words := strings.Fields(counts)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// countable reports whether what a number counts reads as a plain noun
// phrase ("full-time employees", "signatures"), not a unit of time or a
// phrase cut short ("signatures against", "students aged").
func countable(counts string) bool {
	words := strings.Fields(counts)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if units[last] || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	for _, w := range words {
		if !isLetterWord(w) {
			return false
		}
	}
	return true
}

// units are counts of time and measure, not of things a sentence reports.
var units = map[string]bool{"years": true, "months": true, "weeks": true, "days": true, "hours": true,
	"minutes": true, "seconds": true, "times": true, "percent": true, "dollars": true, "pounds": true,
	"euros": true, "miles": true, "kilometres": true, "kilometers": true, "metres": true, "meters": true}

func isLetterWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// approxHedges make a number approximate: a close answer is a right one.
var approxHedges = map[string]bool{"over": true, "about": true, "around": true, "nearly": true,
	"almost": true, "roughly": true, "approximately": true, "some": true, "more than": true,
	"an estimated": true, "estimated": true, "up to": true, "as many as": true}

// countsElsewhere reports whether another quantity counts the same thing,
// which would make "which sentence gives the number of …" ambiguous.
func (g *generator) countsElsewhere(f facts.Fact) bool {
	for _, o := range g.an.Facts {
		if o.Kind == facts.Quantity && o.Sentence != f.Sentence && strings.EqualFold(headNoun(o.Counts), headNoun(f.Counts)) {
			return true
		}
	}
	return false
}

// quantityYes asks whether the article gives the number as written: a
// question whose answer is yes, to balance the quiz's many "no"s.
func (g *generator) quantityYes(f facts.Fact) {
	prompt := fmt.Sprintf("According to the article, %s %s %s %s %s", strings.ToLower(doFor(f.Verb)), lowerFirst(f.Subject),
		facts.BaseVerb(f.Verb), strings.TrimSpace(f.Hedge+" "+f.NumberText), f.Counts)
	if f.AsOf != "" {
		prompt += " as of " + f.AsOf
	}
	expl := fmt.Sprintf("Yes. The article says: %s", quoteText(f.Text))
	g.add(yesNo(prompt+"?", true, f.Sentence, expl, 1, 64), f)
}

// attribution asks which source the article credits for a claim.
func (g *generator) attribution(f facts.Fact) {
	sources := g.sources()
	choices := []string{f.Subject}
	for _, s := range sources {
		if !strings.EqualFold(s, f.Subject) && len(choices) < 4 {
			choices = append(choices, s)
		}
	}
	if len(choices) < 3 {
		for _, e := range g.an.Entities {
			if len(choices) >= 3 {
				break
			}
			// Only names the article uses more than once: a one-off run of
			// capitals ("Shares of Veltrix") is not a credible source.
			if e.Mentions > 1 && !containsFold(choices, e.Name) && !strings.Contains(f.Text, e.Name) {
				choices = append(choices, e.Name)
			}
		}
	}
	if len(choices) < 2 {
		return
	}
	prompt := fmt.Sprintf("Which source does the article give for this claim: “%s”?", upperFirst(shortenClaim(f.Claim)))
	q := Question{Kind: Choice, Prompt: prompt, Answer: f.Subject, Accepted: []string{f.Subject},
		Sentence: f.Sentence, Difficulty: 2, score: 80,
		Explanation: fmt.Sprintf("The article credits %s: “%s”", f.Subject, f.Text)}
	q.Choices = shuffled(choices, prompt)
	q.Distractors = without(choices, f.Subject)
	g.add(q, f)
	yes := fmt.Sprintf("Does the article name %s as the source of this claim: “%s”?", f.Subject, upperFirst(shortenClaim(f.Claim)))
	g.add(yesNo(yes, true, f.Sentence, q.Explanation, 1, 62), f)
}

// sources lists the sources the article credits, in order of appearance.
func (g *generator) sources() []string {
	var out []string
	for _, f := range g.an.Facts {
		if f.Kind == facts.Attribution && !containsFold(out, f.Subject) {
			out = append(out, f.Subject)
		}
	}
	return out
}

// statement asks who said something, and whether someone else did.
func (g *generator) statement(f facts.Fact) {
	if genericSpeaker(f.Subject) {
		return // "Who said …?" "The company" teaches nothing
	}
	names := f.Aliases
	if len(names) == 0 {
		names = []string{f.Subject}
	}
	others := g.otherSpeakers(f)
	quoted := strings.HasPrefix(f.Claim, "“")
	that := "that "
	if quoted {
		that = ""
	}
	prompt := fmt.Sprintf("Who %s %s%s?", f.Verb, that, f.Claim)
	q := Question{Kind: Who, Prompt: prompt, Answer: names[0],
		Accepted: names, Distractors: others, Sentence: f.Sentence, Difficulty: 1, score: 70,
		Explanation: fmt.Sprintf("%s did: “%s”", names[0], f.Text)}
	if !namesAny(f.Claim, names) { // "Who said the Alibaba platform …?" gives it away
		g.add(q, f)
	}
	yes := fmt.Sprintf("Did %s say %s%s?", names[len(names)-1], that, f.Claim)
	g.add(yesNo(yes, true, f.Sentence, fmt.Sprintf("Yes: %s", quoteText(f.Text)), 1, 60), f)
	if len(others) > 0 && !pronoun.MatchString(f.Claim) {
		// "Did Adeyemi say two of his players …": "his" would point at
		// the real speaker, so such claims get no wrong-speaker question.
		other := others[0]
		prompt := fmt.Sprintf("Did %s say %s%s?", other, that, f.Claim)
		expl := fmt.Sprintf("No. It was %s, not %s: “%s”", names[0], other, f.Text)
		g.add(yesNo(prompt, false, f.Sentence, expl, 2, 65), f)
	}
}

// otherSpeakers are the other people and bodies quoted in the article.
func (g *generator) otherSpeakers(f facts.Fact) []string {
	var out []string
	for _, o := range g.allSpeakers() {
		if containsFold(f.Aliases, o.Subject) || strings.EqualFold(o.Subject, f.Subject) {
			continue
		}
		name := o.Subject
		if len(o.Aliases) > 0 {
			name = o.Aliases[0]
		}
		if !containsFold(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// allSpeakers returns one statement per named speaker, computed once.
func (g *generator) allSpeakers() []facts.Fact {
	if g.speakers == nil {
		seen := map[string]bool{}
		g.speakers = []facts.Fact{}
		for _, o := range g.an.Facts {
			if o.Kind != facts.Statement || genericSpeaker(o.Subject) || seen[strings.ToLower(o.Subject)] {
				continue
			}
			seen[strings.ToLower(o.Subject)] = true
			g.speakers = append(g.speakers, o)
		}
	}
	return g.speakers
}

func yesNo(prompt string, yes bool, sentence int, expl string, difficulty, score int) Question {
	ans := "No"
	if yes {
		ans = "Yes"
	}
	return Question{Kind: YesNo, Prompt: prompt, Answer: ans, Accepted: []string{strings.ToLower(ans)},
		Sentence: sentence, Explanation: expl, Difficulty: difficulty, score: score}
}
