package facts

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
}

// Traps lists every kind of trap Lede flags.
var Traps = []Trap{
	{HeadlineUnsupported, "Headline not supported", "The article's own text does not back it up", 80, 0},
	{HeadlineHedged, "Hedged headline", "The headline only says it might be so, and the article is no surer", 76, 1},
	{WeekdayMismatch, "Wrong weekday", "The weekday does not match the date", 88, 0},
	{YearMissing, "No year", "It gives no year, so the reader cannot tell when it was", 82, 1},
	{FooterYearMismatch, "Footer from another year", "The page's copyright year differs from the article's date", 74, 0},
	{TitleChange, "Job title changes", "The article gives the same person a different job title", 86, 0},
	{SecondHand, "Second-hand", "It rests on someone else's report, not on the people involved", 78, 3},
	{SourceChain, "Source chain", "It passes through several hands before it reaches the reader", 84, 2},
	{SelfReported, "Self-reported figure", "The figure comes only from the people it is about, and no one has checked it", 84, 0},
	{FundingConflict, "Paid for by an interested party", "It was paid for by someone who may gain from the result", 85, 0},
	{NotReviewed, "Not reviewed", "Other experts have not checked the findings yet", 80, 0},
	{NotConfirmed, "Unconfirmed", "The article itself says it has not been confirmed", 88, 4},
	{AnonymousSource, "Anonymous source", "It comes from someone the article does not name", 86, 4},
	{SocialMedia, "Social media as the source", "It rests on posts or videos online", 84, 2},
	{UnsourcedClaim, "No source given", "It is stated as likely or true without saying who says so", 82, 4},
	{RelativeDate, "Date the reader cannot pin down", "It says when only relative to a date the article does not give", 70, 2},
	{Denial, "Denied in the body", "Someone the article quotes denies it", 86, 1},
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
