package facts

import (
	"github.com/lede-app/lede/data/internal/lazyre"
)

// Everything about each kind of trap, in one table: what a teacher calls
// it, how a student would describe it among the options of a "what
// should a careful reader notice?" question, how much a student learns
// from it, and how many of it one article may raise before the list
// becomes noise. A kind missing here cannot be flagged (a test checks
// every flag raised on the test articles has an entry).

// Trap describes one kind of trap.
type Trap struct {
	Kind FlagKind
	// Label names the kind for a teacher: "Anonymous source".
	Label string
	// Option describes the trap in a student's words, as the right
	// answer or a wrong option of a multiple-choice question.
	Option string
	// Score ranks the kind by what a student learns from it (0–100).
	Score int
	// Limit is the most flags of this kind one article raises; the first
	// ones in reading order are kept. Zero means no limit.
	Limit int
	// The three fields below decide where the trap may stand as a wrong
	// option of a "what should a careful reader notice?" question: only
	// where it is plausible (Fits) and clearly absent (no Cues, or
	// Settled). Each is a regular expression; an empty one does not
	// apply.
	//
	// Cues are words that would make a student suspect this trap: a
	// sentence with none of them clearly does not have it.
	Cues string
	// Settled marks a sentence that clearly does not have the trap even
	// though it has cues: a full date with its year lacks no year.
	Settled string
	// Fits marks a sentence where the trap is a plausible guess; empty
	// means any claim. "The weekday does not match the date" about a
	// sentence with no date is ruled out at a glance.
	Fits string
	// Whole marks an option that speaks of the whole article ("someone
	// the article quotes denies it"): it is clearly absent only when the
	// whole article lacks its cues, not the sentence alone.
	Whole bool
}

// fullDateWithYear is a written date a reader can place: "March 4, 2016",
// "4 March 2016".
const fullDateWithYear = `\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? (?:19|20)\d\d\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b`

// FullDate matches fullDateWithYear: a date a reader can place, for
// options that speak of dates.
var FullDate = lazyre.New(fullDateWithYear)

// aboutResearchWords make funding and review plausible worries.
const aboutResearchWords = `(?i)\b(?:study|studies|research|researchers|findings|scientists|survey|clinical trials?)\b`

