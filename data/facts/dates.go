package facts

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lexicon"
)

// A written date: "Monday, Jan. 1", "March 31, 2016", "4 May 2024",
// "Saturday, May 4".
var datePattern = lazyre.New(`\b(?:(` + weekdayWord + `),?\s+)?(?:(` + monthWord + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthWord + `)\b\.?)(?:,?\s+(\d{4})\b)?`)

// A weekday with no date after it: "on Monday", "last Friday".
var weekdayAlone = lazyre.New(`\b(?:(` + strings.Join(weekdayModifiers, "|") + `)\s+)?(` + weekdayWord + `)\b`)

// weekdayModifiers may stand before a weekday alone.
var weekdayModifiers = []string{"last", "next", "this", "on", "by", "until", "since", "from"}

// weekdayStartWords are the words a match of weekdayAlone opens on, where
// it is tried alone, as datePattern is: its optional first word leaves
// Go's regexp no literal start to look for, nor lazyre a bound on where
// one may start, so it was tried at every place of every sentence that
// names a weekday.
var weekdayStartWords = sync.OnceValue(func() lazyre.Words {
	return lazyre.NewWords(slices.Concat(weekdayModifiers, lex.Weekdays)...)
})

// weekdaysAlone is weekdayAlone.FindAllStringSubmatchIndex(text, -1).
func weekdaysAlone(text string) [][]int {
	if !weekdayAlone.MayMatch(text) {
		return nil
	}
	return weekdayAlone.FindAllStringSubmatchIndexAt(text, lazyre.WordStarts(text, weekdayStartWords(), false))
}

// dateStartWords are the words a match of datePattern opens on (or a
// number): it is tried only where one stands (lazyre's
// FindAllStringSubmatchIndexAt), not at every place of every sentence,
// as Go's regexp tries a pattern that opens on an alternation of words —
// about twice as fast on the development set's sentences.
var dateStartWords = sync.OnceValue(func() lazyre.Words {
	return lazyre.NewWords(slices.Concat(lex.Weekdays, lex.Months, lex.MonthAbbreviations)...)
})

// Relative days and periods: "yesterday", "last week", "earlier this month".
var relativePattern = lazyre.New(`(?i)\b(yesterday|today|tomorrow|(?:last|next|this|earlier this|later this) (?:week|month|year))\b`)

var (
	monthWords    = lexicon.Set(lex.Months, lex.MonthAbbreviations)
	weekdayWords  = lexicon.Set(lex.Weekdays)
	relativeWords = wordSet(`yesterday today tomorrow week month year`)
)

var weekdayWord = lexicon.Alternation(lex.Weekdays)

// futureWords mark a sentence about what is to come, so that a date with
// no year, or a weekday alone, is read forward from publication.
var futureWords = lazyre.New(`(?i)\b(?:will|shall|is due|are due|is set to|are set to|is scheduled|are scheduled|next|upcoming|plans? to|is expected to|are expected to|to be held)\b`)

// dates reads every date of the body, resolves it against the
// publication date, and flags weekdays that do not match their dates and
// dates whose year a reader cannot tell.
func (x *extractor) dates() {
	yearless := map[string]bool{}
	for _, s := range x.a.Sentences {
		if len(s.Text) > maxSentence {
			continue
		}
		// Cheap checks first: most sentences hold no date at all. They
		// scan the sentence (hasWord) rather than keep its words (has):
		// the dates are read on an extractor of their own (datesIn).
		var covered [][]int
		if strings.ContainsAny(s.Text, "0123456789") && hasWord(s.Text, monthWords) {
			covered = x.writtenDates(s, yearless)
		}
		if hasWord(s.Text, weekdayWords) {
			x.bareWeekdays(s, covered)
		}
		if hasWord(s.Text, relativeWords) {
			x.relativeDates(s)
		}
	}
	x.footerYear()
}

// writtenDates handles dates with a month; it returns their spans in the
// sentence so that the weekday inside one is not read again.
func (x *extractor) writtenDates(s article.Sentence, yearless map[string]bool) [][]int {
	matches := datePattern.FindAllStringSubmatchIndexAt(s.Text, lazyre.WordStarts(s.Text, dateStartWords(), true))
	for _, m := range matches {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s.Text[m[2*i]:m[2*i+1]]
		}
		month, day := g(2), g(3)
		if month == "" {
			month, day = g(5), g(4)
		}
		written := strings.TrimRight(s.Text[m[0]:m[1]], ",. ")
		f := fact(DateMention, s)
		f.Claim, f.Weekday = written, g(1)
		d, guessed := x.resolveMonthDay(month, day, g(6), looksAhead(s.Text, m[0]))
		if d.IsZero() {
			x.add(f)
			continue
		}
		f.Date, f.DateText = d.Format("2006-01-02"), d.Format("January 2, 2006")
		x.add(f)
		if f.Weekday != "" && d.Weekday().String() != f.Weekday {
			x.flag(WeekdayMismatch, s, written,
				fmt.Sprintf("The article says “%s”, but %s was a %s.", written, f.DateText, d.Weekday()))
		}
		if guessed && !yearless[written] && x.yearUnclear(d) {
			yearless[written] = true
			x.flag(YearMissing, s, written, x.yearMessage(written, d))
		}
	}
	return matches
}

