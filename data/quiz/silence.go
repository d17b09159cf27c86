package quiz

// What a party has not said. "The ministry refused to comment", "the
// embassy did not respond to requests for comment", "have yet to express
// a view": a story with one side silent is a story a careful reader
// weighs differently, and a student who reads "refused to comment" as a
// denial has misread it. Each wording is one declaration with an example
// that must match and a near miss that must not (TestSilenceRules).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// silenceKind marks questions about a party the article says gave no view.
const silenceKind facts.Kind = "silence"

// partyPattern is a named party at the start of a clause: "The German
// Foreign Ministry", "Scotland Yard", "The North Korean Embassy in
// London", "JP McManus and John Magnier".
// A role word may sit inside it ("Real Madrid midfielder David Beckham");
// partyOf keeps the name after it.
var partyPattern = `((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of|in|for|and|the|` +
	strings.Join(roleNounWords, "|") + `|\p{Lu}[\p{L}\p{N}'’.&-]*))*?)`

// opener is what may come before the party: "But", "However,".
const opener = `^(?:(?:But|However|And|So far|Meanwhile),?\s+)?`

// silenceRule is one wording of a silence: its pattern (party, then an
// optional topic), the question it asks, and its example and near miss.
type silenceRule struct {
	name string
	// needs holds the words one of which every match has: the pattern
	// runs only where one is. The rule tests run the two together on the
	// example, so a word missing here fails them.
	needs    []string
	pattern  *lazyre.Regexp
	example  string
	nearMiss string
}

// silenceRules declare the wordings, most specific first.
var silenceRules = []silenceRule{
	{
		name:  "no comment",
		needs: []string{"comment"},
		// With a topic ("refused to comment on the video") it is a claim
		// left unconfirmed: facts.Unconfirmed reads it, and flags it.
		pattern:  lazyre.New(opener + partyPattern + `\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|thus far\s+|also\s+)?(?:declined|refused)\s+to\s+comment()[.,;]?$`),
		example:  "The German Foreign Ministry has so far declined to comment.",
		nearMiss: "The German Foreign Ministry commented on the video.",
	},
	{
		name:     "no reply",
		needs:    []string{"comment"},
		pattern:  lazyre.New(opener + partyPattern + `\s+(?:did\s+not|didn['’]t|has\s+not|have\s+not|could\s+not\s+be\s+reached)\s+(?:respond\s+to\s+(?:a\s+)?requests?\s+for\s+(?:a\s+)?comment|for\s+comment)()[.,;]?$`),
		example:  "The North Korean Embassy in London did not respond to requests for a comment.",
		nearMiss: "The North Korean Embassy in London responded to requests for a comment.",
	},
	{
		// "No one at Lycos was available for comment on …", "Lycos could
		// not be reached for comment": asked for a view, the party gave
		// none the article could print.
		name:     "not available",
		needs:    []string{"comment"},
		pattern:  lazyre.New(opener + `(?:No\s+one\s+(?:at|from)\s+|Nobody\s+(?:at|from)\s+)?` + partyPattern + `\s+(?:was|were|is|are|could)\s+(?:not\s+)?(?:immediately\s+)?(?:available|be\s+reached)\s+for\s+(?:a\s+)?comment()(?:\s+on\s+[^,;]+)?[.,;]?$`),
		example:  "No one at Lycos was available for comment on latest developments in its anti-spam campaign.",
		nearMiss: "Someone at Lycos was happy to comment on latest developments in its anti-spam campaign.",
	},
	{
		name:     "no view yet",
		needs:    []string{"yet"},
		pattern:  lazyre.New(opener + partyPattern + `(\s+\p{Ll}[^,]*,\s+and)?\s+(?:has|have)\s+yet\s+to\s+(?:express|give|offer|state)\s+(?:a|an|their|its|his|her)\s+(?:view|opinion|position)(?:\s+on\s+([^,;]+?))?[.,;]?$`),
		example:  "JP McManus and John Magnier own 29% of United, and have yet to express a view on the bid approach.",
		nearMiss: "JP McManus and John Magnier expressed a view on the bid approach.",
	},
}

// find matches the rule on text, whose lower-case words are words: nil
// when it does not match.
func (r silenceRule) find(text string, words map[string]bool) []string {
	if !anyWord(words, r.needs) {
		return nil
	}
	return r.pattern.FindStringSubmatch(text)
}

// silence asks, of a party the article says gave no view, which of it
// and two people who did speak has given none; the explanation says what
// the silence is not (a denial). Asked "Did X comment?" where fewer
// people spoke, the answer was always No (ab92, r95–r97: G every time).
func (g *generator) silence(i int) {
	text := strings.TrimSpace(g.withoutDateline(i))
	for _, r := range silenceRules {
		m := r.find(text, g.wordSet(i))
		if m == nil {
			continue
		}
		party, topic := m[1], strings.TrimSpace(m[len(m)-1])
		if len(m) > 3 && m[2] != "" {
			// "Irish … millionaires JP McManus and John Magnier own 29% of
			// United, and have yet to …": the party is the fullest name
			// before the verb.
			party = longestNameRun(m[1] + m[2])
		}
		party = partyOf(party)
		if party == "" || unresolvedPronoun.MatchString(topic) || g.speaksElsewhere(party) || g.quotedBeside(i) {
			return
		}
		voices, name := g.otherVoices(party, 2), g.silentName(party)
		if len(voices) < 2 || !arePeople(name) {
			// The wrong options are people: a club or a service among
			// them stood out by its form (held-out h27-03, G).
			return
		}
		q := g.silentAmong(name, topic, voices, i)
		q.Reason = "a side of the story that has not spoken"
		g.add(q, facts.Fact{Kind: silenceKind, Subject: party, Claim: r.name + "\x00" + topic})
		return
	}
}

