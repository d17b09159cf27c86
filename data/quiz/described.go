package quiz

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/lexicon"
)

// WithDescribedForms reads, for a key that names a person or an
// organisation, what else the article calls it in any of its sentences,
// and returns the key with the forms a student may answer with, and the
// descriptions the article gives other people (others, wrong answers for
// this key). A description in the key that the article also gives
// another person is taken out of it (never the teacher's own first
// answer): "the mining analyst" names neither of two mining analysts.
//
// A person's descriptions are read
//   - before a name ("ex-ITN political editor John Sergeant", "Jordanian
//     King Abdullah"), a title's "of" after it ("King Abdullah of
//     Jordan"), and between commas after it ("Abdullah, the king of
//     Jordan,");
//   - as the subject opening the next sentence ("… is Kelvin MacKenzie.
//     The former Sun editor dispensed …"): a definite description with a
//     post stands for the person the sentence before it is about — the
//     one it names (a name after "the", as in "the Simon Cowell seat",
//     is no one), or of several the one it opens on, unless the other
//     did it ("Tait was replaced by Olly Barkley": neither).
//
// A description names its person only when it has a body, a place or a
// field beside the post ("the editor" alone names no one), and when the
// article gives it to no one else: a description two people share names
// neither, and is a wrong answer for both. Each is offered in the forms
// students write: "former" for "ex-", "the king of Jordan" and "the
// Jordanian king" for each other, each post of a "fly-half-cum-centre".
// An organisation's initials the article uses ("ISIL") and the words they
// stand for, when the article spells them out ("the Islamic State of Iraq
// and the Levant"), answer for each other. lede eval answers reads it
// once, when the question is set, after WithArticleForms.
func WithDescribedForms(accepted []string, a *article.Article) (key, others []string) {
	if len(accepted) == 0 || a == nil {
		return accepted, nil
	}
	key = slices.Clone(accepted)
	for _, f := range spelledInitials(accepted, a.Source) {
		if !containsFold(key, f) {
			key = append(key, f)
		}
	}
	if !isProperName(strings.TrimSpace(accepted[0])) {
		return key, nil
	}
	// A place or a body: what the article says it is, between commas
	// ("Camp Bucca, a US-run prison in southern Iraq,").
	for _, f := range appositionsOf(strings.TrimSpace(accepted[0]), a.Source) {
		if !containsFold(key, f) {
			key = append(key, f)
		}
	}
	people := describedPeople(a)
	who := personOf(strings.TrimSpace(accepted[0]), people)
	if who == "" {
		return key, nil
	}
	holders := map[string][]string{} // a form, normalised → the people given it
	for p, descs := range people {
		for _, d := range descs {
			for _, f := range descriptionForms(d) {
				n := Normalize(f)
				if !slices.Contains(holders[n], p) {
					holders[n] = append(holders[n], p)
				}
			}
		}
	}
	for _, d := range people[who] {
		for _, f := range descriptionForms(d) {
			if len(holders[Normalize(f)]) == 1 && !containsFold(key, f) {
				key = append(key, f)
			}
		}
	}
	for p, descs := range people {
		if p == who {
			continue
		}
		for _, d := range descs {
			for _, f := range descriptionForms(d) {
				if !containsFold(others, f) && !containsFold(key, f) {
					others = append(others, f)
				}
			}
		}
	}
	// A form the key's person shares with another is wrong for both.
	for _, d := range people[who] {
		for _, f := range descriptionForms(d) {
			if len(holders[Normalize(f)]) > 1 && !containsFold(others, f) {
				others = append(others, f)
			}
		}
	}
	slices.Sort(others) // people is a map: the same order on every run
	wrong := map[string]bool{}
	for _, o := range others {
		wrong[strings.TrimPrefix(Normalize(o), "the ")] = true
	}
	kept := key[:1]
	for _, k := range key[1:] {
		if !wrong[strings.TrimPrefix(Normalize(k), "the ")] {
			kept = append(kept, k)
		}
	}
	return kept, others
}

