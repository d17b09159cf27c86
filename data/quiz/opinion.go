package quiz

// "Does this sentence give a fact that could be checked, or someone's
// opinion?" Telling the two apart is the first thing media-literacy
// courses teach about a news report, and every report quotes someone's
// judgement ("This policy is fair, it is green and it is right") beside
// the things it reports as done (a letter written, a vote held). Asked
// in pairs — one judgement, one fact — so that neither answer can be
// guessed from the other, nor from the quotation marks.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// opinionKind marks the question.
const opinionKind facts.Kind = "opinion"

// opinionScore ranks the question beside the sourcing questions: like
// them it asks what a sentence is worth, not what it says.
const opinionScore = 78

// judgementWords are words that judge rather than report: no one could
// check whether a plan is "sensible" or a row "handled appallingly".
// Only words with no everyday literal sense a report uses ("fair" as in
// a trade fair, "great" as in a great many) are here; those are in
// judgementPhrases, where their shape makes them a judgement.
var judgementWords = lazyre.NewWordList(
	"appalling", "appallingly", "absurd", "ridiculous", "ludicrous", "outrageous", "disgraceful", "disgrace",
	"shameful", "scandalous", "shocking", "disastrous", "terrible", "dreadful", "horrible", "horrendous",
	"fantastic", "brilliant", "wonderful", "marvellous", "marvelous", "superb", "excellent", "outstanding",
	"magnificent", "amazing", "incredible", "tremendous", "unfair", "unjust", "unacceptable", "inexcusable",
	"irresponsible", "reckless", "foolish", "stupid", "silly", "crazy", "misguided", "pointless", "senseless",
	"sensible", "unwise", "cowardly", "pathetic", "disappointing", "deplorable", "despicable", "shambles",
	"fiasco", "farce", "nonsense", "travesty", "insulting", "laughable", "unforgivable",
	"heartless", "arrogant", "incompetent", "hypocritical", "hypocrisy",
	"unworkable", "unrealistic", "madness", "lunacy", "vital", "crucial", "essential", "deserve", "deserves",
	"deserved", "undeserved", "admirable", "commendable", "courageous", "heroic", "shameless", "greedy", "cynical", "incredibly",
	"brilliantly", "terribly", "superbly", "clearly", "tough", "enormous", "perfect",
	"unprofessional", "overblown", "hugely", "woeful", "woefully", "dismal", "abysmal", "shameful", "unbelievable")

