package quiz

import (
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Places as held-out set 15 wrote them (docs/quality.md, 2026-12-02):
// "south east England" passed for "North East England", the two sharing
// "east" and "England"; "Washington, D.C." for the state of Washington;
// "WA" was refused for it. Table: TestHeldOutFifteenPlaces.

// compassMarks are the strings without which a text names no point of
// the compass.
var compassMarks = newFoldMarks("north", "south", "east", "west")

// compassPoint finds a point of the compass, as one word or two:
// "north-east", "North East", "northeastern", "south", "western".
var compassPoint = lazyre.New(`(?i)\b(north|south)[\s-]?(east|west)(?:ern|erly)?\b|\b(north|south|east|west)(?:ern|erly|wards?)?\b`)

// compass is a point of the compass as its two parts, each "" when the
// point has none: north-east is {"north", "east"}, west {"", "west"}.
type compass struct{ ns, ew string }

// compassPoints returns the points of the compass text names.
func compassPoints(text string) []compass {
	if !compassMarks.in(text) {
		return nil // most texts name none
	}
	var out []compass
	for _, m := range compassPoint.FindAllStringSubmatch(text, -1) {
		c := compass{strings.ToLower(m[1]), strings.ToLower(m[2])}
		if m[3] != "" {
			switch w := strings.ToLower(m[3]); w {
			case "north", "south":
				c.ns = w
			default:
				c.ew = w
			}
		}
		out = append(out, c)
	}
	return out
}

// against reports whether two points of the compass point away from
// each other: north-east and south-east do, north-east and east do not.
func (c compass) against(d compass) bool {
	return c.ns != "" && d.ns != "" && c.ns != d.ns || c.ew != "" && d.ew != "" && c.ew != d.ew
}

// otherCompassPoint reports whether every point of the compass an
// answer names points away from every point the keys name: "south east
// England" for "North East England", "South Korea" for "North Korea".
// "the east" or "the north" for "the north-east" are left to the other
// checks, as is an answer that names no point.
func otherCompassPoint(q Question, answer string) bool {
	if !slices.ContainsFunc(q.Accepted, compassMarks.in) {
		return false // most keys name no point of the compass
	}
	got := compassPoints(answer)
	if len(got) == 0 {
		return false
	}
	var want []compass
	for _, acc := range q.Accepted {
		want = append(want, compassPoints(acc)...)
	}
	if len(want) == 0 {
		return false
	}
	for _, g := range got {
		for _, w := range want {
			if !g.against(w) {
				return false
			}
		}
	}
	return true
}

// asksState finds a question about a state, and asksCity one about a
// city: "In which state is Willapa Bay?", "What US state …?".
var (
	asksState = lazyre.New(`(?i)\b(?:which|what)\s+(?:[a-z.]+\s+)?state\b`)
	asksCity  = lazyre.New(`(?i)\b(?:which|what)\s+(?:[a-z.]+\s+)?city\b`)
)

// cityMark finds what makes a name a city's: "Washington, D.C.", "DC",
// "District of Columbia", "New York City"; stateMark a state's.
var (
	cityMark  = lazyre.New(`(?i)\bd\.\s?c\b\.?|\bdc\b|\bdistrict\s+of\s+columbia\b|\bcity\b`)
	stateMark = lazyre.New(`(?i)\bstate\b`)
)

// otherPlaceOfName reports whether an answer names the city to a
// question that asks for a state, or the state to one that asks for a
// city, by the name they share: "Washington, D.C." for the state of
// Washington, "New York City" for the state, "Washington state" for
// "Washington, D.C.". A key that says it is right.
func otherPlaceOfName(q Question, answer string) bool {
	var mark *lazyre.Regexp
	switch {
	case !strings.Contains(q.Prompt, "state") && !strings.Contains(q.Prompt, "city"):
		return false // most questions ask neither
	case asksState.MatchString(q.Prompt):
		mark = cityMark
	case asksCity.MatchString(q.Prompt):
		mark = stateMark
	default:
		return false
	}
	if !mark.MatchString(answer) {
		return false
	}
	for _, acc := range q.Accepted {
		if mark.MatchString(acc) {
			return false
		}
	}
	return true
}

// withStateNames adds, to a question that asks for a state, the short
// names of a keyed state whose name is also a city's ("WA" for
// "Washington", "NY" for "New York"), listed as "washington state".
func withStateNames(q Question) []string {
	if !strings.Contains(q.Prompt, "state") || !asksState.MatchString(q.Prompt) {
		return q.Accepted
	}
	out := q.Accepted
	for _, acc := range q.Accepted {
		for _, short := range placeShorts[Normalize(acc)+" state"] {
			if !containsFold(out, short) {
				out = append(out[:len(out):len(out)], short)
			}
		}
	}
	return out
}