// personOf returns the surname, as describedPeople keys them, of the
// person a key names ("Kelvin MacKenzie", "King Abdullah", "Mr
// MacKenzie"), or "".
func personOf(key string, people map[string][]string) string {
	words := strings.Fields(key)
	last := strings.TrimSuffix(strings.TrimSuffix(words[len(words)-1], "'s"), "’s")
	if _, ok := people[last]; ok {
		return last
	}
	return ""
}

// personTitles are titles written before a name that are also what the
// person is: "King Abdullah" is a king.
var personTitles = wordSet(`king queen prince princess emperor empress sultan sheikh emir pope president
	chancellor senator governor general colonel captain judge`)

// postWords are the heads of a description beside roleNouns' list:
// titles, and players' positions in sport ("the Bath fly-half").
var postWords = wordSet(`king queen prince princess emperor empress sultan sheikh emir pope monarch
	fly-half scrum-half centre center winger wing full-back fullback prop hooker lock flanker forward
	number-eight half-back quarterback pitcher batsman bowler keeper wicketkeeper goalkeeper midfielder
	defender striker winger
	driver nurse postman postwoman farmer builder plumber electrician cleaner miner soldier shopkeeper
	chef mechanic accountant banker solicitor barrister surgeon firefighter paramedic carer volunteer
	collector pensioner landlord tenant
	architect herder shepherd fisherman referee umpire curator lecturer priest vicar bishop imam rabbi pastor
	vet dentist pharmacist midwife carpenter surveyor planner ranger warden alderman councillor justice
	lawmaker legislator diplomat`)

// postSuffixes end the names of trades and sciences the lists above do
// not hold: "meteorologist", "statistician", "photographer" (held-out
// set 24: "ECCC meteorologist Dr Karen Lindqvist" gave no description).
var postSuffixes = []string{"ologist", "ician", "ographer"}