// judgementRules are judgements built of words a report also uses
// literally, each found by its shape: "it is right" but not "the right
// to", "a fair deal" and "is fair" but not "a trade fair", "a good idea"
// but not "a good deal of". A match whose next word is in notAfter is
// the literal sense ("a great many", "the most recent").
var judgementRules = []struct {
	name     string
	pattern  *lazyre.Regexp
	notAfter map[string]bool // words that, matched by a group, make the match literal
	follower int             // the group that reads the word after the phrase, not part of it; 0 for none
	shown    int             // the group an explanation quotes as the judging words; 0 for the whole phrase
	notIn    *lazyre.Regexp  // words anywhere in the text that make every match literal; nil for none
}{
	// "The figures were wrong" says they were incorrect, which records
	// can show, not what is fair (held-out h28-03, K): a record's
	// "wrong" or "right" judges nothing.
	{"is right or fair", lazyre.New(`(?i)(?:\b(\p{L}+)\s+)?\b((?:is|was|are|were|be|been|it's|that's)\s+(?:not\s+|simply\s+|just\s+|absolutely\s+|completely\s+|entirely\s+|perfectly\s+|totally\s+)?(?:right|wrong|fair|unfair))\b`),
		wordSet("figures numbers data date dates details address information name names sums total totals accounts records results calculations estimate estimates map maps spelling time times score scores answer answers"), 0, 2, nil},
	{"the right thing", lazyre.New(`(?i)\b(?:the|a)\s+(?:right|wrong)\s+(?:thing|decision|choice|approach|way|call)\b`), nil, 0, 0, nil},
	{"a good thing", lazyre.New(`(?i)\b(?:a|an)\s+(?:very\s+|really\s+|truly\s+)?(?:good|bad|great|fine|poor|terrible|tough|real|enormous|solid|strong|weak|serious|interesting|worrying|fitting|welcome|positive)\s+(\p{L}+)(?:\s+(\p{L}+))?`),
		wordSet("deal many few number amount chance majority extent lot proportion share sum range variety part half while bit distance way time case who what where when how whether"), 2, 0, nil},
	// A judging adjective after "is": "the idea is sound", "that is
	// fitting". Not "difficult" or "hard": "these have been difficult
	// months" after a profit warning is borne out by the figures, and a
	// student who calls it a fact has a case (r125, K from both).
	// Followed by "to" or "for" it weighs a task, not a thing
	// ("it is hard to judge", "difficult for the firm"), which a student
	// may fairly call a fact about the speaker's view.
	{"is sound", lazyre.New(`(?i)\b(?:is|was|are|were|be|been|it's|that's)\s+((?:not\s+)?(?:very\s+|really\s+|quite\s+|so\s+|extremely\s+|entirely\s+|perfectly\s+|absolutely\s+)?(?:sound|fitting|interesting|encouraging|worrying|alarming|acceptable|sensible|welcome|regrettable|understandable|inexplicable|tough))\b(?:\s+(\p{L}+))?`),
		wordSet("to for on enough"), 2, 1, nil},
	// "too slowly", "too many", "too long": more than is right, in the
	// speaker's view. "Too" as "also" stands before a comma or a verb,
	// or after the one it adds ("they too believed").
	{"too much", lazyre.New(`(?i)\b(\p{L}+)\s+(too\s+(\p{L}+))`),
		wordSet("and or but the a an to in on at with as is was are were has had have said says will would believed thought " +
			"i we you he she it they who which me us him her them"), 0, 2, nil},
	// The speaker's own belief, said as one: "I think others are playing
	// better rugby", "in my view". What follows is theirs to hold, not
	// a record anyone could look up.
	{"I think", lazyre.New(`\b(?:I|[Ww]e)\s+(?:do(?:n't| not)\s+|really\s+|honestly\s+|genuinely\s+|still\s+)?(?:think|believe|feel)\b(?:\s+(\p{L}+))?|\b[Ii]n (?:my|our) (?:view|opinion)\b`), wordSet("for sorry"), 1, 0, nil},
	// "That part is not a surprise": whether it surprises is a view.
	{"no surprise", lazyre.New(`(?i)\b(?:no|not a|not any|little|hardly a)\s+surprise\b`), nil, 0, 0, nil},
	// A superlative of the speaker's own experience — "one of the
	// hardest calls I have had to make" — tells how it felt to them, not
	// a view anyone could dispute (held-out h7-03, h17-03: K).
	{"the best", lazyre.New(`(?i)\bthe\s+(?:best|worst|greatest|finest|hardest|toughest)\b(?:\s+(\p{L}+))?`), wordSet("of known selling"), 1, 0, ownExperience},
	// "Parents should keep screens out of bedrooms" is a view; "customers
	// who were badly affected should contact customer services" is an
	// instruction, neither fact nor opinion (held-out h30-05, A and K).
	{"should", lazyre.New(`(?i)\b(?:should|ought\s+to)(?:n't)?\s+(?:not\s+|never\s+)?(\p{L}+)`),
		wordSet("be have not point add say mention note stress admit contact call ring phone email e-mail write visit check apply register consult return"), 0, 0, nil},
}

// notCheckable are words that keep a sentence of the article's own
// voice from being a plain, checkable fact beside the speech and hedges
// notPlainFact already finds: wishes and feelings, and the loaded words
// a report characterises with ("a furious row", "quick to seize on").
var notCheckable = lazyre.NewWordList(
	"wants", "want", "wanted", "hopes", "hope", "hoped", "fears", "fear", "feared", "feels", "feel", "felt",
	"thinks", "think", "believes", "believe", "argue", "controversial", "furious", "fierce", "bitter", "heated",
	"dramatic", "dramatically", "massive", "huge", "stunning", "shock", "slammed", "blasted", "quick", "angry",
	"anger", "outrage", "row", "storm", "fury", "aims", "aim", "intends", "seek",
	"seeks", "sought", "promise", "promised", "pledged", "vowed", "only", "just", "even", "still", "already",
	"maintains", "maintained", "characterised", "characterized", "brutal", "blow", "struggle", "struggling",
	"struggled", "setback", "boost", "crisis", "doubt", "latest", "unlikeliness", "reduced", "very", "reality",
	"opinion", "similarly", "dues", "smattering", "attractive", "impressive", "remarkable", "surprising",
	"surprisingly", "unusual", "strong", "weak", "poor", "good", "bad", "better", "worse", "success", "successful",
	"failure", "failed", "disappointing", "welcome", "welcomed", "praised", "criticised", "criticized",
	"angrily", "furiously", "bitterly", "sharply", "strongly", "warmly", "fiercely", "heavily", "badly",
	// A cause given is someone's explanation, open to argument ("blamed
	// cheaper imports for the decision", r119: K); standing is a
	// judgement ("a replacement of the same stature", r119: K).
	"blamed", "blames", "blame", "attributed", "because", "caused", "stature", "calibre", "caliber", "quality",
	// A refusal tells of nothing done ("declined to comment", r120: V).
	"declined", "refused", "comment", "comments",
	// Fame is a judgement ("best known for her role", r121: K).
	"known", "famous", "famed", "renowned", "celebrated", "legendary")

