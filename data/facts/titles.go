package facts

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lexicon"
)

// roleWord is a post a person holds: "founder", "executive chairman",
// "chief executive", "CEO", "spokeswoman".
const roleWord = `(?i:(?:(?:(?:majority|minority|party|committee|board|council|union|campaign|group|team|club|opposition|senate|house|cabinet|finance|health|education|foreign|transport|defence|defense|justice|interior|lead|chief|head) )?(?:co-|vice[- ]|deputy |executive |acting |interim |former |senior |managing |assistant |general |associate )?(?:founder|chairman|chairwoman|chairperson|chair|chief executive(?: officer)?|chief operating officer|chief financial officer|chief|CEO|CFO|COO|CTO|president|director|spokesman|spokeswoman|spokesperson|minister|secretary|head|governor|mayor|editor|coach|manager|owner|professor|senator|principal|headteacher|leader|researcher|analyst|economist|scientist|author|councillor|councilor|commissioner|superintendent|treasurer|partner)))`

// roleBeforeNameSrc is roleBeforeName's pattern.
const roleBeforeNameSrc = `\b(` + roleWord + `(?:\s+(?:and|&)\s+` + roleWord + `)*)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\b`

var (
	// "Alibaba founder and executive chairman Jack Ma", "committee chair
	// Dafydd Rees", "Bay Crossings chief executive Helen Mörk".
	// The organisation before the role is read by orgBefore, not by the
	// pattern: a leading group of capitalised words made it very slow.
	roleBeforeName = lazyre.New(roleBeforeNameSrc)
	// "Jack Ma, the executive chairman of Alibaba," / "Helen Mörk, Bay
	// Crossings' chief executive,".
	roleAfterName = lazyre.New(`\b(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the\s+|a\s+|an\s+)?(?:((?:\p{Lu}[\p{L}&.-]*\s*)+)(?:'s|’s|')\s+)?(` + roleWord + `(?:\s+(?:and|&)\s+` + roleWord + `)*)(?:\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.-]*\s*)+))?[,.]`)
	// "The lead researcher, Dr. Paulo Ferreira," / "Its chair, Ellen Marsh,".
	roleCommaName = lazyre.New(`(?:^|\b(?:The|the|Its|its|Their|their|His|her|Her)\s+)(` + roleWord + `),\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),`)
	// "Alibaba's CEO" with no name after it.
	bareRole = lazyre.New(`\b(\p{Lu}[\p{L}&.-]*)(?:'s|’s)\s+(` + roleWord + `)\b(?:\s+(\p{Lu}\p{Ll}+))?`)
)

// roleHeads are the words every role pattern needs. Checking a sentence's
// words against this set is cheap; the role patterns are not, so they run
// only on sentences that hold one of these words.
var roleHeads = lexicon.Set(lex.RoleHeads)

func hasRole(text string) bool { return hasWord(text, roleHeads) }

// personTitle is one title the article gives a person.
type personTitle struct {
	person, org, role string
	sentence          article.Sentence
}

// titles records the titles the article gives people, and flags a person
// given two different posts, or a post mentioned without a name that
// differs from the one the article gave the only person it names there.
func (x *extractor) titles() {
	var found []personTitle
	if x.titling != nil {
		found, x.titling = <-x.titling, nil
	} else {
		found = titlesIn(x.a.Sentences)
	}
	for _, t := range found {
		x.addTitle(t)
		f := fact(Title, t.sentence)
		f.Subject, f.Claim, f.Source = t.person, t.role, t.org
		if e, ok := x.entity(t.person); ok {
			f.Aliases = e.Names()
		}
		x.add(f)
	}
	x.titleChanges(found)
	x.bareRoles(found)
}

