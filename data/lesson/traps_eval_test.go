package lesson

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/quiz"
)

// trapAnnotation is an independent teacher's reading of one development
// article (../shared/eval/articles): the traps a careful reader should
// catch, each with its kind and a short span of the article that shows
// it. Files live in testdata/annotations/eval; the annotators saw only
// the articles and a description of each kind, never Lede's rules.
//
// A second reviewer then judged every flag that matched no annotation:
// the traps they confirmed are kept with Added "adjudication" (the first
// annotators had been asked for at most two relative dates per article
// and often marked one of several alike), those they rejected under
// Rejected, for the record. The test reports precision both ways.
type trapAnnotation struct {
	Article string `json:"article"`
	Traps   []struct {
		Kind  string `json:"kind"`
		Span  string `json:"span"`
		Why   string `json:"why"`
		Added string `json:"added"`
	} `json:"traps"`
}

// annotatedTrap is one annotation placed in the article's text.
type annotatedTrap struct {
	kind       string
	start, end int
	found      bool
	adjudged   bool // added when a flag was adjudicated, not by the first annotators
}

// trapTally counts one kind's flags and annotations; firstRight counts
// the flags right by the first annotators alone.
type trapTally struct{ flagged, right, firstRight, annotated, caught int }

// Floors for the development set, just under what was measured
// (docs/quality.md): a change that lowers them is a regression. The
// issue's targets are precision ≥ 0.90 and recall ≥ 0.60.
const (
	floorTrapPrecision = 0.90
	floorTrapRecall    = 0.72
	// floorTrapQuestioned is how many development articles with an
	// annotated trap get a question on one (the target: all of them).
	// Two articles lost theirs when unnamed sources were asked among
	// named sentences (2026-12-02): their only ones were "what should a
	// careful reader notice?" questions reviewers judged unusable (spot
	// review 82, G); the writer's superlative and a quiz with fewer
	// drills gave two others one. One "whose words?" a quiz took one
	// more: a "Who reported …?" on a second-hand sentence reviewers had
	// failed as word matching (spot82, V). An unnamed source asked with
	// the people the article describes as wrong options gave one back,
	// and took it again when those people had to hold a post that
	// speaks (its question had failed G: round 92); unnamed words opening
	// a clause joined by "and" gave one more. Then (2026-12-02, third
	// session) 39 → 30: "Can a reader tell which date “on Tuesday”
	// means?" was the only question on eight articles' traps, and strict
	// reviewers failed it as guessed, its answer always No (ab91, ab92: 4
	// usable of 17); the look-ups dropped with it had been asked of
	// flagged sentences on others. Social-media and second-hand traps
	// asked among named sentences gave some back. 30 → 29 when the stake
	// question and the trap question on an interested party stopped
	// being asked together (r96: one answered the other): on
	// bbc-sport-399 the stake question, usable (r97), took the place of
	// the trap question, which ab94 had failed. 29 → 28 when "whose view
	// is this?" stopped offering only people the article never quotes
	// (r108): on bbc-entertainment-259 it was the trap question, and
	// every review since r107 had failed it (G). 28 → 27 when "has the
	// video been independently verified?" stopped being asked (always
	// No: 0 usable of 3 in r109 and the held-out round h1): it was
	// fnc1-body-933's only question. 27 → 28 on 2026-12-03 when the
	// own-voice question whose key stood out by its tense gave way on
	// fnc1-body-1787 to a footing question on a flagged sentence
	// (r128: usable with both reviewers). 28 → 29 the same day (fourth
	// session) when a claim counted as told again only where another
	// sentence shares what it says, not only its names: fnc1-body-933's
	// "video purporting to show the beheading of … James Wright Foley"
	// was asked its footing, as fnc1-body-311's is. 29 → 30 when a rough
	// crowd count with no source was asked "who gives the figure?". r132
	// failed all three: the crowd questions V and G (an incidental count,
	// no wrong option who could have counted), and fnc1-body-933's K (the
	// militants who released the video are named in the sentence, so "a
	// claim by someone it names" is right too). The crowd question was
	// taken out and no footing is asked of a recording its named maker
	// released — fnc1-body-311's too, "Islamic State insurgents released
	// a video …" (r108 had passed it; the same doubt holds): 30 → 27.
	// 27 → 26 on 2026-12-03 (sixth session): "who is the source?" of a
	// claim that opens on its unnamed speakers ("Some witnesses say …")
	// is no longer asked — two of twelve such questions reviewed were
	// usable, four of four failed on held-out h18 — and fnc1-body-186
	// had no other trap question. 26 → 27 on 2026-12-04 (fifth session):
	// witnesses are an unnamed group like analysts, so "Some witnesses say
	// …" is asked among fnc1-body-186's named sentences (r168: usable);
	// 27 → 28: fnc1-body-1401's "reportedly died" asked its footing
	// (r170); 28 → 29: fnc1-body-186's "her client has been interviewed
	// by the FBI" rests on the lawyer's word (r171).
	floorTrapQuestioned = 29
)