// opinion asks of two sentences of the article whether each gives a
// fact that could be checked or someone's opinion: a judgement someone
// named in it speaks, and a fact — one someone named reports, where the
// article has one, else one it states in its own voice. Always the two
// together, on sentences no other question asks about (a quiz asks one
// question a sentence: the pair must not be split), and after every
// other question is made. Asked alone, or among sentences of the
// article's own voice,
// the opinion was the only sentence with a speaker, and picked by its
// quotation marks (r118: G from both reviewers on 10 of 11); beside a
// fact someone reports, "someone said it" is no way to the answer.
func (g *generator) opinion() {
	asked := map[int]bool{}
	for _, q := range g.out {
		asked[q.Sentence] = true
		for _, j := range q.shows {
			asked[j] = true // an option's sentence: asked of, it would block that question (pick)
		}
	}
	for i := range g.a.Sentences {
		words, ok := g.judgement(i)
		if !ok || asked[i] {
			continue
		}
		j := g.factBeside(i, asked)
		if j < 0 {
			continue
		}
		g.add(g.factOrOpinion(i, opinionOption, g.opinionExplanation(i, words)), facts.Fact{Kind: opinionKind})
		expl := factExplanation(g.withoutDateline(j))
		if g.namedSourceOf(j) != "" {
			expl += creditedNote
		}
		g.add(g.factOrOpinion(j, factOption, expl), facts.Fact{Kind: opinionKind})
		return
	}
}

// The two options, and the prompt that shows the sentence.
const (
	factOption    = "A fact that could be checked"
	opinionOption = "An opinion"
	// The prompt asks of what the speaker says, where someone named
	// says it: of the whole sentence, "Martin Caulfield said …" is
	// itself a fact that could be checked (r120, K).
	factOrOpinionPrompt = "Does this sentence from the article give a fact that could be checked, or an opinion: %s?"
	spokenPrompt        = "Is what %s says here a fact that could be checked, or an opinion: %s?"
	// reportedJudgementPrompt shows what someone said without the words
	// that say who they are, which are facts (reportedJudgement). It asks
	// of what they said: "Is that a fact?" after "X said …" could ask
	// whether they said it (r199, W).
	reportedJudgementPrompt = "Is what %s said — that %s — a fact that could be checked, or an opinion?"
	// creditedNote follows it where someone named reports the fact.
	creditedNote = " Someone saying it does not make it an opinion."
)

// factExplanation says why sentence text gives a fact, by what it holds:
// one wording for every fact read as boilerplate, and "counted or dated"
// of a sentence with neither did not fit it (r125).
func factExplanation(text string) string {
	what := "it tells what was done, which records or witnesses could confirm"
	switch {
	case hasFigure(text):
		what = "it gives figures and what was done, which records could confirm"
	case yearIn.MatchString(text) ||
		slices.ContainsFunc(strings.Fields(text), func(w string) bool { return calendarWords[strings.ToLower(strings.Trim(w, ".,"))] }):
		what = "it says what was done and when, which records or witnesses could confirm"
	}
	return "A fact that could be checked: " + what + "."
}

// numberRun finds a number; yearIn and aYear, a year ("as early as
// 2002" dates a fact, it gives no figure: r128).
var (
	numberRun = lazyre.New(`\d[\d,.]*`)
	yearIn    = lazyre.New(`\b(?:1[89]|20)\d\d\b`)
	aYear     = lazyre.New(`^(?:1[89]|20)\d\d$`)
)

// hasFigure reports whether text holds a number other than a year.
func hasFigure(text string) bool {
	for _, m := range numberRun.Re().FindAllString(text, -1) {
		if !aYear.MatchString(strings.TrimRight(m, ".,")) {
			return true
		}
	}
	return false
}