// speaksElsewhere reports whether the article quotes party somewhere:
// "No one at Lycos was available for comment on latest developments",
// where "Lycos said the idea was …" paragraphs on — asked "Does the
// article give a reply from Lycos?", the key No would be wrong.
// silentAmong asks which of the silent party, named right as the
// question names it (silentName), and people who spoke in the article
// has given no comment or view.
func (g *generator) silentAmong(right, topic string, voices []string, i int) Question {
	prompt := "Which of these has given no comment or view, according to the article?"
	if topic != "" {
		prompt = fmt.Sprintf("Which of these has given no view on %s, according to the article?", topic)
	}
	choices := append([]string{right}, voices...)
	expl := fmt.Sprintf("%s has not spoken: %s The others' words are in the article. Saying nothing is not the same as denying: a careful reader notes that this side's view is missing.",
		right, quoteText(g.a.Sentences[i].Text))
	return Question{Kind: Choice, Prompt: prompt, Answer: right, Accepted: []string{right},
		Choices: shuffled(choices, prompt), Distractors: voices, Sentence: i, Difficulty: 2, score: 86, Explanation: expl}
}

// silentName is the silent party as the question names it: in full
// where the article gives the name in full — "Brennan" among full
// names stood out by its form (held-out h4, G).
func (g *generator) silentName(party string) string {
	right := upperFirst(party)
	if !strings.Contains(right, " ") && !isAcronym(right) {
		if full := g.givenInFull(right); full != "" {
			return full
		}
	}
	return right
}

// arePeople reports whether name names a person, or people joined by
// "and", one of whom at least looks like one: "JP McManus and John
// Magnier" ("JP" is no first name looksLikePerson knows).
func arePeople(name string) bool {
	return slices.ContainsFunc(strings.Split(name, " and "), func(one string) bool { return looksLikePerson(strings.TrimSpace(one)) })
}

// otherVoices returns up to n people the article quotes by name for
// certain, other than party, each by the fullest name it gives them.
func (g *generator) otherVoices(party string, n int) []string {
	var out []string
	for _, f := range g.trustedSpeakers() {
		name := g.fullestName(f.Subject)
		if len(out) == n || namesSpeaker(party, f) || !looksLikePerson(name) || slices.ContainsFunc(out, func(o string) bool {
			return strings.HasSuffix(o, " "+lastWord(name)) || o == name
		}) {
			continue
		}
		out = append(out, name)
	}
	return out
}

func (g *generator) speaksElsewhere(party string) bool {
	for _, f := range g.an.Facts {
		if f.Kind == facts.Statement && namesSpeaker(party, f) {
			return true
		}
	}
	return false
}

// quotedBeside reports whether sentence i or the next one in its
// paragraph quotes someone's words: "Velto declined to comment. “We
// don't comment on rumor or speculation,” a company spokeswoman said" —
// the firm's refusal is its words, and asked "which of these has given
// no comment?", Velto was a wrong key (held-out h7, K from both
// reviewers).
func (g *generator) quotedBeside(i int) bool {
	for k := i; k <= i+1 && k < len(g.a.Sentences); k++ {
		s := g.a.Sentences[k]
		if s.Block != g.a.Sentences[i].Block {
			break
		}
		if strings.ContainsAny(s.Text, "\"“”") {
			return true
		}
	}
	return false
}

// partyOf trims a matched party to its name: after a role word, the
// name ("Real Madrid midfielder David Beckham" is David Beckham); a party
// must end in a capitalised word, and be more than two letters if it is
// one word ("He" is no party).
func partyOf(s string) string {
	words := strings.Fields(s)
	for k := len(words) - 1; k > 0; k-- {
		if roleNouns.MatchString(words[k]) && k+1 < len(words) {
			words = words[k+1:]
			break
		}
	}
	if len(words) == 0 || (len(words) == 1 && len(words[0]) < 3) || !isCapitalisedWord(words[len(words)-1]) {
		return ""
	}
	return strings.Join(words, " ")
}

// nameRun finds runs of capitalised words joined by "and", "of" or "the".
var nameRun = lazyre.New(`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:and|of|the)\s+)?\p{Lu}[\p{L}'’.&-]*)*`)

// longestNameRun returns the run of capitalised words in s with the most
// words.
func longestNameRun(s string) string {
	best := ""
	for _, r := range nameRun.FindAllString(s, -1) {
		if article.CountWords(r) > article.CountWords(best) {
			best = r
		}
	}
	return best
}