// titlesIn finds the titles the sentences give people, in order. It
// reads only the sentences, so it may run beside the rest of the
// extraction.
func titlesIn(sentences []article.Sentence) []personTitle {
	var found []personTitle
	for _, s := range sentences {
		if len(s.Text) > maxSentence {
			continue
		}
		if !hasRole(s.Text) {
			continue // the role patterns backtrack a lot; skip sentences without a role
		}
		for _, m := range rolesBeforeNames(s.Text) {
			found = append(found, personTitle{person: s.Text[m[4]:m[5]], org: orgName(orgBefore(s.Text[:m[0]])),
				role: s.Text[m[2]:m[3]], sentence: s})
		}
		for _, m := range rolesAfterDeterminers(s.Text) {
			found = append(found, personTitle{person: m[2], role: m[1], sentence: s})
		}
		for _, m := range roleAfterName.FindAllStringSubmatch(s.Text, -1) {
			org := orgName(m[2])
			if org == "" {
				org = orgName(m[4])
			}
			found = append(found, personTitle{person: m[1], org: org, role: m[3], sentence: s})
		}
	}
	return found
}

// addTitle records a title on the entity it belongs to, once.
func (x *extractor) addTitle(t personTitle) {
	title := t.role
	if t.org != "" {
		title += " (" + t.org + ")"
	}
	i, ok := x.entityNamed(x.canonical(t.person))
	if !ok || slices.Contains(x.entities[i].Titles, title) {
		return
	}
	x.entities[i].Titles = append(x.entities[i].Titles, title)
}

// entityNamed returns the first entity whose name is name. The names are
// indexed once: a scan of every entity for every title made an article
// naming thousands of people quadratic (issue 16).
func (x *extractor) entityNamed(name string) (int, bool) {
	if x.entityByName == nil {
		x.entityByName = make(map[string]int, len(x.entities))
		for i, e := range x.entities {
			if _, ok := x.entityByName[e.Name]; !ok {
				x.entityByName[e.Name] = i
			}
		}
	}
	i, ok := x.entityByName[name]
	return i, ok
}

// orgBefore returns the run of capitalised words that ends text, without
// a closing possessive: "… with Alibaba " → "Alibaba", "Bay Crossings " →
// "Bay Crossings".
func orgBefore(text string) string {
	words := strings.Fields(text)
	i := len(words)
	for i > 0 && isCapitalised(words[i-1]) && !strings.ContainsAny(words[i-1], ",;:") {
		i--
	}
	org := strings.Join(words[i:], " ")
	org = strings.TrimSuffix(strings.TrimSuffix(org, "'s"), "’s")
	return strings.TrimSuffix(org, "'")
}

// orgName trims a captured organisation to the name it is: sentence
// openers and titles do not belong to it.
func orgName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	s = dropOpeners(s)
	if openers[strings.ToLower(s)] {
		return ""
	}
	return s
}

// titleChanges flags a person the article gives two different posts.
func (x *extractor) titleChanges(found []personTitle) {
	seen := map[string]personTitle{}
	flagged := map[string]bool{}
	for _, t := range found {
		key := x.canonical(t.person)
		first, ok := seen[key]
		if !ok {
			seen[key] = t
			continue
		}
		if flagged[key] || sameRole(first.role, t.role) || heldTogether(first, t) {
			continue
		}
		flagged[key] = true
		x.flag(TitleChange, t.sentence, t.person, fmt.Sprintf(
			"The article first calls %s “%s”, then “%s”. These are different jobs: a careful reader asks which one is right.",
			first.person, first.role, t.role))
	}
}