// quotedThenSpeaker finds a sentence that is a quotation and then its
// speaker named after the verb: "“It looks terrible, I get that,” said
// John Carrow, a retired airline captain." Group 1 is the quotation's
// words.
var quotedThenSpeaker = lazyre.New(`^[“"]([^“”"]+?)[,.]?[”"],?\s+(?:said|says|added|adds|insisted|argued|warned)\s+[^“”"]+$`)

// quotationAlone returns the words a sentence quotes, without the
// speaker named after them, where it is one quotation and its credit.
func quotationAlone(text string) (string, bool) {
	m := quotedThenSpeaker.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// factOrOpinion asks of sentence i whether it gives a fact or an opinion.
func (g *generator) factOrOpinion(i int, answer, expl string) Question {
	text := g.optionText(i)
	shown := quoteText(withoutFullStop(text))
	prompt := fmt.Sprintf(factOrOpinionPrompt, shown)
	if claim, ok := g.reportedJudgement(i); ok && answer == opinionOption {
		prompt = fmt.Sprintf(reportedJudgementPrompt, g.speakerNamedIn(i), claim)
	} else if speaker := g.speakerNamedIn(i); speaker != "" {
		words, quoted := quotationAlone(text)
		if quoted {
			shown = quoteText(words) // the prompt names the speaker: "said John Carrow, a retired …" again read as a slip (held-out h24-07, W)
		}
		prompt = fmt.Sprintf(spokenPrompt, speaker, shown)
		if !quoted {
			// "Is what Gary Hindle says here …: “Head coach Gary Hindle,
			// who joined …, said his squad had learned …”" showed the
			// reporter's sentence as his words (held-out h28-03, h17-03:
			// W). What he said is the claim after "said"; where it does
			// not read alone, a fact is asked of the sentence, which is
			// one too (an opinion is not: r120, K).
			if claim, ok := g.reportedClaim(i); ok {
				prompt = fmt.Sprintf(reportedJudgementPrompt, speaker, claim)
			} else if answer == factOption {
				prompt = fmt.Sprintf(factOrOpinionPrompt, shown)
			}
		}
	} else if speaker, quote, ok := g.taggedQuote(i); ok {
		prompt = fmt.Sprintf(spokenPrompt, speaker, quoteText(withoutFullStop(quote)))
	}
	choices := []string{factOption, opinionOption}
	return Question{Kind: Choice, Prompt: prompt, Answer: answer, Accepted: []string{answer}, Choices: choices,
		Distractors: slices.DeleteFunc(slices.Clone(choices), func(c string) bool { return c == answer }),
		Sentence:    i, Difficulty: 2, score: opinionScore, Explanation: expl,
		Reason: "telling someone's opinion from a fact that could be checked"}
}

// optionText is sentence i as a question shows it: its quotation closed
// where it runs on into the next sentence (spokenOption).
func (g *generator) optionText(i int) string {
	if text := g.spokenOption(i); text != "" {
		return text
	}
	return g.withoutDateline(i)
}

// factBeside returns the sentence nearest sentence i that gives a fact
// someone named in it reports, else the nearest the article states as a
// checkable fact in its own voice, or -1.
func (g *generator) factBeside(i int, asked map[int]bool) int {
	own := -1
	for _, j := range byDistance(i, len(g.a.Sentences)) {
		if asked[j] {
			continue
		}
		if g.creditedFact(j) {
			return j
		}
		if own < 0 && g.checkable(j) {
			own = j
		}
	}
	return own
}

// opinionExplanation says whose judgement the sentence gives and which
// words make it one.
func (g *generator) opinionExplanation(i int, words []string) string {
	var quoted []string
	for k, w := range words {
		inPhrase := slices.ContainsFunc(words, func(p string) bool { return p != w && strings.Contains(p, w) })
		if !inPhrase && !slices.Contains(words[:k], w) {
			quoted = append(quoted, "“"+w+"”")
		}
	}
	speaker := g.opinionSpeaker(i)
	if speaker == "" {
		speaker, _, _ = g.taggedQuote(i)
	}
	if len(quoted) == 1 && beliefMarker.MatchString(words[0]) {
		// "“I believe” is his judgement" misreads the words that mark
		// one: they say that what follows is the speaker's view.
		whose := "the speaker's own view"
		if speaker != "" {
			whose = speaker + "'s own view"
		}
		return fmt.Sprintf("An opinion: %s marks what follows as %s — no one could check it, and people can disagree about it.",
			quoted[0], whose)
	}
	whose := "a judgement"
	if speaker != "" {
		whose = speaker + "'s judgement"
	}
	return fmt.Sprintf("An opinion: %s is %s — no one could check it, and people can disagree about it.",
		strings.Join(quoted, ", "), whose)
}

// beliefMarker finds the words of the "I think" rule: they mark a
// belief rather than judge.
var beliefMarker = lazyre.New(`(?i)^(?:I|we)\b|^in (?:my|our)\b`)

// speakerNamedIn is who sentence i credits its words to, named in it,
// as a prompt names them: the speaker's fullest name, else the source as
// the sentence writes it; or "".
func (g *generator) speakerNamedIn(i int) string {
	source := g.namedSourceOf(i)
	if source == "" {
		return ""
	}
	if speaker := g.opinionSpeaker(i); speaker != "" {
		return speaker
	}
	return g.asWritten(source, i)
}

// opinionSpeaker is the named speaker whose words sentence i gives, or "".
func (g *generator) opinionSpeaker(i int) string {
	for _, k := range g.factsIn(i) {
		f := g.an.Facts[k]
		if f.Kind == facts.Statement && f.Subject != "" && g.clean(f) {
			return fullName(f)
		}
	}
	return ""
}

// judgement returns the judging words of sentence i, where the sentence
// gives someone's opinion a student can tell from a fact: the judging
// words are spoken — inside its quotation marks, or in a sentence that
// reports what someone said — and the sentence holds no figure, which
// would make it part fact, and can stand among the options.
func (g *generator) judgement(i int) ([]string, bool) {
	text := g.spokenOption(i)
	if text == "" || strings.ContainsFunc(text, unicode.IsDigit) || g.flaggedUnnamed(i) {
		return nil, false
	}
	if g.namedSourceOf(i) == "" {
		// "… it's not right,” he said." — who? (r118, W). Unless the
		// sentence before names the speaker, and the prompt names them
		// and shows only their words (taggedQuote).
		if _, quote, ok := g.taggedQuote(i); ok {
			if leansOnContext(quote) || pointsBack(quote) || someoneElse.MatchString(quote) {
				// "“It's fitting that this one is staying where it was
				// found,” he said": shown without the sentences before,
				// "this one" is nothing (r124, W from both).
				return nil, false
			}
			if concrete(quote) && pastAction.MatchString(quote) {
				// "… who accepted a pay freeze last year to help the
				// company through a difficult patch": a fact with a
				// judgement inside, which a student may call a fact
				// (r119, K).
				return nil, false
			}
			if partlyFact(quote) {
				return nil, false
			}
			words := judgingWords(quote)
			return words, len(words) > 0
		}
		return nil, false
	}
	spoken := quotedParts(text)
	if someoneElse.MatchString(spoken) {
		// "“He's a good man and we've let him down,” said Hebden": in a
		// speaker's own words "he" is someone else, whom the prompt,
		// showing one sentence, does not name (held-out h12's fixes).
		return nil, false
	}
	if spoken != "" && 2*article.CountWords(spoken) < article.CountWords(text) {
		if _, ok := g.reportedJudgement(i); ok {
			// "Peter Lunn, a food analyst at Carrick Stockbrokers, said
			// the move was “painful but probably inevitable”": asked of
			// what he said alone, not of who he is (factOrOpinion).
			words := judgingWords(spoken)
			return words, len(words) > 0
		}
		// "Sue Padgett, who runs a campsite …, said the news was “a real
		// blow”": three words of judgement in a sentence of checkable
		// ones, which a student may call a fact (r120, K).
		return nil, false
	}
	if spoken == "" {
		if !g.creditIn(i, func(f facts.Fact) bool { return f.Kind == facts.Statement && f.Subject != "" }) {
			return nil, false
		}
		spoken = text
	}
	if partlyFact(spoken) {
		return nil, false
	}
	words := judgingWords(spoken)
	return words, len(words) > 0
}

// reportedJudgement returns what a named speaker said in sentence i,
// as the sentence reports it, where their quoted words are at least half
// of it and it judges throughout: "the move was “painful but probably
// inevitable”" of "Peter Lunn, a food analyst at Carrick Stockbrokers,
// said the move was …". Shown whole, the sentence's description of the
// speaker is a fact, and a student who calls it one has a case (r120,
// K); shown alone, the claim is the speaker's opinion.
func (g *generator) reportedJudgement(i int) (string, bool) {
	return g.personsReportedClaim(i, func(claim string) bool {
		spoken := quotedParts(claim)
		return spoken != "" && 2*article.CountWords(spoken) >= article.CountWords(claim) && !partlyFact(spoken) &&
			!someoneElse.MatchString(claim) && len(judgingWords(spoken)) > 0 && !strings.ContainsFunc(claim, unicode.IsDigit)
	})
}

// reportedClaim returns what a person named in sentence i said, in
// reported speech, where it reads after "X said" on its own. The
// speaker's second verb ("… should not assume …, and suggested that …")
// is no part of it.
func (g *generator) reportedClaim(i int) (string, bool) {
	return g.personsReportedClaim(i, func(claim string) bool {
		return article.CountWords(claim) >= 5 && !speakersOwnVerb.MatchString(claim)
	})
}

// personsReportedClaim returns the claim of the first statement in
// sentence i by a person named there for certain that reads alone — no
// quotation opening it or left open, nothing pointing back — and that
// keep accepts.
func (g *generator) personsReportedClaim(i int, keep func(claim string) bool) (string, bool) {
	for _, k := range g.factsIn(i) {
		f := g.an.Facts[k]
		if f.Kind != facts.Statement || f.Subject == "" || f.Resolved || !g.clean(f) || !looksLikePerson(fullName(f)) {
			continue
		}
		claim := strings.TrimSpace(strings.TrimRight(curlQuotes(f.Claim), "."))
		if claim == "" || strings.HasPrefix(claim, "“") || !quotesClosed(claim) || leansOnContext(claim) || pointsBack(claim) ||
			unresolvedClaimStart.MatchString(upperFirst(claim)) || !keep(claim) {
			continue
		}
		return claim, true
	}
	return "", false
}

// someoneElse is a third person in a speaker's own words: not the
// speaker ("I", "we"), and not named there.
var someoneElse = lazyre.New(`(?i)\b(?:he|she|his|her|him|they|them|their)\b`)

// partlyFact reports whether a judgement's words join a clause that
// judges nothing to one that does: "Everybody in this sector is facing
// the same cost pressures, so that part is not a surprise" is half a
// claim anyone could check, and a student who calls it a fact has a
// case (r126, K from both; r119 likewise).
func partlyFact(spoken string) bool {
	for _, clause := range clauseJoin.Re().Split(spoken, -1) {
		if article.CountWords(clause) >= 4 && len(judgingWords(clause)) == 0 &&
			!notFactInQuote.MatchString(clause) && !notCheckable.MatchString(clause) && !feelingWords.MatchString(clause) {
			return true
		}
	}
	return false
}

// clauseJoin finds where one clause ends and another begins.
var clauseJoin = lazyre.New(`,\s*(?:so|and|but|because|while|although|though|yet)\s|;\s*|\sbut\s`)

// feelingWords tell how the speaker feels: no clause of fact ("I am
// particularly pleased with …").
var feelingWords = lazyre.NewWordList("pleased", "delighted", "happy", "proud", "disappointed", "sad", "sorry", "thrilled",
	"excited", "upset", "saddened", "relieved", "grateful", "frustrated")

// taggedQuote reads sentence i as one quotation tagged by a pronoun —
// "“These have been difficult months,” he said." — whose speaker the
// sentence before names as the one speaking: most of what news quotes
// is told this way, one sentence after the name. It returns the speaker
// as a prompt names them and the quotation as a sentence of its own,
// closed by a full stop where the tag's comma stood.
func (g *generator) taggedQuote(i int) (speaker, quote string, ok bool) {
	m := pronounTagged.FindStringSubmatch(g.withoutDateline(i))
	if m == nil || i == 0 {
		return "", "", false
	}
	for _, k := range g.factsIn(i) {
		f := g.an.Facts[k]
		if f.Kind != facts.Statement || f.Subject == "" || strings.Contains(m[0], f.Subject) || !g.namesSpeaker(i-1, f.Subject) {
			continue
		}
		quote = strings.TrimSpace(m[1])
		if !strings.HasSuffix(quote, ".") && !strings.HasSuffix(quote, "!") {
			quote = strings.TrimRight(quote, ",") + "."
		}
		return fullName(f), quote, true
	}
	return "", "", false
}

// pronounTagged finds a sentence that is one quotation and its tag, a
// pronoun and a verb of speech: the quotation's words in group 1.
var pronounTagged = lazyre.New(`^[“"]([^“”"]{8,})[”"]\s*(?:he|she)\s+(?:said|says|added|adds|explained|insisted|argued|warned)\.$`)

// namesSpeaker reports whether sentence j credits speaker, by name and
// not through a pronoun, with a statement of its own: the "he" of the
// next sentence is then theirs.
func (g *generator) namesSpeaker(j int, speaker string) bool {
	if j < 0 {
		return false
	}
	for _, k := range g.factsIn(j) {
		f := g.an.Facts[k]
		if f.Kind == facts.Statement && !f.Resolved && f.Subject == speaker && strings.Contains(g.a.Sentences[j].Text, speaker) && g.clean(f) {
			return true
		}
	}
	return false
}

// spokenOption returns sentence i as an option, or "": whole on its
// own, short enough to read among others, a sentence of a quotation
// that runs over several closed where it stops ("“The supporters pay
// their money and they deserve better.”") — the speaker's words as the
// article prints them, with the mark the page puts a sentence later.
func (g *generator) spokenOption(i int) string {
	text := g.withoutDateline(i)
	switch open, closed := strings.Count(text, "“"), strings.Count(text, "”"); {
	case open == 1 && closed == 0 && strings.HasPrefix(text, "“"):
		text += "”"
	case open == 0 && closed == 1:
		text = "“" + text
	case strings.Count(text, "\"") == 1 && strings.HasPrefix(text, "\""):
		text += "\""
	case strings.Count(text, "\"") == 1:
		text = "\"" + text
	}
	n := article.CountWords(text)
	if n < 8 || n > maxSentenceOptionWords || strings.HasSuffix(strings.TrimRight(text, "”\""), "?") ||
		strings.HasSuffix(text, ":") || !readsAsProse(text) || !quotesClosed(text) {
		return ""
	}
	if !strings.HasPrefix(text, "“") && !strings.HasPrefix(text, "\"") && !standsAlone(text) {
		return ""
	}
	return text
}

// judgingWords returns the judging words and phrases in text, in order.
func judgingWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:!?\"“”‘’'()")
		if judgementWords.MatchString(w) && strings.ToLower(w) == w {
			out = append(out, w)
		}
	}
	for _, rule := range judgementRules {
		for _, m := range rule.pattern.Re().FindAllStringSubmatch(text, -1) {
			if slices.ContainsFunc(m[1:], func(w string) bool { return rule.notAfter[strings.ToLower(w)] }) {
				continue
			}
			if rule.notIn != nil && rule.notIn.MatchString(text) {
				continue
			}
			phrase := m[0]
			if rule.follower > 0 && m[rule.follower] != "" {
				phrase = strings.TrimSpace(strings.TrimSuffix(phrase, m[rule.follower]))
			}
			if rule.shown > 0 {
				phrase = m[rule.shown] // "sound", not "is sound": the words that judge (r124, W)
			}
			out = append(out, phrase)
		}
	}
	return out
}