// resolveMonthDay turns a month and day (and year, when written) into a
// date. With no year it picks the year that puts the date on the right
// side of publication: after it for plans, before it for reports.
func (x *extractor) resolveMonthDay(month, day, year string, future bool) (d time.Time, guessed bool) {
	if year != "" {
		return article.ParseDate(fmt.Sprintf("%s %s, %s", month, day, year)), false
	}
	pub := x.a.Published
	if pub.IsZero() {
		return time.Time{}, true
	}
	pubDay := dayOf(pub)
	for _, y := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
		c := article.ParseDate(fmt.Sprintf("%s %s, %d", month, day, y))
		if !c.IsZero() && (d.IsZero() || absDays(c.Sub(pubDay)) < absDays(d.Sub(pubDay))) {
			d = c
		}
	}
	if d.IsZero() {
		return d, true
	}
	// The closest date, unless the sentence points the other way: plans
	// lie ahead, reports behind; two weeks of slack for recent events.
	switch {
	case future && d.Before(pubDay.AddDate(0, 0, -14)):
		d = d.AddDate(1, 0, 0)
	case !future && d.After(pubDay.AddDate(0, 0, 14)):
		d = d.AddDate(-1, 0, 0)
	}
	return d, true
}

func absDays(d time.Duration) float64 {
	if d < 0 {
		d = -d
	}
	return d.Hours() / 24
}

// pastVerb matches verbs of a finished event: "said", "announced", "was".
var pastVerb = lazyre.New(`(?i)\b(?:said|told|was|were|had|did|met|held|took|gave|made|\w+ed)\b`)

// looksAhead reports whether the date at off belongs to something still
// to come: the words of its clause before it decide ("will run … said on
// Wednesday" is a past Wednesday), else the whole sentence does.
func looksAhead(text string, off int) bool {
	clause := text[:off]
	if i := strings.LastIndexAny(clause, ",;—"); i >= 0 {
		clause = clause[i+1:]
	}
	switch {
	case futureWords.MatchString(clause):
		return true
	case pastVerb.MatchString(clause):
		return false
	}
	// With no past verb at all, a present tense names a plan: "Tickets
	// go on sale on Monday".
	return futureWords.MatchString(text) || !pastVerb.MatchString(text)
}

// yearUnclear reports whether a date written without a year is far
// enough from publication that a reader cannot assume "this year".
func (x *extractor) yearUnclear(d time.Time) bool {
	gap := d.Sub(dayOf(x.a.Published))
	return gap > 60*24*time.Hour || gap < -60*24*time.Hour
}

func (x *extractor) yearMessage(written string, d time.Time) string {
	pub := x.a.Published
	rel := "before"
	if d.After(pub) {
		rel = "after"
	}
	return fmt.Sprintf("The article gives “%s” without a year. It was published on %s, so this probably means %s — %s %s publication — but the reader cannot be sure which year is meant.",
		written, pub.Format("January 2, 2006"), d.Format("January 2, 2006"), monthsApart(d, pub), rel)
}

func monthsApart(a, b time.Time) string {
	days := a.Sub(b).Hours() / 24
	if days < 0 {
		days = -days
	}
	months := int(days/30.4 + 0.5)
	if months <= 1 {
		return "about a month"
	}
	return fmt.Sprintf("about %d months", months)
}

// bareWeekdays resolves "on Monday" to the date it most likely means: the
// last such day before publication, or the next one for plans.
func (x *extractor) bareWeekdays(s article.Sentence, covered [][]int) {
	if x.a.Published.IsZero() {
		return
	}
	for _, m := range weekdaysAlone(s.Text) {
		if inside(m[4], covered) {
			continue
		}
		mod, name := "", s.Text[m[4]:m[5]]
		if m[2] >= 0 {
			mod = s.Text[m[2]:m[3]]
		}
		forward := (looksAhead(s.Text, m[0]) || mod == "next") && mod != "last"
		d := nearestWeekday(dayOf(x.a.Published), name, forward)
		f := fact(DateMention, s)
		f.Claim, f.Weekday, f.Relative = strings.TrimSpace(s.Text[m[0]:m[1]]), name, true
		f.Date, f.DateText = d.Format("2006-01-02"), d.Format("Monday, January 2, 2006")
		x.add(f)
	}
}

