package quiz

import (
	"slices"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/lexicon"
)

// Names as held-out set 10 wrote them (docs/quality.md, 2026-12-01,
// night): a rank before a surname, a clipped word, initials spelt out, a
// web address, a country's people, a part of a place. Table:
// TestHeldOutTenNames.

// rankTitles are ranks and posts said before a surname alone, as news
// writes them after the first mention: "Officer Wilson", "Chief Belmar",
// "Ambassador Stevens". They are not in titleWords, which the generator
// reads too.
var rankTitles = wordSet(`officer chief ambassador detective inspector sergeant constable commander
	sheriff deputy coach commissioner superintendent agent trooper lieutenant major corporal private admiral`)

// demonymOf gives the word for a country's people, from the lexicon's
// lists; ok is false for any other name.
func demonymOf(country string) (string, bool) {
	if d, ok := lexicon.English.Demonyms[country]; ok {
		return d, true
	}
	d, ok := lexicon.English.MoreDemonyms[country]
	return d, ok
}

// clippedName reports whether an answer is a proper-name key with one of
// its words clipped to its first letters, as people shorten names: "Chris
// Stevens" for "Christopher Stevens", "San Fran" for "San Francisco", "Man
// City" for "Manchester City". The clipped word keeps three letters or
// more of a word of six or more, every other word is the key's as written,
// and no wrong answer the question names fits the same way ("Man United"
// is not Manchester City, nor "Christine Stevens" Christopher).
func clippedName(q Question, answer string) bool {
	answer = strings.TrimSpace(answer)
	if !strings.Contains(answer, " ") || !slices.ContainsFunc(q.Accepted, func(key string) bool { return mayBeClipped(answer, key) }) {
		return false // most answers and keys are no name of two words: skip the splitting
	}
	typed := strings.Fields(Normalize(answer))
	if len(typed) < 2 {
		return false
	}
	fits := func(key string) bool {
		if !isProperName(key) {
			return false
		}
		words := strings.Fields(Normalize(key))
		if len(words) != len(typed) {
			return false
		}
		clipped := 0
		for i, w := range words {
			switch {
			case typed[i] == w:
			case len(typed[i]) >= 3 && len(w) >= 6 && len(w)-len(typed[i]) >= 2 && strings.HasPrefix(w, typed[i]):
				clipped++
			default:
				return false
			}
		}
		return clipped == 1
	}
	for _, d := range q.Distractors {
		if fits(d) {
			return false
		}
	}
	for _, acc := range q.Accepted {
		if fits(acc) {
			return true
		}
	}
	return false
}

// spellsOutInitials reports whether an answer spells out a key that is
// initials: "Federal Bureau of Investigation" for "the FBI". Each word
// the answer has, but the small ones initials pass over ("of", "and"),
// gives the next letter, in order, and there are three letters or more:
// two letters are too easily met by chance.
func spellsOutInitials(q Question, answer string) bool {
	if !slices.ContainsFunc(q.Accepted, func(a string) bool { return initialsKey(a) != "" }) {
		return false // most keys are no initials: skip reading the answer
	}
	words := strings.Fields(Normalize(answer))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	var letters []byte
	for _, w := range words {
		if initialsSkip[w] {
			continue
		}
		if len(w) < 3 || !isLetters(w) {
			return false // "FB Investigation" is no spelling-out
		}
		letters = append(letters, w[0])
	}
	if len(letters) < 3 || strings.Contains(strings.ToLower(q.Prompt), string(letters)) {
		return false // "What does DRM stand for?": the words are the question
	}
	for _, acc := range q.Accepted {
		if keyInitials(acc) == string(letters) {
			return false // the key spells them out itself: its words decide
		}
	}
	for _, acc := range q.Accepted {
		if key := initialsKey(acc); len(key) == len(letters) && strings.EqualFold(key, string(letters)) {
			return true
		}
	}
	return false
}

// initialsKey returns a key that is initials in capitals, without its
// "the": "FBI" for "the FBI"; "" for any other key.
func initialsKey(acc string) string {
	key := strings.TrimSpace(acc)
	if len(key) > 4 && strings.EqualFold(key[:4], "the ") {
		key = key[4:]
	}
	if len(key) < 3 || len(key) > 8 {
		return ""
	}
	for i := 0; i < len(key); i++ {
		if key[i] < 'A' || key[i] > 'Z' {
			return ""
		}
	}
	return key
}

// mayBeClipped is clippedName's cheap look at a key: two words or more,
// opening with a capital, as many as the answer has, and longer than it.
func mayBeClipped(answer, key string) bool {
	key = strings.TrimSpace(key)
	return len(key) > len(answer) && key[0] >= 'A' && key[0] <= 'Z' && strings.Count(key, " ") == strings.Count(answer, " ")
}