// isTradeWord reports whether w ends like the name of a trade or science.
func isTradeWord(w string) bool {
	for _, suffix := range postSuffixes {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// genericWords say nothing of whose a post is: "the former editor" names
// no one the article's other editors could not be.
var genericWords = wordSet(`the a an former ex then new current late acting outgoing incoming senior top chief
	deputy assistant joint interim his her their its`)

// describedPeople reads, once for the article, each person it names
// (keyed by surname) and the descriptions it gives them anywhere.
func describedPeople(a *article.Article) map[string][]string {
	people := map[string][]string{}
	full := map[string]string{} // surname → the first full name read
	shared := map[string]bool{} // surnames two people share: left out
	bodies := map[string]bool{} // names the article calls a group, firm …: left out
	add := func(surname, desc string) {
		desc = strings.TrimSpace(strings.Trim(desc, ",.;:"))
		if desc != "" && hasPost(desc) && !speechInRole.MatchString(desc) && !slices.Contains(people[surname], desc) {
			people[surname] = append(people[surname], desc)
		}
	}
	surnames := sync.OnceValue(func() map[string]bool { return personSurnames(a.Source) })
	var subjects []string // per sentence, the person it is about, or ""
	for _, s := range a.Sentences {
		var named []string // the people the sentence names, in order
		opens, byAnother := false, false
		for _, loc := range describedNameRun.FindAllStringIndex(s.Text, -1) {
			run := s.Text[loc[0]:loc[1]]
			title, name := personInRun(run)
			if name == "" {
				if _, known := full[run]; known {
					name = run // "Tait", after "Mathew Tait"
				} else {
					continue
				}
			}
			words := strings.Fields(name)
			surname := words[len(words)-1]
			if _, ok := people[surname]; !ok {
				people[surname] = nil
			}
			if len(words) > 1 {
				if f, ok := full[surname]; !ok {
					full[surname] = name
				} else if f != name && !strings.HasSuffix(f, " "+name) && !strings.HasSuffix(name, " "+f) {
					shared[surname] = true
				}
			}
			_, known := full[surname]
			if (known || title != "") && !strings.HasSuffix(s.Text[:loc[0]], "the ") && !slices.Contains(named, surname) {
				// "the Simon Cowell seat": a name as a modifier is no one
				// the sentence is about; nor is "Mr Nasty", a nickname
				// with no full name in the article.
				if len(named) == 0 {
					opens = sentenceOpener.MatchString(s.Text[:loc[0]])
				} else if strings.HasSuffix(s.Text[:loc[0]], " by ") {
					byAnother = true // "Tait was replaced by Olly Barkley"
				}
				named = append(named, surname)
			}
			// Before the name: "ex-ITN political editor John Sergeant";
			// a title is part of the post ("Jordanian King Abdullah").
			at := loc[0] + strings.LastIndex(run, name)
			before := roleBefore(s.Text[:at]+name, name)
			if orgNouns[strings.ToLower(lastWord(before))] {
				bodies[surname] = true // "Militant group Boko Haram": a body, not a person
			}
			if title != "" {
				before = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(before), title))
				if before != "" && namesOrGeneric(before) {
					add(surname, before+" "+title) // "Jordanian King", not "lawmakers and King"
				}
			} else if before != "" {
				add(surname, before)
			}
			after := s.Text[loc[1]:]
			// "King Abdullah of Jordan": the title's place.
			if m := titleOf.FindStringSubmatch(after); m != nil && title != "" {
				add(surname, title+" of "+m[1])
			}
			// "Abdullah, the king of Jordan,": a description between commas.
			if m := appositionAfter.FindStringSubmatch(after); m != nil {
				add(surname, m[1])
			}
			// "Osei, a 34-year-old former bus driver who joined …": one
			// with "a", up to its clause (held-out set 13).
			if m := appositionAfterIndefinite.FindStringSubmatch(after); m != nil {
				add(surname, m[1])
			}
			// "The council's finance director, Colin Baptiste, warned":
			// the description between commas before the name.
			if d := appositionBeforeName(s.Text[:loc[0]], after); d != "" {
				add(surname, d)
			}
			// "Winnipeg's mayor, Diane Kowalchuk,", "Fiji's captain, the
			// lock Semi Radrodro,": a post its owner's name opens, between
			// commas before the name (held-out set 24).
			if d := ownedPostBeforeName(s.Text[:loc[0]], after); d != "" && !ownedByPerson(d, surnames()) {
				add(surname, d)
			}
		}
		// The person a sentence is about: the one it names, or of
		// several the one it opens on, unless another did it ("by").
		subject := ""
		if len(named) == 1 || len(named) > 1 && opens && !byAnother {
			subject = named[0]
		}
		subjects = append(subjects, subject)
	}
	// "… is Kelvin MacKenzie. The former Sun editor dispensed …"
	for i, s := range a.Sentences {
		if i == 0 || subjects[i-1] == "" {
			continue
		}
		if m := openingDescription.FindStringSubmatch(s.Text); m != nil && !ofABody.MatchString(m[1]) {
			// "The group's leader" after a sentence about the group is
			// someone of it, not it.
			add(subjects[i-1], m[1])
		}
	}
	for s := range shared {
		delete(people, s)
	}
	for s := range bodies {
		delete(people, s)
	}
	return people
}

// ownedByPerson reports whether a post's owner is a person the article
// names: "Mottram's barrister" is Simon Kaye, and a description holding
// Mottram's name would make "Mottram" name two people (held-out set 13).
func ownedByPerson(post string, surnames map[string]bool) bool {
	owner, _, ok := strings.Cut(strings.ReplaceAll(post, "’", "'"), "'s ")
	if !ok {
		return false
	}
	words := strings.Fields(owner)
	return surnames[words[len(words)-1]]
}

// personSurnames returns the surnames of the people a text names in
// full anywhere in it ("Mottram" of "Gary Mottram").
func personSurnames(text string) map[string]bool {
	out := map[string]bool{}
	for _, run := range describedNameRun.FindAllString(text, -1) {
		if _, name := personInRun(run); name != "" {
			words := strings.Fields(name)
			out[words[len(words)-1]] = true
		}
	}
	return out
}

