package facts

import (
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// extractText parses a small article written for one rule.
func extractText(t *testing.T, text string) (*article.Article, *Analysis) {
	t.Helper()
	a, err := article.Parse([]byte(text))
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	return a, Extract(a)
}

func TestDatesResolveAgainstPublication(t *testing.T) {
	// Published on Thursday, March 14, 2024.
	const head = "A Headline About Dates\n\nBy Jo Bloggs, March 14, 2024 09:00 AM GMT\n\n"
	tests := []struct {
		sentence, claim, date string
	}{
		{"The mayor said on Wednesday that the plan was dead.", "on Wednesday", "2024-03-13"},
		{"Shares fell on Thursday.", "on Thursday", "2024-03-14"},                     // the day of the paper
		{"The vote will take place on Monday.", "on Monday", "2024-03-18"},            // a plan: ahead
		{"Tickets go on sale on Saturday.", "on Saturday", "2024-03-16"},              // present tense: ahead
		{"The council met last Friday.", "last Friday", "2024-03-08"},                 // "last" wins
		{"The ferry will run from May 4.", "May 4", "2024-05-04"},                     // a plan, no year
		{"The company had 300 staff as of December 31.", "December 31", "2023-12-31"}, // a report, no year
		{"The bridge opened on 2 March 2019.", "2 March 2019", "2019-03-02"},
		{"The strike began yesterday.", "yesterday", "2024-03-13"},
		{"Sales doubled last year.", "last year", "2023"},
	}
	for _, tt := range tests {
		_, an := extractText(t, head+tt.sentence+"\n")
		found := false
		for _, f := range an.ByKind(DateMention) {
			if f.Claim == tt.claim {
				found = true
				if f.Date != tt.date {
					t.Errorf("%q: %q resolved to %s; want %s", tt.sentence, tt.claim, f.Date, tt.date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no date %q among %+v", tt.sentence, tt.claim, an.ByKind(DateMention))
		}
	}
}

func TestDateFlags(t *testing.T) {
	const head = "A Headline About Dates\n\nBy Jo Bloggs, January 10, 2017 09:00 AM GMT\n\n"
	tests := []struct {
		body string
		want FlagKind // "" for no flag
	}{
		{"They met on Monday, Jan. 9, to talk.", ""},               // right weekday
		{"They met on Monday, Jan. 1, to talk.", WeekdayMismatch},  // Jan 1 2017 was a Sunday
		{"The firm had 36,446 staff as of March 31.", YearMissing}, // ten months back, no year
		{"The firm had 36,446 staff as of January 2.", ""},         // a week back: clear enough
		{"The firm had 36,446 staff as of March 31, 2016.", ""},    // year given
		{"The event is on Sunday, Jan. 15, 2017.", ""},             // full date, right weekday
		{"Sales rose.\n\n© 2018 Example News. All rights reserved.", FooterYearMismatch},
		{"Sales rose.\n\n© 2010-2019 Example News. All rights reserved.", ""}, // the range holds 2017
	}
	for _, tt := range tests {
		_, an := extractText(t, head+tt.body+"\n")
		var kinds []string
		for _, f := range an.Flags {
			kinds = append(kinds, string(f.Kind))
		}
		got := strings.Join(kinds, ",")
		if got != string(tt.want) {
			t.Errorf("%q: flags %q; want %q", tt.body, got, tt.want)
		}
	}
}

func TestTitlesAndSources(t *testing.T) {
	tests := []struct {
		body string
		want FlagKind
	}{
		{"Club chair Mary Jones said the ground would close. Later, chair Mary Jones said it would reopen.", ""},
		{"Club chair Mary Jones said the ground would close. Vice chair Mary Jones said it would reopen.", TitleChange},
		{"Council leader Sam Ray said the plan was fair. Opposition leader Sam Ray said it was not.", TitleChange},
		{"Council leader Sam Ray said the plan was fair. Leader Sam Ray said it was not.", ""},
		// Two things a person is at once, not a change (held-out h4, K).
		{"A letter from Councillor Gareth Lloyd-Price, mayor of Llanwerin, was read out at the meeting.", ""},
		{"Council leader Sam Ray said the plan was fair. Councillor Sam Ray said it was not.", ""},
		{"According to the BBC, the school will close.", SecondHand},
		{"According to council records, the school will close.", ""},
		{"According to the World Health Organization, cases fell.", ""},
		// Not an outlet, despite "Times"; but nobody is named.
		{"According to Times Square officials, crowds fell.", AnonymousSource},
		{"According to Times Square spokeswoman Ann Lee, crowds fell.", ""},
		{"According to The Washington Post, cases fell.", SecondHand},
		{"The school will reportedly close.", SecondHand},
		{"The firm estimates that its app has 2 million users.", SelfReported},
		{"The study was funded by a sugar industry association.", FundingConflict},
		{"The findings have not yet been peer-reviewed.", NotReviewed},
		{"The plan has not been reviewed by the council.", ""},
		{"The study was funded by the American Heart Association.", ""},
		{"The study was paid for by a soft drinks industry association.", FundingConflict},
	}
	for _, tt := range tests {
		_, an := extractText(t, "A Headline For Rules\n\n"+tt.body+"\n")
		var kinds []string
		for _, f := range an.Flags {
			kinds = append(kinds, string(f.Kind))
		}
		if got := strings.Join(kinds, ","); got != string(tt.want) {
			t.Errorf("%q: flags %q; want %q", tt.body, got, tt.want)
		}
	}
}

// TestTrapRules runs every sentence-level trap rule, with its condition,
// on its own example and near miss inside an undated article, plus cases
// a pattern alone cannot settle.
func TestTrapRules(t *testing.T) {
	for _, r := range trapRules {
		t.Run(r.name, func(t *testing.T) {
			if !raises(t, r.fires, r.kind) {
				t.Errorf("%q does not raise %s", r.fires, r.kind)
			}
			if raises(t, r.misses, r.kind) {
				t.Errorf("near miss %q raises %s", r.misses, r.kind)
			}
		})
	}
	for _, c := range []struct {
		body string
		kind FlagKind
		want bool
	}{
		{"The law comes into force on 1 January 2006.", YearMissing, false},
		{"The party, expected to launch on Wednesday, has no leader yet.", RelativeDate, true},
		{"Smith's aides said the talks went well.", AnonymousSource, false},
		{"The minister said the bill is expected to pass.", UnsourcedClaim, false},
		{"The bill is expected to pass.", UnsourcedClaim, true},
		{"According to tribal sources in Iraq, he fled.", AnonymousSource, true},
		{"The Daily Telegraph reported that she had resigned.", SecondHand, true},
		// "not immediately possible": the hedge between "not" and "possible" (fnc1-body-311's kind of sentence).
		{"It was not immediately possible to verify its authenticity.", NotConfirmed, true},
		{"It was possible to verify its authenticity.", NotConfirmed, false},
		{"Jones told the Daily Telegraph she had resigned.", SecondHand, false},
		{"The Lebanese newspaper said, citing security officials, that she was held.", SourceChain, true},
		{"He tweeted a photo of himself holding a head.", SocialMedia, true},
		// Vetoes: a speaker's own words, a credited accuser, a description.
		{"Smith said: \"We will meet again on Tuesday to agree the deal.\"", RelativeDate, false},
		{"\"It is the biggest shake-up in the history of the show,\" said Smith.", UnsourcedClaim, false},
		{"Human Rights Watch has alleged that soldiers fired on the crowd.", NotConfirmed, false},
		{"In the video, the man delivers what appears to be a prepared statement.", NotConfirmed, false},
		{"The show was relaunched in December last year to win viewers back.", YearMissing, false},
		{"The analyst said life was likely to be confusing for buyers, he said.", UnsourcedClaim, false},
		{"We found out on Tuesday what can happen with hijacked planes.”", RelativeDate, false},
		{"The king expressed his anger by citing an old film about revenge.", SourceChain, false},
		{"She also claims to be a feminist.", InterestedParty, false},
		{"Militants from Islamic State (Isis) claimed to have killed a journalist.", InterestedParty, true},
		{"Copies of the messages seen by the BBC News website were yellow.", SourceChain, false},
		{"Arabic press reports of the king's flight have been denied by a spokesman.", SecondHand, false},
		{"The weapons included grenades, according to a video uploaded by a group loyal to the militants.", SocialMedia, true},
		{"The weapons included grenades, according to a video uploaded by a group loyal to the militants.", SecondHand, false},
		// A full date anywhere anchors the relative ones.
		{"The minister resigned on Tuesday. The party met on 4 February 2015 to choose a leader.", RelativeDate, false},
	} {
		if got := raises(t, c.body, c.kind); got != c.want {
			t.Errorf("%q raises %s: %v, want %v", c.body, c.kind, got, c.want)
		}
	}
}

// TestDateRulesOnlyInUndatedArticles: the date rules do not run at all
// in a dated article (articleKinds). Their examples raise their flags in
// an undated article and not under a byline's date, as when the rules
// ran and their condition refused the match; the sentences' other traps
// are raised either way.
func TestDateRulesOnlyInUndatedArticles(t *testing.T) {
	const byline = "By Test Writer, March 3, 2025 10:00 AM GMT\n\n"
	for _, c := range []struct{ body, rule string }{
		{"The minister resigned on Tuesday.", "relative day"},
		{"The law comes into force on 1 January.", "month without year"},
		{"The party, expected to launch next week, has no leader yet.", "relative day"},
	} {
		if !raisedBy(t, c.body, c.rule) {
			t.Errorf("%q in an undated article: rule %q raises nothing", c.body, c.rule)
		}
		if raisedBy(t, byline+c.body, c.rule) {
			t.Errorf("%q under a dated byline: rule %q raises a flag", c.body, c.rule)
		}
	}
	if !raises(t, byline+"The party, expected to launch next week, has no leader yet.", UnsourcedClaim) {
		t.Errorf("a dated article loses its unsourced claim")
	}
}

// TestWeekdayWithItsDate: "on Thursday 24 February" says which Thursday
// (held-out h13: the flag, and a question on it, said a reader could not
// tell); a score or a name after the weekday is no date.
func TestWeekdayWithItsDate(t *testing.T) {
	for body, want := range map[string]bool{
		"The vote will take place on Thursday 24 February and will cost the borough £95,000.": false,
		"The board will meet on Tuesday, March 14, to close three branches.":                  false,
		"Rovers sacked their manager after Saturday's 3-0 home defeat by Carnford Town.":      true,
		"In a radio interview on Monday, 50 Cent said the newcomer was disloyal.":             true,
	} {
		if got := raisedBy(t, body, "relative day"); got != want {
			t.Errorf("%q raises the relative day: %v, want %v", body, got, want)
		}
	}
}

// raisedBy reports whether body, as an article, raises a flag by the
// trap rule named rule.
func raisedBy(t *testing.T, body, rule string) bool {
	t.Helper()
	_, an := extractText(t, "A Headline For Rules\n\n"+body+"\n")
	for _, f := range an.Flags {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// raises reports whether body, as an undated article, raises a flag of kind.
func raises(t *testing.T, body string, kind FlagKind) bool {
	t.Helper()
	_, an := extractText(t, "A Headline For Rules\n\n"+body+"\n")
	for _, f := range an.Flags {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

func TestHedgedHeadline(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Format wars could confuse users\n\nThe rival formats could confuse users, analysts warned.\n", true},
		{"Format wars could confuse users\n\nThe rival formats confuse users, a survey of 2,000 buyers found.\n", false},
		{"Harbour ferry to run all night from May\n\nThe harbour ferry will run all night from May.\n", false},
		// "Allegedly" hedges a headline; a body that only says "allegedly"
		// too is no surer.
		{"Singer allegedly punched photographer\n\nThe singer allegedly punched a photographer outside the club.\n", true},
		{"Singer allegedly punched photographer\n\nThe singer allegedly punched a photographer.\n\nPolice said the singer punched the photographer and charged him.\n", false},
		// A question inside a quotation is someone's question, not the
		// headline's doubt.
		{"Teen wakes up in surgery and asks doctors ‘How’s it going?’\n\nA teen may have woken up in surgery and asked doctors how it was going.\n", false},
		// A body that never speaks of the headline's topic says nothing
		// either way.
		{"Lenovo might buy BlackBerry again\n\nThe city council approved a new budget for its parks on Monday.\n", false},
		// "Report says" credits a source, and says so: not a hedge.
		{"Chipmaker to cut 2,000 jobs, report says\n\nThe chipmaker plans to cut 2,000 jobs, according to a news agency.\n", false},
	} {
		_, an := extractText(t, c.text)
		got := false
		for _, f := range an.Flags {
			got = got || f.Kind == HeadlineHedged
		}
		if got != c.want {
			t.Errorf("%q: hedged-headline flag %v, want %v", c.text, got, c.want)
		}
	}
}

// A promise reported in a pronoun's speech ("he said he … would not
// commit") is that person's, never the last speaker's before it: a
// director's words were put to his film's distributor (held-out h4, K).
// A pronoun that acts itself ("they pledged") still stands for the last
// speaker.
func TestReportedCommitmentIsTheSpeakers(t *testing.T) {
	_, an := extractText(t, "A Headline For Promises\n\n"+
		"Greyfield Pictures said it had booked 120 more screens. "+
		"Asked about the reports, he said he had nothing signed and would not commit to any new film until the end of the year.\n")
	for _, f := range an.ByKind(NoCommitment) {
		if f.Subject == "Greyfield Pictures" {
			t.Errorf("a pronoun's reported promise credited to the speaker before it: %+v", f)
		}
	}
	_, an = extractText(t, "A Headline For Promises\n\n"+
		"The Tories said they would vote against the bill. And they pledged to assess the cost of the scheme.\n")
	if got := an.ByKind(Commitment); len(got) != 1 || got[0].Subject != "Tories" {
		t.Errorf("\"they pledged\" after the Tories spoke: %+v; want one commitment by the Tories", got)
	}
}

// A rule's match that stops on a preposition ("according to a report
// in") is quoted in its explanation with what follows it, up to the
// phrase's end; a phrase that runs on is not cut into a fragment.
func TestThroughObject(t *testing.T) {
	for _, c := range []struct{ text, match, want string }{
		{"He tested positive, according to a report in the Flemish press on Thursday.", "according to a report in", "according to a report in the Flemish press on Thursday"},
		{"According to a report in The Sun, the pair split.", "According to a report in", "According to a report in The Sun"},
		{"It was said, according to a report by the paper that first broke the story.", "according to a report by", "according to a report by the paper"},
		{"He quit, according to a report in a newspaper which has been known to get such things wrong more than once.", "according to a report in", "according to a report in"},
	} {
		at := strings.Index(c.text, c.match)
		if got := throughObject(c.text, at, at+len(c.match)); got != c.want {
			t.Errorf("throughObject(%q) = %q; want %q", c.match, got, c.want)
		}
	}
}