// ownExperience finds a superlative of the speaker's own experience:
// "… I have had to make", "… he had made since taking over", "… of my
// career".
var ownExperience = lazyre.New(`(?i)\b(?:I|I've|we|we've|he|she)\s+(?:have\s+|has\s+|had\s+|'ve\s+)?(?:ever\s+)?(?:had|made|faced|taken|known|been|seen|felt)\b|\bof\s+(?:my|his|her|our)\s+(?:life|career|time|lives|careers)\b`)

// quotedParts returns the words inside the quotation marks of text,
// joined, or "".
func quotedParts(text string) string {
	var parts []string
	for _, open := range []struct{ l, r string }{{"“", "”"}, {"\"", "\""}} {
		rest := text
		for {
			a := strings.Index(rest, open.l)
			if a < 0 {
				break
			}
			rest = rest[a+len(open.l):]
			b := strings.Index(rest, open.r)
			if b < 0 {
				break
			}
			parts = append(parts, rest[:b])
			rest = rest[b+len(open.r):]
		}
	}
	return strings.Join(parts, " ")
}

// creditedFact reports whether sentence j credits to someone named in it
// a fact that could be checked: something done, dated or counted, with
// no hedge, forecast, belief or judgement — "The club said it had sold
// 4,000 season tickets by June."
func (g *generator) creditedFact(j int) bool {
	if g.namedSourceOf(j) == "" || !g.optionSentence(j) || g.flaggedAs(j, func(k facts.FlagKind) bool { return !datingFlags[k] }) {
		return false
	}
	if strings.ContainsAny(g.withoutDateline(j), "\"“”‘’") {
		return false // "… had been reached ‘amicably’": the speaker's own word for it, no fact (r127, K from both)
	}
	text := g.withoutDateline(j)
	for _, k := range g.factsIn(j) {
		f := g.an.Facts[k]
		if f.Kind != facts.Statement && f.Kind != facts.Attribution || f.Claim == "" {
			continue
		}
		claim := acronym.ReplaceAllString(f.Claim, "X")
		return concrete(f.Claim) && pastAction.MatchString(f.Claim) && !notFactInQuote.MatchString(claim) &&
			!notCheckable.MatchString(claim) && len(judgingWords(text)) == 0 && !strings.HasSuffix(text, "?")
	}
	return false
}