func inside(off int, spans [][]int) bool {
	for _, sp := range spans {
		if off >= sp[0] && off < sp[1] {
			return true
		}
	}
	return false
}

// nearestWeekday returns the closest day named name on or before pub
// ("on Friday" in a Friday paper is that day), or on or after it when
// forward.
func nearestWeekday(pub time.Time, name string, forward bool) time.Time {
	for i := 1; i <= 7; i++ {
		d := pub.AddDate(0, 0, 1-i)
		if forward {
			d = pub.AddDate(0, 0, i-1)
		}
		if d.Weekday().String() == name {
			return d
		}
	}
	return pub
}

// relativeDates resolves "yesterday", "last week" and the like.
func (x *extractor) relativeDates(s article.Sentence) {
	if x.a.Published.IsZero() {
		return
	}
	pub := dayOf(x.a.Published)
	for _, m := range relativePattern.FindAllString(s.Text, -1) {
		f := fact(DateMention, s)
		f.Claim, f.Relative = m, true
		switch strings.ToLower(m) {
		case "yesterday":
			f.Date = pub.AddDate(0, 0, -1).Format("2006-01-02")
		case "today":
			f.Date = pub.Format("2006-01-02")
		case "tomorrow":
			f.Date = pub.AddDate(0, 0, 1).Format("2006-01-02")
		case "last year":
			f.Date = fmt.Sprint(pub.Year() - 1)
		case "this year", "earlier this year", "later this year":
			f.Date = fmt.Sprint(pub.Year())
		case "next year":
			f.Date = fmt.Sprint(pub.Year() + 1)
		case "last month":
			f.Date = pub.AddDate(0, -1, 0).Format("2006-01")
		case "this month", "earlier this month", "later this month":
			f.Date = pub.Format("2006-01")
		case "next month":
			f.Date = pub.AddDate(0, 1, 0).Format("2006-01")
		case "last week":
			f.DateText = "the week before " + pub.Format("January 2, 2006")
		}
		if f.DateText == "" && len(f.Date) == 10 {
			d, _ := time.Parse("2006-01-02", f.Date)
			f.DateText = d.Format("Monday, January 2, 2006")
		}
		x.add(f)
	}
}

// footerYears matches the year or range of years of a copyright line.
var footerYears = lazyre.New(`\b((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b`)

// footerYear flags a copyright footer whose year is not the publication
// year: the page was saved, copied or updated at another time than the
// article claims to be from.
func (x *extractor) footerYear() {
	pub := x.a.Published
	if pub.IsZero() {
		return
	}
	for _, b := range x.a.Extras {
		if !article.IsFooter(b.Text) {
			continue
		}
		m := footerYears.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		first, last := atoi(m[1]), atoi(m[1])
		if m[2] != "" {
			last = atoi(m[2])
		}
		if pub.Year() >= first && pub.Year() <= last {
			return
		}
		x.addFlag(Flag{
			Kind: FooterYearMismatch, Sentence: -1, Span: b.Span, About: b.Text,
			Message: fmt.Sprintf("The page's copyright line says %s, but the article is dated %s. The page was saved or changed at a different time from when the article says it was written: check which date its facts belong to.",
				strings.TrimSpace(m[0]), pub.Format("January 2, 2006")),
		})
		return
	}
}

// dayOf drops the time of day, keeping the date as printed.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// flag records a trap whose evidence is sentence s.
func (x *extractor) flag(kind FlagKind, s article.Sentence, about, msg string) {
	x.addFlag(Flag{Kind: kind, Sentence: s.Index, Span: s.Span, About: about, Message: msg})
}

// addFlag records a trap, and counts it by kind and by kind and sentence
// for full and flaggedSentence, which every trap rule asks of every
// sentence: reading the flags for them made long articles quadratic.
func (x *extractor) addFlag(fl Flag) {
	x.flags = append(x.flags, fl)
	if x.flagCounts == nil {
		x.flagCounts, x.flaggedAt = map[FlagKind]int{}, map[flagPlace]bool{}
	}
	x.flagCounts[fl.Kind]++
	x.flaggedAt[flagPlace{fl.Kind, fl.Sentence}] = true
	if x.flagsOn == nil {
		x.flagsOn = map[int]bool{}
	}
	x.flagsOn[fl.Sentence] = true
	if x.ahead != nil && x.full(fl.Kind) {
		x.ahead.filled(fl.Kind)
	}
}

// flagPlace is a kind of trap flagged on a sentence.
type flagPlace struct {
	kind     FlagKind
	sentence int
}
