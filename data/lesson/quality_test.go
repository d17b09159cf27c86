package lesson

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/facts"
	"github.com/lede-app/lede/data/quiz"
)

// annotation is a teacher's reading of one article: the facts a lesson
// should be able to ask about, and the traps a careful reader should
// catch. Files live in testdata/annotations.
type annotation struct {
	Article string `json:"article"`
	Kind    string `json:"kind"`
	Source  string `json:"source"`
	Facts   []struct {
		Kind    string  `json:"kind"`
		Subject string  `json:"subject"`
		Claim   string  `json:"claim"`
		Number  float64 `json:"number"`
		Counts  string  `json:"counts"`
		Date    string  `json:"date"`
	} `json:"facts"`
	Flags []struct {
		Kind  string `json:"kind"`
		About string `json:"about"`
	} `json:"flags"`
	// BadQuestions are generated questions a reviewer judged badly
	// formed or unanswerable, by the start of their prompt.
	BadQuestions []struct {
		Prompt string `json:"prompt"`
		Why    string `json:"why"`
	} `json:"bad_questions"`
}

// score counts hits out of totals for one measure.
type score struct{ hit, total int }

func (s *score) add(ok bool) {
	s.total++
	if ok {
		s.hit++
	}
}

func (s score) String() string {
	if s.total == 0 {
		return "   —   (0/0)"
	}
	return fmt.Sprintf("%5.1f%% (%d/%d)", 100*float64(s.hit)/float64(s.total), s.hit, s.total)
}

func (s score) rate() float64 {
	if s.total == 0 {
		return 1
	}
	return float64(s.hit) / float64(s.total)
}

