package facts

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lexicon"
)

var (
	// "According to Computerworld, Jack Ma met …"
	accordingFront = lazyre.New(`^(?:\w+,?\s+)?[Aa]ccording to ([^,]{2,80}),\s+(.+)$`)
	// "… the meeting was tense, according to CNBC."
	accordingBack = lazyre.New(`^(.+?),\s+according to ([^,]{2,80}?)[.!?]?$`)
	// "Ma said that …", "After the meeting, Trump told reporters …",
	// "President-elect Donald Trump announced that …".
	statementPattern = lazyre.New(`(?:^|\s)((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+){0,4}\p{Lu}[\p{L}\p{N}'’.&-]*|He|She|They|It|` + orgNoun + `),?\s+(?:also\s+|later\s+|then\s+|today\s+|yesterday\s+|previously\s+|on \p{Lu}\p{Ll}+day\s+)?(?:has\s+|have\s+|had\s+)?(told(?: the)?(?: \p{Lu}[\p{L}'’.-]*){1,4}|told(?: \w+)?|tells(?: \w+)?|` + speechVerbAlternation + `)(\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\s+to\s+\w+)?[,:]?\s+(?:that\s+)?(.+)$`)
	orgSpeaker       = lazyre.New(`^` + orgNoun + `$`)
	// "The company said …": an organisation named by its kind.
	orgNoun = `(?:The|the) (?:company|firm|group|council|government|ministry|agency|department|club|team|university|school|hospital|police|union|researchers|authors|operator|district|board)`
	// "\"Students went to bed at the same time,\" she said."
	quoteFirst = lazyre.New(`^["“](.{3,}?)[,.!?]?["”],?\s+((?:[\p{L}'’.-]+\s+){0,5}?\p{Lu}[\p{L}'’.-]*|he|she|they)\s+(said|says|added|told \w+)(?:\s+[^"“”]{1,60})?\.?$`)
	// "\"Halden has the skills,\" said Ingrid Solberg, chief executive of …"
	quoteSaidName = lazyre.New(`^["“](.{3,}?)[,.!?]?["”],?\s+(said|says|added)\s+((?:[\p{L}'’.-]+\s+){0,4}?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:,\s+[^"“”]{1,120})?\.?$`)
	// ", who was not involved in the study,", ", of the US-Korea
	// Institute,", ", a researcher at Carnegie," between a name and its
	// speech verb: the name, not its affiliation, is the speaker.
	relativeClause = lazyre.New(`,\s+(?:(?:who|which)\s+[^,]{3,80}|(?:of|from|at)\s+[^,]{2,80}|(?:a|an|the)\s+[^,"“”]{2,80}|` +
		// ", editor-in-chief of hip-hop magazine XXL,", ", spokesman for
		// anti-virus firm Finjan,": a post, then whose.
		`\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:of|for|at)\s+[^,"“”]{2,80}),\s+(` + speechVerbAlternation + `)\b`)
	quotePattern = lazyre.New(`["“]([^"“”]{3,})["”]`)
)

// speechVerbAlternation is the speech verbs as a pattern.
var speechVerbAlternation = lexicon.Alternation(lex.SpeechVerbs)

// speechVerbs are the verbs every statement pattern needs, from the one
// list above so that the check and the patterns cannot drift apart.
var speechVerbs = lexicon.Set(lex.SpeechVerbs)

// pronouns that may stand for the last named speaker.
var pronouns = map[string]bool{"He": true, "She": true, "They": true}

// attributions finds claims credited to a source: "According to X, …".
func (x *extractor) attributions(s article.Sentence) {
	if !strings.Contains(s.Text, "ccording to") {
		return
	}
	text := strings.TrimSpace(s.Text)
	var source, claim string
	if m := accordingFront.FindStringSubmatch(text); m != nil {
		source, claim = m[1], m[2]
	} else if m := accordingBack.FindStringSubmatch(text); m != nil {
		claim, source = m[1], m[2]
	} else {
		return
	}
	f := fact(Attribution, s)
	f.Subject = strings.TrimSpace(source)
	f.Claim = trimClaim(claim)
	x.add(f)
}

// statements finds what someone said, told or announced.
func (x *extractor) statements(s article.Sentence) {
	if !x.has(s.Index, speechVerbs) {
		return // the full patterns are slow; most sentences report no speech
	}
	var speaker, verb, claim, to string
	if q := quoteFirst.FindStringSubmatch(s.Text); q != nil {
		speaker, verb, claim = trailingName(upperFirstWord(q[2])), q[3], "“"+q[1]+"”"
	} else if q := quoteSaidName.FindStringSubmatch(s.Text); q != nil {
		speaker, verb, claim = strings.TrimSuffix(trailingName(q[3]), "."), q[2], "“"+q[1]+"”"
	} else if m := statementPattern.FindStringSubmatch(relativeClause.ReplaceAllString(s.Text, " $1")); m != nil {
		speaker, verb, to, claim = dropOpeners(m[1]), m[2], m[3], m[4]
		if orgSpeaker.MatchString(m[1]) {
			speaker = upperFirstWord(m[1])
		}
	} else {
		return
	}
	if speaker == "" {
		return
	}
	resolved := false
	if pronouns[speaker] {
		if x.lastSpeaker == "" {
			return
		}
		// "He said" right after the sentence that named him, in the same
		// paragraph, is as good as named; further away it is a guess.
		prev := s.Index - 1
		near := prev == x.lastSpeakerAt && prev >= 0 && x.a.Sentences[prev].Block == s.Block
		speaker, resolved = x.lastSpeaker, !near
	} else if orgSpeaker.MatchString(speaker) {
		// "The company said": a speaker, but not one "he" can refer to.
	} else if !isName(speaker) {
		return
	} else {
		speaker = stripTitles(speaker)
		x.lastSpeaker, x.lastSpeakerAt = speaker, s.Index
	}
	for _, part := range splitClaims(claim) {
		f := fact(Statement, s)
		f.Subject = speaker
		f.Resolved = resolved
		f.Verb = verb + to
		f.Claim = trimClaim(part)
		if q := quotePattern.FindStringSubmatch(part); q != nil {
			f.Quote = strings.TrimRight(q[1], ",.")
		}
		if e, ok := entityFor(speaker, x.entities); ok {
			f.Aliases = e.Names()
		}
		x.add(f)
	}
}

// trailingName keeps the capitalised words at the end of a run:
// "Harriers manager Ruth Adeyemi" → "Ruth Adeyemi".
func trailingName(run string) string {
	words := strings.Fields(run)
	i := len(words)
	for i > 0 && isCapitalised(words[i-1]) {
		i--
	}
	if i == len(words) {
		return run
	}
	return strings.Join(words[i:], " ")
}

func upperFirstWord(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// dropOpeners removes sentence openers caught at the front of a
// capitalised run: "But Ma" → "Ma".
func dropOpeners(run string) string {
	words := strings.Fields(run)
	for len(words) > 1 && openers[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// isName reports whether a capitalised run names someone rather than
// starting a sentence ("The company said").
func isName(run string) bool {
	first := strings.Fields(run)[0]
	return !openers[strings.ToLower(first)]
}

// splitClaims splits "he envisaged X and that most jobs …" into its
// separate reported claims.
func splitClaims(claim string) []string {
	parts := strings.Split(claim, " and that ")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// trimClaim removes the sentence's closing punctuation from a claim.
func trimClaim(c string) string {
	c = strings.TrimSpace(c)
	c = strings.TrimRight(c, ".!?,;:")
	return strings.TrimSpace(c)
}