// TestTrapsOnRealNews flags every development article and compares the
// flags with the annotations: a flag is right when an annotated trap of
// the same kind lies inside its evidence; an annotated trap is caught
// when such a flag exists. It prints the per-kind table of
// docs/quality.md:
//
//	go test ./data/lesson -run TestTrapsOnRealNews -v
func TestTrapsOnRealNews(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/annotations/eval/*.json")
	if _, err := os.Stat(devArticles); err != nil || len(paths) == 0 {
		t.Skipf("development set not here (%s): nothing to measure", devArticles)
	}
	tally := map[string]*trapTally{}
	get := func(k string) *trapTally {
		if tally[k] == nil {
			tally[k] = &trapTally{}
		}
		return tally[k]
	}
	withTrap, withQuestion := 0, 0
	for _, p := range paths {
		var an trapAnnotation
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &an); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		text, err := os.ReadFile(filepath.Join(devArticles, an.Article+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		l, err := Build(text, 0)
		if err != nil {
			t.Fatalf("%s: %v", an.Article, err)
		}
		var traps []*annotatedTrap
		for _, tr := range an.Traps {
			i := strings.Index(l.Article.Source, tr.Span)
			if i < 0 {
				t.Errorf("%s: annotated span %q is not in the article", an.Article, tr.Span)
				continue
			}
			traps = append(traps, &annotatedTrap{kind: tr.Kind, start: i, end: i + len(tr.Span), adjudged: tr.Added != ""})
			get(tr.Kind).annotated++
		}
		for _, fl := range l.Analysis.Flags {
			tl := get(string(fl.Kind))
			tl.flagged++
			right, firstRight := false, false
			for _, tr := range traps {
				if tr.kind == string(fl.Kind) && (overlaps(tr, fl.Span) || fl.About == l.Article.Title && overlaps(tr, l.Article.TitleSpan)) {
					tr.found, right = true, true
					firstRight = firstRight || !tr.adjudged
				}
			}
			if firstRight {
				tl.firstRight++
			}
			if right {
				tl.right++
			} else if testing.Verbose() {
				t.Logf("  not annotated: %s %s %q in %q", an.Article, fl.Kind, fl.About, l.Article.Source[fl.Span.Start:fl.Span.End])
			}
		}
		for _, tr := range traps {
			if tr.found {
				get(tr.kind).caught++
			} else if testing.Verbose() {
				t.Logf("  missed: %s %s %q", an.Article, tr.kind, l.Article.Source[tr.start:tr.end])
			}
		}
		if len(traps) > 0 {
			withTrap++
			if hasTrapQuestion(l) {
				withQuestion++
			} else if testing.Verbose() {
				t.Logf("  no trap question: %s (%d flags)", an.Article, len(l.Analysis.Flags))
			}
		}
	}
	kinds := make([]string, 0, len(tally))
	for k := range tally {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var all trapTally
	t.Logf("| kind | flags | right | precision | (first annotators only) | annotated | caught | recall |")
	t.Logf("|---|---|---|---|---|---|---|---|")
	for _, k := range kinds {
		tl := tally[k]
		all.flagged, all.right, all.firstRight = all.flagged+tl.flagged, all.right+tl.right, all.firstRight+tl.firstRight
		all.annotated, all.caught = all.annotated+tl.annotated, all.caught+tl.caught
		t.Logf("| %s | %d | %d | %s | %s | %d | %d | %s |", k, tl.flagged, tl.right, ratio(tl.right, tl.flagged), ratio(tl.firstRight, tl.flagged), tl.annotated, tl.caught, ratio(tl.caught, tl.annotated))
	}
	t.Logf("| **all** | %d | %d | %s | %s | %d | %d | %s |", all.flagged, all.right, ratio(all.right, all.flagged), ratio(all.firstRight, all.flagged), all.annotated, all.caught, ratio(all.caught, all.annotated))
	t.Logf("articles with an annotated trap that get a trap question: %d of %d", withQuestion, withTrap)
	precision, recall := share(all.right, all.flagged), share(all.caught, all.annotated)
	if precision < floorTrapPrecision || recall < floorTrapRecall {
		t.Errorf("precision %.3f, recall %.3f: below the floors %.2f, %.2f", precision, recall, floorTrapPrecision, floorTrapRecall)
	}
	if withQuestion < floorTrapQuestioned {
		t.Errorf("%d articles with an annotated trap get a trap question; the floor is %d", withQuestion, floorTrapQuestioned)
	}
}

func overlaps(tr *annotatedTrap, sp article.Span) bool { return tr.start < sp.End && sp.Start < tr.end }

// hasTrapQuestion reports whether the lesson's quiz asks about a trap:
// what is wrong with a flagged sentence, or any question whose evidence
// is a flagged sentence.
func hasTrapQuestion(l *Lesson) bool {
	for _, q := range l.Questions {
		if q.Kind == quiz.WhatIsWrong {
			return true
		}
		for _, fl := range l.Analysis.Flags {
			if fl.Sentence >= 0 && fl.Span == q.Evidence && fl.Kind != facts.HeadlineUnsupported {
				return true
			}
		}
	}
	return false
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

func ratio(n, of int) string {
	if of == 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f %%", 100*share(n, of))
}
