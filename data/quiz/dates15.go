package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Times of day as held-out set 15 wrote them (docs/quality.md,
// 2026-12-02): "Tuesday morning" passed for "Tuesday night", the day
// being right. Table: TestHeldOutFifteenPartsOfDay.

// dayPart finds a part of the day: "morning", "in the afternoon",
// "overnight", "tonight".
var dayPart = lazyre.New(`(?i)\b(morning|dawn|daybreak|breakfast|midday|noon|lunchtime|afternoon|evening|dusk|nightfall|night|tonight|overnight|midnight)s?\b`)

// partsOfDay group the words of dayPart by the part they name: an
// evening meeting may be reported as held at night.
var partsOfDay = map[string]string{
	"morning": "morning", "dawn": "morning", "daybreak": "morning", "breakfast": "morning",
	"midday": "midday", "noon": "midday", "lunchtime": "midday",
	"afternoon": "afternoon",
	"evening":   "night", "dusk": "night", "nightfall": "night", "night": "night", "tonight": "night",
	"overnight": "night", "midnight": "night",
}

// partsOfDayIn returns the parts of the day text names.
func partsOfDayIn(text string) []string {
	var out []string
	for _, m := range dayPart.FindAllStringSubmatch(text, -1) {
		if p := partsOfDay[strings.ToLower(m[1])]; !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// partOfDayMarks are the strings without which a text names no part of
// the day.
var partOfDayMarks = newFoldMarks("morning", "dawn", "daybreak", "breakfast", "midday", "noon", "lunch", "afternoon", "evening", "dusk", "night")

// otherPartOfDay reports whether an answer names only other parts of the
// day than every key that names one: "Tuesday morning" for "Tuesday
// night" (a key "Tuesday" beside it does not make the morning right).
// "Tuesday evening" for "Tuesday night" is the same part.
func otherPartOfDay(q Question, answer string) bool {
	if !partOfDayMarks.in(answer) {
		return false // most answers name none
	}
	var want []string
	for _, acc := range q.Accepted {
		if partOfDayMarks.in(acc) {
			want = append(want, partsOfDayIn(acc)...)
		}
	}
	if len(want) == 0 {
		return false
	}
	got := partsOfDayIn(answer)
	return len(got) > 0 && !slices.ContainsFunc(got, func(p string) bool { return slices.Contains(want, p) })
}