// notFactInQuote are words that make what someone says less than a
// fact that could be checked: hedges, conditions, forecasts, beliefs,
// the speaker's own view.
var notFactInQuote = lazyre.NewWordList(
	"may", "might", "could", "would", "should", "will", "can", "must", "if", "whether", "unless", "think",
	"thought", "believe", "believed", "feel", "felt", "hope", "hoped", "expect", "expected", "likely",
	"unlikely", "probably", "perhaps", "possibly", "seems", "seemed", "appears", "appeared", "reportedly",
	"allegedly", "estimate", "estimated", "confident", "sure", "certain", "view", "concern", "concerned",
	"worried", "need", "needs", "needed")

// checkable reports whether sentence j states, in the article's own
// voice, something anyone could check: no speech, hedge, wish or loaded
// word, no judgement, no trap flagged, and something concrete in it — a
// figure, a date or a name.
func (g *generator) checkable(j int) bool {
	text := g.withoutDateline(j)
	n := article.CountWords(text)
	if n < 8 || n > maxSentenceOptionWords || !strings.HasSuffix(text, ".") || strings.ContainsAny(text, "\"“”‘’?!:;()") ||
		!standsAlone(text) || joinedOn.MatchString(text) || pronounBeforeName(lowerFirstRune(text)) {
		return false
	}
	// An acronym is a name, never the word the lists mean: "US tycoon"
	// holds no "us".
	words := acronym.ReplaceAllString(text, "X")
	if notPlainFact.MatchString(words) || notCheckable.MatchString(words) || len(judgingWords(text)) > 0 ||
		g.flaggedAs(j, func(k facts.FlagKind) bool { return !datingFlags[k] }) || g.creditIn(j, func(facts.Fact) bool { return true }) {
		return false
	}
	return concrete(text) && pastAction.MatchString(text)
}