// TestQuality measures extraction and generation against the annotated
// articles and fails when a measure falls below what was last achieved.
// Run with -v to print the table that docs/quality.md reports:
//
//	go test ./data/lesson -run TestQuality -v
func TestQuality(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/annotations/*.json")
	if len(paths) < 8 {
		t.Fatalf("%d annotated articles; want at least 8", len(paths))
	}
	var recall, precision, flagRecall, wellFormed score
	t.Logf("%-24s %-22s %-20s %-20s %-20s %s", "article", "kind", "key facts found", "flags right", "traps caught", "questions well formed")
	for _, p := range paths {
		var an annotation
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &an); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		text, err := os.ReadFile(filepath.Join("../..", an.Article))
		if err != nil {
			t.Fatal(err)
		}
		l, err := Build(text, 0)
		if err != nil {
			t.Fatalf("%s: %v", an.Article, err)
		}
		var r, pr, fr, wf score
		for _, want := range an.Facts {
			ok := hasFact(l, want.Kind, want.Subject, want.Claim, want.Counts, want.Date, want.Number)
			if !ok && testing.Verbose() {
				t.Logf("  missed fact in %s: %+v", filepath.Base(an.Article), want)
			}
			r.add(ok)
		}
		for _, fl := range l.Analysis.Flags {
			ok := false
			for _, want := range an.Flags {
				ok = ok || flagMatches(fl, want.Kind, want.About)
			}
			if !ok {
				t.Errorf("%s: flag not in the annotation (a false flag): %s %q", an.Article, fl.Kind, fl.About)
			}
			pr.add(ok)
		}
		for _, want := range an.Flags {
			ok := false
			for _, fl := range l.Analysis.Flags {
				ok = ok || flagMatches(fl, want.Kind, want.About)
			}
			if !ok && testing.Verbose() {
				t.Logf("  missed trap in %s: %s %q", filepath.Base(an.Article), want.Kind, want.About)
			}
			fr.add(ok)
		}
		ids := map[string]bool{}
		for _, q := range l.Questions {
			problem := questionProblem(l, q)
			if ids[q.ID] {
				problem = "its ID " + q.ID + " is not unique"
			}
			ids[q.ID] = true
			for _, bad := range an.BadQuestions {
				if strings.HasPrefix(q.Prompt, bad.Prompt) {
					problem = "judged by a reviewer: " + bad.Why
				}
			}
			if problem != "" {
				t.Logf("  ill-formed question in %s: %s\n    %s", filepath.Base(an.Article), problem, q.Prompt)
			}
			wf.add(problem == "")
		}
		t.Logf("%-24s %-22.22s %-20s %-20s %-20s %s", strings.TrimSuffix(filepath.Base(p), ".json"), an.Kind, r, pr, fr, wf)
		recall, precision, flagRecall, wellFormed = sum(recall, r), sum(precision, pr), sum(flagRecall, fr), sum(wellFormed, wf)
	}
	t.Logf("%-24s %-22s %-20s %-20s %-20s %s", "all", "", recall, precision, flagRecall, wellFormed)
	// Floors a little below the last measured values (docs/quality.md):
	// a change that loses facts, adds false flags or garbles questions fails.
	if recall.rate() < 0.85 || precision.rate() < 1 || flagRecall.rate() < 0.80 || wellFormed.rate() < 0.95 {
		t.Errorf("quality fell: facts %v, flag precision %v, traps %v, questions %v", recall, precision, flagRecall, wellFormed)
	}
}

func sum(a, b score) score { return score{a.hit + b.hit, a.total + b.total} }

// hasFact reports whether the lesson extracted a fact that fits the
// annotated one: same kind, and each given field found in it.
func hasFact(l *Lesson, kind, subject, claim, counts, date string, number float64) bool {
	if kind == "published" {
		return l.Article.Published.Format("2006-01-02") == date
	}
	for _, f := range l.Analysis.Facts {
		if string(f.Kind) != kind && !(kind == "date" && f.Kind == facts.DateMention) {
			continue
		}
		if subject != "" && !nameFits(f, subject) {
			continue
		}
		if claim != "" && !containsFold(f.Claim+" "+f.Text, claim) {
			continue
		}
		if counts != "" && !containsFold(f.Counts, counts) {
			continue
		}
		if date != "" && f.Date != date {
			continue
		}
		if number != 0 && f.Number != number {
			continue
		}
		return true
	}
	return false
}

func nameFits(f facts.Fact, want string) bool {
	for _, n := range append([]string{f.Subject}, f.Aliases...) {
		if containsFold(n, want) || containsFold(want, n) && n != "" {
			return true
		}
	}
	return false
}

func flagMatches(fl facts.Flag, kind, about string) bool {
	return string(fl.Kind) == kind && (containsFold(fl.About, about) || containsFold(fl.Message, about))
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

var capitalAfterVerb = regexp.MustCompile(`^(?:Did|Does|Do|Has|Have|Will|Who \w+) The\b`)

// questionProblem returns what is wrong with a generated question, or ""
// when it is well formed and answerable from the article alone: it reads
// as a question or a fill-in, its own answer key is judged correct, no
// distractor is, and the answer is not given away in the prompt.
func questionProblem(l *Lesson, q quiz.Question) string {
	p := q.Prompt
	switch {
	case q.Accepted == nil || q.Answer == "":
		return "no answer key"
	case !strings.HasSuffix(p, "?") && !strings.Contains(p, "___"):
		return "neither a question nor a fill-in"
	case capitalAfterVerb.MatchString(p):
		return "a capital letter mid-sentence"
	case hasDoubledWord(p):
		return "a doubled word"
	case q.Evidence.End > len(l.Article.Source) || q.Evidence.Len() <= 0:
		return "no evidence in the article"
	}
	if r := quiz.Check(q, q.Answer); r.Verdict != quiz.Correct {
		return fmt.Sprintf("its own answer %q is judged %s", q.Answer, r.Verdict)
	}
	for _, d := range q.Distractors {
		if r := quiz.Check(q, d); r.Verdict == quiz.Correct {
			return fmt.Sprintf("distractor %q is judged correct", d)
		}
	}
	if len(q.Choices) > 0 && !slices.Contains(q.Choices, q.Answer) {
		return "the answer is not among the choices"
	}
	switch q.Kind {
	case quiz.Who, quiz.HowMany:
		shown := strings.Replace(p, "___", "", 1)
		if !strings.Contains(p, "___") && containsFold(shown, q.Answer) {
			return "the prompt gives the answer away"
		}
	}
	return ""
}

func hasDoubledWord(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for i := 1; i < len(words); i++ {
		if words[i] == words[i-1] && len(words[i]) > 1 && words[i] != "that" && words[i] != "had" {
			return true
		}
	}
	return false
}