// namesOrGeneric reports whether every word is capitalised or says
// nothing of whose a post is: "Jordanian", "former Saudi".
func namesOrGeneric(words string) bool {
	for _, w := range strings.Fields(words) {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !genericWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// describedNameRun finds runs of capitalised words, with "of" or "and"
// between them: a name and the capitals before it ("Jordanian King
// Abdullah").
var describedNameRun = lazyre.New(`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`)

// titleOf finds a place after a titled name: " of Jordan".
var titleOf = lazyre.New(`^\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`)

// appositionAfter finds a definite description between commas right after
// a name: ", the king of Jordan,".
var appositionAfter = lazyre.New(`^,\s+the\s+([^,;:"“”()]{3,60}?)(?:,|\.\s*$|$)`)

// appositionAfterIndefinite finds a description with "a" or "an" right
// after a name, up to the comma or the clause that ends it: ", a
// 34-year-old former bus driver who joined from Dartford,".
var appositionAfterIndefinite = lazyre.New(`^,\s+(?:a|an)\s+([^,;:"“”()]{3,60}?)(?:\s+(?:who|whose|which|that)\b|,|\.\s*$|$)`)

// ofABody finds a description of someone of a body: "group's
// leader", "its chief".
var ofABody = lazyre.New(`(?i)['’]s\b|\b(?:its|their|his|her)\b`)

// sentenceOpener finds the words that may come before a sentence's
// subject: nothing, or "But", "And", "However,".
var sentenceOpener = lazyre.New(`^\s*(?:(?:But|And|However,|Meanwhile,|Now|Then)\s+)?$`)

// openingDescription finds a sentence that opens on a definite
// description and a verb: "The former Sun editor dispensed",
// "The Bath fly-half-cum-centre is likely".
var openingDescription = lazyre.New(`^(?:But |And |Meanwhile, )?[Tt]he\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:is|was|has|had|will|would|could|can|also|then|later|said|told|wrote|made|took|gave|won|lost|led|left|met|saw|became|began|spoke|went|came|got|\p{Ll}+ed|\p{Ll}+s)\b`)

// personInRun splits a run of capitals into the title before a name
// ("King") and the name ("Abdullah", "Kelvin MacKenzie"); name is ""
// when the run names no person.
func personInRun(run string) (title, name string) {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(run, "'s"), "’s"))
	n := len(words)
	if n >= 2 && personTitles[strings.ToLower(words[n-2])] {
		return words[n-2], words[n-1]
	}
	if n >= 2 && honorificWords[strings.ToLower(strings.TrimSuffix(words[n-2], "."))] {
		return "", words[n-1] // "Mr MacKenzie": his surname
	}
	if n < 2 {
		return "", ""
	}
	if n >= 3 {
		w := strings.ToLower(words[n-3])
		if !personTitles[w] && !honorificWords[w] && !postWords[w] && !roleNouns.MatchString(w) && countryOfDemonym[w] == "" &&
			looksLikePerson(foldInnerCapitals(strings.Join(words[n-3:], " "))) {
			return "", strings.Join(words[n-3:], " ") // "Clare Morgana Gillis"
		}
	}
	name = words[n-2] + " " + words[n-1]
	if !looksLikePerson(foldInnerCapitals(name)) {
		return "", ""
	}
	return "", name
}

// foldInnerCapitals lowers the capitals inside words: "MacKenzie" reads
// as a name as "Mackenzie" does.
func foldInnerCapitals(s string) string {
	r := []rune(s)
	for i := 1; i < len(r); i++ {
		if r[i-1] != ' ' && r[i-1] != '-' {
			r[i] = unicode.ToLower(r[i])
		}
	}
	return string(r)
}

// hasPost reports whether a description has a post and, beside it and
// words such as "former", a body, a place or a field: "Bath fly-half",
// "king of Jordan", not "editor" or "former editor".
func hasPost(desc string) bool {
	words := strings.Fields(strings.ToLower(desc))
	post, other := false, false
	for i, w := range words {
		w = strings.Trim(w, ",.;:")
		base := strings.TrimPrefix(w, "ex-")
		isPost := postWords[base] || roleNouns.MatchString(base) || anyPostPart(base) || isTradeWord(base)
		switch {
		case isPost && i == len(words)-1 && genericWords[base]:
			post = true // "Apple design chief"
		case genericWords[w] || w == "of" || w == "and":
			// "chief executive" is a post alone, with no body
		case isPost:
			if post {
				other = true // "Lib Dem home affairs spokesman": two nouns
			}
			post = true
		default:
			other = true
		}
	}
	return post && other
}

