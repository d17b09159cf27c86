package facts

import (
	"slices"
	"testing"

	"github.com/lede-app/lede/data/internal/corpus"
	"github.com/lede-app/lede/data/internal/lazyre"
)

// TestFromStartsIsFind checks the searches from known starts (the role
// patterns, statementPattern, the dates', the weekdays') against the patterns' own, on every
// sentence of the test articles and of the development set (when it is
// here), and on sentences made to sit at its edges.
func TestFromStartsIsFind(t *testing.T) {
	texts := corpus.Sentences(t, "../..",
		"Alibaba founder and executive chairman Jack Ma said so.",
		"Committee chair Dafydd Rees and chief executive Helen Mörk Smith met.",
		"The co-founder Ann Lee, vice-president Bo Diddley and CEO Tim Cook.",
		"xchairman Ann Lee", "_chairman Ann Lee", "9chairman Ann Lee", "x\u017fenior director Ann Lee",
		"\u017fenior director Ann Lee", "Senior \u017fpokesman Ann Lee", "chief executive officer  Ann Lee Jones.",
		"chairmen Ann Lee", "CEOs Ann Lee", "\xffchairman Ann Lee", "é chairman Ann Lee", "Mörkchairman Ann Lee",
		"head teacher Ann Lee; headteacher Bob Smith & director Cy Twombly", "",
		"The lead researcher, Dr. Paulo Ferreira, said", "Chair, Ellen Marsh, and its chair, Bo Li, and Her editor, Cy Young, met.",
		"Monday, Jan. 1 and March 31, 2016, 4 May 2024, Saturday, May 4 and 12th June; on Monday, last Fridayé x5 May",
		" He said so", "\tthe company said it would", "Ann  Lee said\u00a0so", "x The firm said no", "It said ok", "Éva Kis said yes",
		"xThe chair, Ann Lee, said", "THE CHAIR, Ann Lee, said", "Their\tchair, Ann Lee,", "Ther chair, Ann Lee,",
		"on Monday, last  Friday, until\tSunday, xon Monday, onMonday, Mondays, since\u00a0Tuesday, From Wednesday, next friday",
		"Ann Bea Cid Dee Eve, however, on Monday has reportedly said it.", "Ann Bea Cid Dee Eve, however,  on Monday had\tallegedly told the BBC so",
		"x Ann Bea Cid Dee Eve meanwhile on Monday has reportedly said it", "The company, though, later have allegedly tells all",
		"Ann is reporting that", "He saidx it", "It\u00a0said so", "They\vsaid so", "\tShe stated: yes", "The firm, He said so",
		"Thursday_ 9Friday lastSaturday é Sunday, this\n Monday, \u017fince Monday, by by Tuesday, on on, Monday.",
	)
	for _, text := range texts {
		want := roleBeforeName.Re().FindAllStringSubmatchIndex(text, -1)
		if got := rolesBeforeNames(text); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("rolesBeforeNames(%q) = %v, FindAll finds %v", text, got, want)
		}
		if got, want := statementPattern.FindStringSubmatchIndexAt(text, statementStarts(text)), statementPattern.Re().FindStringSubmatchIndex(text); !slices.Equal(got, want) {
			t.Errorf("statementPattern in %q from statementStarts: %v, Find %v", text, got, want)
		}
		for _, c := range []struct {
			re    *lazyre.Regexp
			words lazyre.Words
			nums  bool
		}{{datePattern, dateStartWords(), true}, {weekdayAlone, weekdayStartWords(), false}} {
			want := c.re.Re().FindAllStringSubmatchIndex(text, -1)
			if got := c.re.FindAllStringSubmatchIndexAt(text, lazyre.WordStarts(text, c.words, c.nums)); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%#q in %q from its words: %v, FindAll %v", c.re, text, got, want)
			}
		}
		if got, want := weekdaysAlone(text), weekdayAlone.Re().FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("weekdaysAlone(%q) = %v, FindAll %v", text, got, want)
		}
		wantComma := roleCommaName.Re().FindAllStringSubmatch(text, -1)
		if got := rolesAfterDeterminers(text); !slices.EqualFunc(got, wantComma, slices.Equal) {
			t.Errorf("rolesAfterDeterminers(%q) = %q, FindAll finds %q", text, got, wantComma)
		}
	}
}