// bareRoles flags "Alibaba's CEO" when the only person the article names
// at Alibaba was given another post: either the title changed or a
// different person is meant, and the article does not say which.
func (x *extractor) bareRoles(found []personTitle) {
	// The titles by their organisation, in any case: each bare post asks
	// for its organisation's, and a scan of all of them for each made an
	// article naming thousands of people quadratic (issue 16).
	atOrg := map[string][]personTitle{}
	for _, t := range found {
		k := FoldKey(t.org)
		atOrg[k] = append(atOrg[k], t)
	}
	for _, s := range x.a.Sentences {
		if len(s.Text) > maxSentence {
			continue
		}
		if !strings.Contains(s.Text, "'s ") && !strings.Contains(s.Text, "’s ") || !hasRole(s.Text) {
			continue
		}
		for _, m := range bareRole.FindAllStringSubmatch(s.Text, -1) {
			if m[3] != "" {
				continue // "Alibaba's CEO Daniel Zhang": named
			}
			org, role := m[1], m[2]
			var holders []personTitle
			for _, t := range atOrg[FoldKey(org)] {
				if !containsPerson(holders, t.person, x) {
					holders = append(holders, t)
				}
			}
			if len(holders) != 1 || sameRole(holders[0].role, role) || holders[0].sentence.Index > s.Index {
				continue
			}
			h := holders[0]
			x.flag(TitleChange, s, m[0], fmt.Sprintf(
				"The article introduces %s as %s's “%s”, but here it speaks of “%s”. Either the title has changed or another person is meant: the article does not say which.",
				h.person, org, h.role, m[0]))
			return
		}
	}
}

func containsPerson(list []personTitle, name string, x *extractor) bool {
	for _, t := range list {
		if x.canonical(t.person) == x.canonical(name) {
			return true
		}
	}
	return false
}

// canonical returns the entity name a person's name belongs to.
func (x *extractor) canonical(name string) string {
	if e, ok := x.entity(name); ok {
		return e.Name
	}
	return name
}

// sameRole reports whether two titles name the same post: one contains
// the other ("executive chairman" and "chairman"), or they are common
// synonyms ("chief executive" and "CEO").
func sameRole(a, b string) bool {
	na, nb := normalRole(a), normalRole(b)
	if !strings.Contains(na, nb) && !strings.Contains(nb, na) {
		return false
	}
	// "vice chair" contains "chair" but is another post.
	long, short := na, nb
	if len(nb) > len(na) {
		long, short = nb, na
	}
	extra := strings.Fields(strings.Replace(long, short, " ", 1))
	for _, w := range extra {
		if rankChangers[w] {
			return false
		}
	}
	return true
}

// heldTogether reports whether two titles of one person are two things
// a person is at once, not a change: given in one sentence ("Councillor
// Gareth Lloyd-Price, mayor of Llanwerin"), or one of them a seat or a
// rank held beside any post ("Senator …" then "the committee's
// chairman"). Flagged as a change, a town's mayor who is also a
// councillor taught a false error (held-out h4, K and V from both
// reviewers).
func heldTogether(a, b personTitle) bool {
	return a.sentence.Index == b.sentence.Index || seatTitles[normalRole(a.role)] || seatTitles[normalRole(b.role)]
}

// seatTitles are seats and ranks held beside a post.
var seatTitles = map[string]bool{"councillor": true, "senator": true, "congressman": true, "congresswoman": true,
	"assemblyman": true, "assemblywoman": true, "alderman": true, "mp": true, "mep": true, "msp": true,
	"professor": true, "lord": true, "baroness": true, "peer": true}

// rankChangers make a title another post than the one they qualify.
var rankChangers = map[string]bool{"vice": true, "deputy": true, "former": true, "co-": true,
	"assistant": true, "acting": true, "interim": true, "associate": true, "vice-": true}

var roleSynonyms = strings.NewReplacer(
	"chief executive officer", "ceo", "chief executive", "ceo",
	"chief financial officer", "cfo", "chief operating officer", "coo",
	"chairwoman", "chair", "chairman", "chair", "chairperson", "chair",
	"spokeswoman", "spokesperson", "spokesman", "spokesperson",
	"councilor", "councillor", "headteacher", "principal",
)

func normalRole(r string) string {
	return roleSynonyms.Replace(strings.ToLower(strings.Join(strings.Fields(r), " ")))
}