// anyPostPart reports whether a compound post has a post in it:
// "fly-half-cum-centre".
func anyPostPart(w string) bool {
	for _, p := range strings.Split(w, "-cum-") {
		if p != w && postWords[p] {
			return true
		}
	}
	return false
}

// descriptionForms writes a description as students do, in lower case:
// with "the", with "former" for "ex-" and back, each post of a
// "fly-half-cum-centre", and a country's adjective as "of" the country
// and back ("the jordanian king", "the king of jordan").
func descriptionForms(desc string) []string {
	var forms []string
	add := func(f string) {
		if f != "" && !slices.Contains(forms, "the "+f) {
			forms = append(forms, "the "+f)
		}
	}
	add(strings.ToLower(desc))
	if age, rest, ok := strings.Cut(strings.ToLower(desc), " "); ok && ageWord.MatchString(age) {
		// "the 34-year-old former bus driver" is "the former bus driver",
		// and "the 34-year-old" (set 13): each names one person where no
		// other has it, as WithDescribedForms checks.
		add(rest)
		add(age)
	}
	for _, f := range ownerForms(strings.ToLower(desc)) {
		add(f) // "the finance director of the council", "the finance director"
	}
	// "planetary scientist at the University of Bern in Switzerland" is
	// still theirs without its place, or its body: "a planetary
	// scientist at the University of Bern" (held-out set 24).
	lower := strings.ToLower(desc)
	for _, cut := range []string{" in ", " at "} {
		if i := strings.LastIndex(lower, cut); i > 0 && hasPost(lower[:i]) {
			add(lower[:i])
		}
	}
	for _, f := range slices.Clone(forms) {
		f = strings.TrimPrefix(f, "the ")
		if strings.HasPrefix(f, "ex-") {
			add("former " + f[3:])
		} else if strings.Contains(f, " ex-") {
			add(strings.Replace(f, " ex-", " former ", 1))
		}
		if strings.HasPrefix(f, "former ") {
			add("ex-" + f[7:])
		}
	}
	for _, f := range slices.Clone(forms) {
		f = strings.TrimPrefix(f, "the ")
		for _, w := range strings.Fields(f) {
			if parts := strings.Split(w, "-cum-"); len(parts) == 2 {
				add(strings.Replace(f, w, parts[0], 1))
				add(strings.Replace(f, w, parts[1], 1))
			}
		}
	}
	for _, f := range slices.Clone(forms) {
		f = strings.TrimPrefix(f, "the ")
		words := strings.Fields(f)
		// "jordanian king" → "king of jordan"
		for i, w := range words {
			if c, ok := countryOfDemonym[w]; ok && i+1 < len(words) {
				add(strings.Join(slices.Concat(words[:i], words[i+1:]), " ") + " of " + c)
			}
		}
		// "king of jordan" → "jordanian king"
		if head, place, ok := strings.Cut(f, " of "); ok && !strings.Contains(place, " ") {
			if d := lexicon.English.Demonyms[place]; d != "" {
				add(d + " " + head)
			}
		}
	}
	// "a retired architect" for "the retired architect": a description
	// one person holds names them with "a" too, as students write it.
	for _, f := range slices.Clone(forms) {
		head, _, _ := strings.Cut(strings.TrimPrefix(f, "the "), " of ")
		if rest := strings.TrimPrefix(f, "the "); !strings.ContainsAny(rest, "'’") && !singlePosts[lastWord(head)] && !personTitles[lastWord(head)] {
			// Not "a king of jordan": one holds the post.
			forms = append(forms, indefinite(rest)+" "+rest)
		}
	}
	return forms
}

// ageWord is an age as a description opens on it: "34-year-old".
var ageWord = lazyre.New(`^\d{1,3}-years?-old$`)