// Traps lists every kind of trap Lede flags.
var Traps = []Trap{
	{HeadlineUnsupported, "Headline not supported", "The article's own text does not back it up", 80, 0, "", "", "", false},
	{HeadlineHedged, "Hedged headline", "The headline only says it might be so, and the article is no surer", 76, 1, "", "", "", false},
	{WeekdayMismatch, "Wrong weekday", "The weekday does not match the date", 88, 0,
		`(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday`, "", fullDateWithYear, false},
	{YearMissing, "No year", "It gives no year, so the reader cannot tell when it was", 82, 1, "", fullDateWithYear, fullDateWithYear, false},
	{FooterYearMismatch, "Footer from another year", "The page's copyright year differs from the article's date", 74, 0, "", "", "", false},
	{TitleChange, "Job title changes", "The article gives the same person a different job title", 86, 0, "", "", "", false},
	{SecondHand, "Second-hand", "It rests on someone else's report, not on the people involved", 78, 5,
		`(?i)report|according|citing|told|sources?\b|said to|familiar|news|paper|agency|media|website|stud(?:y|ies)|survey|poll|research|found`, "", "", false},
	{SourceChain, "Source chain", "It passes through several hands before it reaches the reader", 84, 2,
		`(?i)report|according|citing|credited|told|quot|news|paper|agency|media|website|said|says`, "", "", true},
	{SelfReported, "Self-reported figure", "The figure comes only from the people it is about, and no one has checked it", 84, 0, "", "", "", false},
	{FundingConflict, "Paid for by an interested party", "The research behind it was paid for by someone who may gain from the result", 85, 0,
		`(?i)paid|fund|financ|sponsor|commission|backed|grant`, "", aboutResearchWords, false},
	{NotReviewed, "Not reviewed", "Other experts have not checked the findings yet", 80, 0,
		`(?i)review|journal|publish|preprint|study|studies|research|finding`, "", aboutResearchWords, false},
	{NotConfirmed, "Unconfirmed", "It may not be true, and the article itself says so", 88, 4,
		`(?i)alleg|purport|appear|apparent|claim|confirm|verif|clear|genuine|speculat|rumou?r|report|believ|thought|suspect|accus|\b(?:may|might|could|if)\b`, "", "", true},
	{AnonymousSource, "Anonymous source", "We are not told who the source is, so no one can check them", 86, 6,
		`(?i)official|source|analyst|insider|expert|police|witness|observer|spokes|aide|critic|activist|engineer|diplomat|investigator|people|told|said|says|according`, "", "", false},
	{SocialMedia, "Social media as the source", "It relies on something put on the internet, which may be faked or one-sided", 84, 2,
		`(?i)video|online|internet|web|post|tweet|twitter|facebook|youtube|instagram|blog|forum|social|site|viral|footage|photo|image|picture|clip|account`, "", "", false},
	{UnsourcedClaim, "No source given", "It says what is believed or expected, but not who believes or expects it", 82, 6,
		`(?i)believ|thought|expect|likely|set to|understood|estimat|seen as|regarded|claim|rumou?r|\bever\b|record|biggest|largest|best|worst|most|clearly|certainly|widely|said to|expert|critic|fear`, "", "", false},
	{RelativeDate, "Date the reader cannot pin down", "It says when only relative to a date the article does not give", 70, 2,
		`(?i)\b(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|next|this (?:week|month|year)|ago|earlier|later|recently)\b`, "", fullDateWithYear, false},
	{InterestedParty, "Interested party", "It comes from the side that gains from it, and no one independent checks it", 84, 2,
		`(?i)claim|said|says|told|boast|announc|statement|according|spokes`, "", "", true},
	// No cues: nothing in one sentence shows that an article has no
	// second account, so it never stands as a wrong option.
	{OneCaseGeneralised, "One case told as many", "It speaks of many people, but rests on one person's account", 84, 1, "", "", "", false},
	{Denial, "Denied in the body", "Someone the article quotes denies it", 86, 1,
		`(?i)den(?:y|ied|ies)|reject|dismiss|refut|\bnot\b|n['’]t\b|never|false|untrue`, "", "", true},
}

// optionRules holds each kind's compiled Cues, Settled and Fits.
var optionRules = map[FlagKind][3]*rule{}

func init() {
	compile := func(name, p string) *rule {
		if p == "" {
			return nil
		}
		// Not declare: these are option checks, not rules with examples.
		return &rule{name: name, pattern: lazyre.New(p)}
	}
	for _, t := range Traps {
		k := string(t.Kind)
		optionRules[t.Kind] = [3]*rule{compile(k+" cues", t.Cues), compile(k+" settled", t.Settled), compile(k+" fits", t.Fits)}
	}
}

// OptionJudge decides which traps may stand as wrong options about the
// sentences of one article. It remembers what it learnt of the whole
// article, which every question of the quiz asks again.
type OptionJudge struct {
	whole    string
	wholeHas map[FlagKind]bool
}

// NewOptionJudge judges options about the sentences of article text whole.
func NewOptionJudge(whole string) *OptionJudge {
	return &OptionJudge{whole: whole, wholeHas: map[FlagKind]bool{}}
}

// GoodWrongOption reports whether trap kind may stand as a wrong option
// about text, a sentence of the article: a plausible guess there, yet
// clearly not so. Kinds with neither Cues nor Settled never are: nothing
// shows they are absent.
func (j *OptionJudge) GoodWrongOption(kind FlagKind, text string) bool {
	r, ok := optionRules[kind]
	if !ok {
		return false
	}
	t, _ := TrapOf(kind)
	cues, settled, fits := r[0], r[1], r[2]
	var absent bool
	switch {
	case cues != nil && t.Whole:
		has, seen := j.wholeHas[kind]
		if !seen {
			has = cues.in(j.whole)
			j.wholeHas[kind] = has
		}
		absent = !has
	case cues != nil:
		absent = !cues.in(text)
	}
	absent = absent || settled != nil && settled.in(text)
	return absent && (fits == nil || fits.in(text))
}

// TrapOf returns the table entry for kind.
func TrapOf(kind FlagKind) (Trap, bool) {
	for _, t := range Traps {
		if t.Kind == kind {
			return t, true
		}
	}
	return Trap{}, false
}
