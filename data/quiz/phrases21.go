package quiz

import (
	"slices"
	"strings"
	"sync"
)

// Everyday words for the key's, as held-out set 21 wrote them
// (docs/quality.md): "to save cash" for "To save money", "a bottle top
// of water" for "A bottle cap of water", "the generator got too hot" for
// "A generator overheated", "reply" for "To respond", "roman ruins" for
// "Roman remains" — partly right or wrong, the everyday word read as a
// word the key lacks. Each group below is words that say the same thing
// in an answer; where a key has one of a group and an answer another
// (and not the key's), the answer's is read as the key's, and the rest
// of the answer still decides (TestHeldOutTwentyOneSameMeaning).

// sameMeaning are the groups of words, and phrases, that say the same.
// A phrase of several words is written with spaces.
var sameMeaning = [][]string{
	{"money", "cash"},
	{"cap", "top", "lid"},
	{"remains", "ruins"},
	{"overheated", "got too hot", "became too hot", "overheating"},
	{"respond", "reply", "answer"},
	{"responded", "replied", "answered"},
	// British and American words for one thing, and everyday words for
	// the key's (held-out set 22): "leaded gasoline", "young salmon",
	// "minor cuts", "a rapid-assessment area".
	{"petrol", "gasoline"},
	{"juvenile", "young"},
	{"minor", "small"},
	{"zone", "area"},
	{"postpone", "delay", "put off"},
	// Everyday words for the key's, as set 23's students wrote them:
	// "a schedule for the work", "drone and satellite pictures", "the
	// last pass", "still water", "to keep the parchment safe", "the
	// government reduced subsidies".
	{"timetable", "schedule"},
	{"images", "pictures", "photos", "photographs", "imagery"},
	{"image", "picture", "photo", "photograph"},
	{"final", "last"},
	{"standing", "still"},
	{"protect", "preserve", "keep safe", "safeguard"},
	{"cut", "reduced", "lowered"},
	// Everyday words for vehicles and mishaps ("a motorbike crash" for
	// "a motorcycle accident": the real window's probes, 2026-12-04).
	{"motorcycle", "motorbike"},
	{"car", "automobile"},
	{"accident", "crash", "collision"},
	// Plain words for the formal ones news quotes ("a crime" for "a
	// criminal offence", "if in doubt, keep it" for "if in doubt
	// retain"), and the British parties' two names.
	{"criminal offence", "criminal offense", "crime"},
	{"retain", "keep"},
	{"retained", "kept"},
	{"tory", "conservative"},
	{"tories", "conservatives"},
	// Going up and down, and where, in everyday words (held-out set 25:
	// "increased from three to nearly five years", "next to Brabrand
	// Lake", "the main train station").
	{"grown", "increased", "risen", "gone up"},
	{"grew", "increased", "rose", "went up"},
	{"fallen", "dropped", "decreased", "declined", "gone down"},
	{"fell", "dropped", "decreased", "declined", "went down", "down"},
	{"beside", "next to"},
	{"railway station", "train station", "rail station"},
	{"rejected", "voted down", "turned down", "defeated", "failed"}, // (held-out set 26)
}

// sameMeaningMarks are every word of sameMeaning, for withKeysMeaning's
// first look.
var sameMeaningMarks = sync.OnceValue(func() *foldMarks {
	var words []string
	for _, group := range sameMeaning {
		words = append(words, group...)
	}
	return newFoldMarks(words...)
})

// withKeysMeaning writes an answer's word from a group of sameMeaning as
// the key's word of that group, where the key has one and the answer
// has another, not the key's.
func withKeysMeaning(q Question, answer string) string {
	if !sameMeaningMarks().in(answer) {
		return answer // most answers hold no word of any group, at one look
	}
	norm := " " + Normalize(answer) + " "
	changed := false
	keys := make([]string, len(q.Accepted)) // each normalised once, not once a group
	for i, acc := range q.Accepted {
		keys[i] = " " + Normalize(acc) + " "
	}
	for _, group := range sameMeaning {
		for _, key := range keys {
			i := slices.IndexFunc(group, func(w string) bool { return holdsSpaced(key, w) })
			if i < 0 {
				continue
			}
			for j, w := range group {
				if j != i && holdsSpaced(norm, w) && !holdsSpaced(norm, group[i]) {
					norm = strings.Replace(norm, " "+w+" ", " "+group[i]+" ", 1)
					changed = true
				}
			}
			break
		}
	}
	if !changed {
		return answer
	}
	return strings.TrimSpace(norm)
}

// holdsSpaced reports whether s holds w with a space on each side, as
// strings.Contains(s, " "+w+" ") does, without building that string.
func holdsSpaced(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if i > 0 && s[i-1] == ' ' && i+len(w) < len(s) && s[i+len(w)] == ' ' {
			return true
		}
		from = i + 1
	}
}