// acronym finds a word in capitals: a name ("US", "BBC").
var acronym = lazyre.New(`\b\p{Lu}{2,}\b`)

// pastAction finds a verb in the past: a fact that could be checked
// tells of something done ("The team followed 2,400 children"), where a
// sentence in the present may describe or characterise ("The show
// follows the time-honoured format").
var pastAction = lazyre.New(`\b(?:` + pastForms + `|\p{Ll}{3,}ed)\b`)

// datingFlags are the traps in how a sentence dates what it tells: "on
// Tuesday" in an undated article is still a fact that could be
// checked, where a trap in its source or footing makes it no plain fact.
var datingFlags = map[facts.FlagKind]bool{facts.RelativeDate: true, facts.YearMissing: true, facts.WeekdayMismatch: true}

// concrete reports whether text holds a figure, a day or month or a
// name past its first word, and
// no compound that judges ("well-crafted", "stand-out"): a sentence
// that counts or dates something reports it, where one without may
// characterise ("reduced the panel to fits of giggles", r-opinion).
func concrete(text string) bool {
	if judgingCompound.MatchString(text) {
		return false
	}
	if strings.ContainsFunc(text, unicode.IsDigit) {
		return true
	}
	for k, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,")
		if calendarWords[strings.ToLower(w)] || countingWords[strings.ToLower(w)] || k > 0 && isCapitalisedWord(w) {
			return true
		}
	}
	return false
}

// judgingCompound finds a compound adjective that judges.
var judgingCompound = lazyre.New(`(?i)\b(?:well|ill|much|hard|so|stand|long|high|over|under|one)-\p{L}+|-(?:honoured|honored|crafted|loved|respected|awaited|established|known)\b|\bone of the\b`)

// countingWords are the counting words a fact may give its figure in.
var countingWords = wordSet("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion dozen dozens")