// initialsRun finds a run of capitalised words with small words between:
// "Islamic State of Iraq and the Levant".
var initialsRun = lazyre.New(`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the|for|on|in|&)\s+){0,2}\p{Lu}[\p{L}'’-]*)+`)

// initialsSmall are the words initials pass over.
var initialsSmall = wordSet("of and the for on in &")

// spelledInitials returns, for a key that is initials the article uses
// ("ISIL"), the words the article spells them out in ("the Islamic State
// of Iraq and the Levant"), and for a key that is such words, the
// initials when the article uses them.
func spelledInitials(accepted []string, text string) []string {
	key := strings.TrimPrefix(strings.TrimSpace(accepted[0]), "the ")
	isInitials := len(key) >= 2 && len(key) <= 6 && strings.ToUpper(key) == key && !strings.ContainsAny(key, " 0123456789")
	if !isInitials && !isProperName(key) && !strings.Contains(key, " of ") {
		return nil
	}
	if !strings.Contains(text, key) {
		return nil
	}
	var out []string
	for _, run := range initialsRun.FindAllString(text, -1) {
		words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(run, "'s"), "’s")) // "European Union's"
		if last := words[len(words)-1]; countryOfDemonym[last] != "" {
			continue // "Iraqi and Syrian": adjectives, no body's name
		}
		for start := range words {
			if initialsSmall[words[start]] || words[start] == "The" && start+1 < len(words) {
				continue
			}
			phrase := strings.Join(words[start:], " ")
			if hasInitials(words[start:]) {
				break // "ISIL in Syria": initials are no words spelt out
			}
			letters := initialsOf(words[start:])
			switch {
			case isInitials && letters == key && len(words[start:]) > 1:
				if f := "the " + phrase; !containsFold(out, f) {
					out = append(out, f, phrase)
				}
			case !isInitials && strings.EqualFold(phrase, key) && len(letters) >= 2 && facts.ContainsWholeWord(text, letters, initialsTouch):
				if !containsFold(out, letters) {
					out = append(out, letters)
				}
			}
		}
	}
	return out
}

// hasInitials reports whether a word is in capitals: "ISIL", "US".
func hasInitials(words []string) bool {
	for _, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}

// initialsOf is the first letters of words, small words passed over.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !initialsSmall[w] {
			r := []rune(w)
			b.WriteRune(unicode.ToUpper(r[0]))
		}
	}
	return b.String()
}

// initialsTouch is what initials may not touch to be a word of their own in
// the article: a letter or digit, the byte read as the rune of its number
// (as this check always has: the first byte of "’" reads as "â", so
// "FDA’s" does not hold FDA).
func initialsTouch(b byte) bool { return isWordRune(rune(b)) }

// thingApposition finds what a place or body is said to be between
// commas right after its name: ", a U.S.-run prison in southern Iraq,".
// The closing comma is needed: "If it is NP-complete, the hierarchy
// collapses to its second level." is a clause, not what it is (SQuAD).
var thingApposition = lazyre.New(`^,\s+(a|an|the)\s+([^,;:"“”()\n]{3,60}?),`)

// appositionsOf returns what the article says a place or body is, right
// after its name between commas, with "a" or "the" as written and with
// the other: at least two words besides small ones, no verb, and given
// to no other name in the article ("Camp Bucca, a US-run prison in
// southern Iraq": not "a prison" alone, not "a town" said of two towns).
func appositionsOf(name, text string) []string {
	var out []string
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len(name)
		m := thingApposition.FindStringSubmatch(text[from:])
		if m == nil || (at > 0 && isWordRune(rune(text[at-1]))) {
			continue
		}
		desc := strings.TrimSpace(m[2])
		if len(contentWordList(Normalize(desc))) < 2 || speechInRole.MatchString(desc) || roleNouns.MatchString(desc) ||
			strings.Count(text, ", "+m[1]+" "+desc) > 1 {
			continue // a bare noun, a clause, a person's post, or said of two names
		}
		for _, f := range []string{m[1] + " " + desc, "the " + desc} {
			if !containsFold(out, f) {
				out = append(out, f)
			}
		}
	}
}