// keyInitials gives the first letters of a key's words but the small
// ones, in lower case: "digital rights management" → "drm".
func keyInitials(key string) string {
	var b strings.Builder
	for _, w := range strings.Fields(Normalize(key)) {
		if !initialsSkip[w] && w != "the" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// compassWords are the directions a region is named by, as the adjective
// and the noun.
var compassWords = map[string]string{
	"northern": "north", "southern": "south", "eastern": "east", "western": "west",
	"north": "north", "south": "south", "east": "east", "west": "west",
	"northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
	"northeast": "northeast", "northwest": "northwest", "southeast": "southeast", "southwest": "southwest",
}

// compassInitials are the points of the compass as initials with a
// point, before a capitalised name: "N. America", "S. Korea".
var compassInitials = map[string]string{"N": "north", "S": "south", "E": "east", "W": "west",
	"NE": "northeast", "NW": "northwest", "SE": "southeast", "SW": "southwest"}

// samePartOfPlace reports whether an answer names the key's part of a
// place or its compass name in another form. A key that names a region
// in lower case ("northern Lebanon") is also "north Lebanon" and "the
// north of Lebanon"; a key whose direction is part of a name ("North
// America", "North Korea") is only shortened: "N. America", never
// "northern Korea". Another direction or place is no match.
func samePartOfPlace(q Question, answer string) bool {
	if !slices.ContainsFunc(q.Accepted, mayNameDirection) {
		return false // most keys name no direction: skip reading the answer
	}
	got, ok := compassPlace(answer, true)
	if !ok {
		return false
	}
	for _, acc := range q.Accepted {
		key, ok := compassPlace(acc, false)
		if !ok || key.direction != got.direction || key.place != got.place {
			continue
		}
		if key.region || got.name {
			return true
		}
	}
	return false
}

// mayNameDirection is samePartOfPlace's cheap look at a key: a word
// opening with north, south, east or west, read without splitting it.
func mayNameDirection(key string) bool {
	for i := 0; i < len(key); i++ {
		if i > 0 && key[i-1] != ' ' || !strings.ContainsRune("nNsSeEwW", rune(key[i])) {
			continue
		}
		for _, d := range [...]string{"north", "North", "south", "South", "east", "East", "west", "West"} {
			if strings.HasPrefix(key[i:], d) {
				return true
			}
		}
	}
	return false
}

// placePart is a direction and the place it is a part of.
type placePart struct {
	direction, place string
	region           bool // the direction in lower case: a part of the place
	name             bool // written as the key's name is, or as its initial
}

// compassPlace reads "northern Lebanon", "the north of Lebanon", "North
// America", "N. America" (initials only in an answer, where initials is
// set). ok is false for anything else.
func compassPlace(s string, initials bool) (placePart, bool) {
	words := strings.Fields(strings.TrimSpace(s))
	the := false
	for len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "in")) {
		the = the || strings.EqualFold(words[0], "the")
		words = words[1:]
	}
	if len(words) < 2 {
		return placePart{}, false
	}
	first := strings.TrimSuffix(words[0], ".")
	p := placePart{}
	if d, ok := compassInitials[first]; ok && initials && strings.HasSuffix(words[0], ".") {
		p.direction, p.name = d, true
	} else if d, ok := compassWords[strings.ToLower(first)]; ok {
		// "north" is a name's word ("North America"), "northern" only a
		// part's; a key's lower case says it names a part ("northern
		// Lebanon").
		p.direction = d
		p.region = unicode.IsLower([]rune(first)[0])
		p.name = strings.ToLower(first) == d
	} else {
		return placePart{}, false
	}
	rest := words[1:]
	if strings.EqualFold(rest[0], "of") {
		if !the {
			return placePart{}, false // "north of Lebanon" is outside it
		}
		rest = rest[1:] // "the north of Lebanon"
		p.region, p.name = true, false
	}
	if len(rest) == 0 || len(rest) > 3 || !initials && !startsUpper(rest) {
		return placePart{}, false
	}
	p.place = Normalize(strings.Join(rest, " "))
	return p, true
}

// webAddress finds a name written as its web address: "globalpost.com",
// "www.bbc.co.uk".
var webAddress = lazyre.New(`(?i)^\s*(?:https?://)?(?:www\.)?([a-z0-9-]+)\.(?:com|org|net|co\.uk|org\.uk|co|info|news)/?\s*$`)

// webAddressName reports whether an answer is the key written as a web
// address: "globalpost.com" for GlobalPost. The name must be the key's,
// letter for letter.
func webAddressName(q Question, answer string) bool {
	if !strings.Contains(answer, ".") {
		return false
	}
	m := webAddress.FindStringSubmatch(answer)
	if m == nil {
		return false
	}
	name := strings.ReplaceAll(strings.ToLower(m[1]), "-", "")
	for _, acc := range q.Accepted {
		if strings.ReplaceAll(Normalize(acc), " ", "") == name {
			return true
		}
	}
	return false
}

// otherFormOfName reports whether an answer names the key in a form
// people write it in: clipped ("Chris Stevens"), spelt out from its
// initials ("Federal Bureau of Investigation"), a part of a place by
// another of its names ("the north of Lebanon"), a web address
// ("globalpost.com"), a first name as its initial ("R. Thomas"), words
// written short ("Int'l Association").
func otherFormOfName(q Question, answer string) bool {
	return clippedName(q, answer) || spellsOutInitials(q, answer) || samePartOfPlace(q, answer) || webAddressName(q, answer) ||
		initialledName(q, answer) || abbreviatedWords(q, answer)
}
