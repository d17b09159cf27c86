package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

func (g *generator) zzClaimFirst(f facts.Fact) string {
	if f.Kind != facts.Statement && f.Kind != facts.Attribution || f.Sentence < 0 || deniesClaim(f) {
		return "kind/denies"
	}
	text := g.withoutDateline(f.Sentence)
	if unnamedCue(lowerFirstRune(text), g.wordSet(f.Sentence)) != "" {
		return "unnamed cue"
	}
	claim := strings.TrimSpace(f.Claim)
	if claim == "" || strings.ContainsAny(claim[:1], "\"“‘'") {
		return "a quotation"
	}
	sourceFirst := !strings.HasPrefix(strings.ToLower(text), strings.ToLower(claim))
	pronoun := ""
	if sourceFirst && !g.sourceBeforeClaim(f, text, claim) {
		if pronoun = pronounBeforeClaim(f, text, claim); pronoun == "" {
			return "source not before claim"
		}
	}
	if sourceFirst && pronoun == "" {
		claim = g.speakerForOwnPronoun(f, text, claim)
	}
	if strings.ContainsAny(claim, "\"“”") {
		return "quote inside"
	}
	if f.Kind == facts.Statement && (!speakerIsCertain(f) || !g.clean(f)) {
		return "speaker uncertain/unclean"
	}
	if f.Kind == facts.Attribution && !isCapitalisedWord(f.Subject) && !strings.HasPrefix(f.Subject, "the ") {
		return "attribution subject"
	}
	n := article.CountWords(claim)
	switch {
	case n < 6 || n > 30:
		return "length"
	case !standsAlone(upperFirst(claim)):
		return "standsAlone"
	case unresolvedClaimStart.MatchString(upperFirst(claim)):
		return "unresolved start"
	case pointsBack(claim):
		return "pointsBack"
	case nestedReport.MatchString(claim):
		return "nested report"
	case strings.HasPrefix(strings.ToLower(claim), "if "):
		return "if"
	case strings.Contains(claim, " but "):
		return "but"
	case (leansOnContext(claim) || possessivePronoun.MatchString(claim)) && !opensOnName(claim):
		return "leans/possessive"
	}
	if unnamedCredit.MatchString(f.Subject) {
		return "unnamed credit"
	}
	if g.restatedElsewhere(claim, f.Sentence) {
		return "restated"
	}
	if sourceFirst {
		switch {
		case forecastWord.MatchString(claim):
			return "SF forecast"
		case personalPronoun.MatchString(claim):
			return "SF pronoun"
		case leansOnContext(claim):
			return "SF leans"
		case speakersOwnVerb.MatchString(claim):
			return "SF own verb"
		case theCommonNoun.MatchString(claim) && (!ofDefined.MatchString(claim) || g.definiteFromBefore(claim, f.Sentence)):
			return "SF the-noun"
		}
		return "OK source-first"
	}
	return "OK claim-first"
}

func TestZZCF(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	c := map[string]int{}
	for _, fn := range files {
		b, _ := os.ReadFile(fn)
		a, _ := article.Parse(b)
		g := newGenerator(a, facts.Extract(a))
		for _, f := range g.an.Facts {
			if f.Kind != facts.Statement && f.Kind != facts.Attribution {
				continue
			}
			r := g.zzClaimFirst(f)
			c[r]++
			if os.Getenv("ZZR") != "" && strings.Contains(r, os.Getenv("ZZR")) {
				fmt.Printf("%s\t%s\t%q\n", filepath.Base(fn), r, a.Sentences[f.Sentence].Text)
			}
		}
	}
	var ks []string
	for k := range c {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return c[ks[i]] > c[ks[j]] })
	for _, k := range ks {
		fmt.Printf("%-28s %d\n", k, c[k])
	}
}
