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
)

// review is a strict teacher's judgement of the questions Lede generated
// for one article of the development set (../shared/eval/articles): five
// marks per question (W well-formed, A answerable, K key right, G gives
// nothing away, V worth a teacher's time) and one line per failed mark.
// Reviews are kept by question ID and prompt, from every round, so an
// unchanged question keeps its review and a changed one needs a new one.
type review struct {
	Article   string           `json:"article"`
	Questions []reviewQuestion `json:"questions"`
	Missed    string           `json:"missed"`
}

type reviewQuestion struct {
	ID      string            `json:"id"`
	Prompt  string            `json:"prompt"`
	Marks   map[string]bool   `json:"marks"`
	Reasons map[string]string `json:"reasons,omitempty"`
	Round   string            `json:"round,omitempty"`
	// Choices are the options the reviewer saw: new options need a new
	// review even when the prompt is the same.
	Choices []string `json:"choices,omitempty"`
	Answer  string   `json:"answer,omitempty"`
}

// reviewKey is what a review judged: the question's ID, prompt and options.
func reviewKey(id, prompt string, choices []string) string {
	return id + "\x00" + prompt + "\x00" + strings.Join(choices, "\x00")
}

func (q reviewQuestion) usable() bool {
	for _, m := range []string{"W", "A", "K", "G", "V"} {
		if !q.Marks[m] {
			return false
		}
	}
	return true
}

// readReview reads one article's review file.
func readReview(t *testing.T, path string) review {
	t.Helper()
	var r review
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return r
}

const devArticles = "../../../shared/eval/articles"

// Floors for the development set, just under what independent reviewers
// measured (docs/quality.md, 2026-12-01 evening after round 57: 146
// questions, 130 usable, 89.0 %, 2.60 usable per article). Rounds 37–38
// judged every who-question's key against the answers students write, a
// stricter reading than earlier rounds; later rounds judged the keys
// widened in answer and each new kind. A change that lowers these is a
// regression. Reviewers disagree by ±20 points on a kind between rounds;
// the count target (8 an article) is far above. Raise these as
// the quizzes improve. Rounds 68–71 traded share for count on purpose —
// 96 % → 94.8 %, 2.98 → 3.30 usable an article — which the 85 %
// share target leaves room for; the share floor moved with them. Rounds
// 73–75 (2026-12-02) did the same: 94.8 % → 93.7 %, 3.30 → 3.56. Then a
// fresh reviewer judged eleven whole quizzes (spot76): 34 of 45 usable,
// stricter than the rounds before; its judgements count (the latest
// review does), 90.5 % and 3.44 after the explanations it failed were
// mended and judged again (round 77). A second whole-quiz reviewer
// (spot82, twelve more articles: 30 of 50 usable where the stored
// reviews had 48) brought the table to 82.5 % and 3.12 — below the
// issue's 85 % — and the floors with it: an honest figure, not a target.
// The trap questions asked one way again (the "leave it unclear / open"
// wording failed G five times with two reviewers): 85.2 % and 3.22, the
// neutral prompts counted by their own, earlier reviews. A third
// whole-quiz reviewer (spot84, twelve articles no whole-quiz reviewer had
// seen: 9 of 37 usable, failing every "Who is X?" and "Who said …?" as
// recall) brought the table to 71.4 % and 2.70 on the same quizzes;
// after the unnamed sources asked among named sentences, one voice's one
// idea asked once, and one set of options offered at most twice: 73.2 %
// and 2.62. Then at most two "Who is X?" and three "whose words?" a quiz
// (the whole-quiz reviewers' "too many drills"), and the writer's own
// forecast and superlative asked "whose view is this?": 74.7 % and 2.54.
// Then two blind paired reviewers judged the 19 changed quizzes old and
// new side by side (ab87: new 52 of 93 usable against old 50 of 112,
// preferred for 15 of 19 articles); their marks of the new quizzes,
// stricter than the rounds before, count: 60.6 % and 2.06. Then one
// "Who is X?" and one "whose words?" a quiz, judged the same way on the
// 18 quizzes it changed (ab89: new 25 of 59 usable against old 27 of 93,
// preferred for 16 of 18), those reviewers' marks counted: 59.6 % and
// 1.62 — the stricter the reviewer, the lower the table, whatever the
// change; the paired figures say what the change did. A "Who is X?"
// whose post another question shows gives way (eight such failed G in
// ab87): 60.2 % and 1.54. Last, three fresh reviewers judged every quiz
// the session changed, its first and last side by side (ab90: start 33
// of 153 usable, end 36 of 87, the end preferred for 23 of 29); the
// strictest yet, their marks of the end quizzes count: 48.8 % and 1.20;
// after rounds 92–93, 48.0 % and 1.20. The third session (2026-12-02)
// dropped the look-up kinds and the always-No yes/no forms, and was
// judged blind, start against end, four times (ab91–ab94, eight fresh
// reviewers, the strictest yet): under their marks the session's first
// quizzes score 28.2 % and 0.70, its last 69.2 % and 0.90 (ab94: end
// preferred for 29 of 43 articles). Rounds 95–96 judged the footing
// choice again (12 of 12 usable) and re-marked the questions around it
// more strictly: 67.2 % and 0.86. The fourth session (2026-12-02) tried
// "which of these is true to what X said, without making it more or less
// certain?" (r98: two reviewers, 0 of 7 usable, G and V: the options
// differ in one modal, found by matching the word) and dropped it, with
// the always-No "did X not …?" (0 of 10 in every round) and "has X given
// a view?" (0 of 2): 71.7 % and 0.86, both reviewers' marks counted
// (a question fails where either failed it). Then the always-No "did CNN
// verify …?" (0 of 4 in every round), the always-Yes "does anyone deny
// …?" (0 of 1) and a second "which source?" in one quiz, whose options
// the first had used up (G): 78.2 % and 0.86. Then "which source?" only
// among three named outlets (0 of 3 usable where one or two stood among
// people quoted: V), a question on a trap's sentence preferred to one as
// good elsewhere, "who is the source?" quoting the claim without the
// unnamed speaker that answered it (r99: G), and a scene-setting phrase
// before a hedged subject (r99–r100): 83.0 % and 0.88. "Who estimates
// this?" quoting the belief without "It is estimated that" (r101, 2 of
// 2): 84.9 % and 0.90. One stake question with research paid for by the
// speaker's firm, and "it rests on someone else's report" no wrong option
// about a study's finding (r102): 86.5 % and 0.90. The fifth session
// (2026-12-02) tried a main-news question (r103: 7 of 20, not kept),
// asked a claim credited by its sentence's opening words ("The LCC said
// …", r104), dropped the self-reported and paid-for trap questions (1
// usable of 10 in every round), kept a footing question away from an
// option that shows its sentence with its source (r104, G), and ended a
// trap question's quotation without its full stop (r105: 7 of 7): 90.2 %
// and 0.92. Then "According to X, …" asked the same way (r107: 0 of 1,
// G, not kept), whose second reviewer also failed the footing question
// beside it, passed before (its answer echoes "reportedly"): 88.2 % and
// 0.90. The sixth session (2026-12-02) had every question judged again
// by two reviewers under one standard (r108: 88.2 %, 0.90), mended what
// they failed (r109–r110) and what two rounds on held-out news found
// (testdata/heldout-news): 97.9 % and 0.92, a training score. On
// 2026-12-03 (fourth session) r138's two reviewers, judging
// fnc1-body-273's quiz whole again, failed its denial question on V
// ("the article says outright 'denied'"), which r128 had passed: 93.9 %
// and 0.92 — reviewer variance, counted, not tuned away. On 2026-12-03
// (seventh session) r160's two reviewers, judging the unheld questions
// whose explanation had changed, failed bbc-tech-304's "Who sees it
// this way …: “The move is widely seen as …”?" on W ("the move" names
// no move; the prompt is as r110 passed it): 91.7 % and 0.88. On
// 2026-12-04 (fifth session) "no plans" in the article's own account and
// witnesses as an unnamed group, judged by r168's fresh reviewer (5 of 5
// usable): 92.2 % and 0.94; the newsroom's own "It is believed …" asked
// its footing (r169: 9 of 11 usable, the two failures mended): 92.3 %
// and 0.96; a name's appositive left out of a "reportedly" claim and a
// speaker's own "it"/"he" named (r170: 13 of 13): 92.5 % and 0.98;
// "according to X, …" and a speaker's own "its"/"his" (r171: 7 of 11,
// the four failures — a speaker's own hopes, a forecast option beside a
// past event — mended, r172: 2 of 2): 92.9 % and 1.04.
const (
	floorUsableShare   = 0.91
	floorUsablePerItem = 1.00
)

// TestReviewTable regenerates every development article's quiz, looks up
// each question's review, and recomputes the table in docs/quality.md.
// It fails when a question has no review for its current wording (review
// it: the table would be a guess) or when the figures fall below the
// floors above.
func TestReviewTable(t *testing.T) {
	if _, err := os.Stat(devArticles); err != nil {
		t.Skip("the development set (../shared/eval/articles) is not here")
	}
	files, err := filepath.Glob("../../testdata/reviews/*.json")
	if err != nil || len(files) == 0 {
		t.Fatal("no reviews in testdata/reviews")
	}
	sort.Strings(files)
	var total, usable, articles, long, longOK, openingAsked int
	var unreviewed []string
	byKind := map[string]*kindTally{}
	t.Logf("%-22s %5s %9s %7s", "article", "words", "questions", "usable")
	for _, f := range files {
		r := readReview(t, f)
		src, err := os.ReadFile(filepath.Join(devArticles, r.Article+".txt"))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		l, err := Build(src, 0)
		if err != nil {
			t.Fatalf("%s: %v", r.Article, err)
		}
		byKey := map[string]reviewQuestion{}
		for _, q := range r.Questions {
			byKey[reviewKey(q.ID, q.Prompt, q.Choices)] = q
		}
		good, opening := 0, false
		for _, q := range l.Questions {
			rq, ok := byKey[reviewKey(q.ID, q.Prompt, q.Choices)]
			if !ok {
				unreviewed = append(unreviewed, fmt.Sprintf("%s %s %q", r.Article, q.ID, q.Prompt))
				continue
			}
			if rq.usable() {
				good++
				opening = opening || inOpening(l.Article, q.Sentence)
			}
			tallyKind(byKind, string(q.Kind)+" / "+q.Source, rq)
		}
		words := l.Article.WordCount()
		t.Logf("%-22s %5d %9d %7d", r.Article, words, len(l.Questions), good)
		total += len(l.Questions)
		usable += good
		articles++
		if opening {
			openingAsked++
		}
		if words >= 300 {
			long++
			if good >= 6 {
				longOK++
			}
		}
	}
	share := float64(usable) / float64(max(total, 1))
	perArticle := float64(usable) / float64(max(articles, 1))
	t.Logf("all: %d questions on %d articles, %d usable (%.1f%%), %.2f usable per article; %d of %d articles of 300+ words have 6 or more",
		total, articles, usable, 100*share, perArticle, longOK, long)
	t.Logf("the opening asked about by a usable question in %d of %d quizzes", openingAsked, articles)
	logKinds(t, byKind)
	checkReviewed(t, unreviewed, "testdata/reviews")
	checkFloors(t, share, perArticle, floorUsableShare, floorUsablePerItem)
}

// checkReviewed fails the test when questions have no review for their
// current wording: the table would be a guess.
func checkReviewed(t *testing.T, unreviewed []string, where string) {
	t.Helper()
	if len(unreviewed) > 0 {
		t.Errorf("%d questions have no review for their current wording; review them (%s):\n%s",
			len(unreviewed), where, strings.Join(unreviewed, "\n"))
	}
}

// checkFloors fails the test when the usable share or the usable
// questions an article fall below their floors: a regression.
func checkFloors(t *testing.T, share, perArticle, floorShare, floorPerArticle float64) {
	t.Helper()
	if share < floorShare || perArticle < floorPerArticle {
		t.Errorf("usable share %.1f%% (floor %.0f%%), %.2f usable per article (floor %.2f): a regression",
			100*share, 100*floorShare, perArticle, floorPerArticle)
	}
}

// inOpening reports whether sentence i opens the article: it is in the
// first paragraph and among its first two sentences, where news puts
// its main claims (a body pasted without paragraph breaks is one long
// first paragraph).
func inOpening(a *article.Article, i int) bool {
	return i >= 0 && i < 2 && i < len(a.Sentences) && a.Sentences[i].Block == a.Sentences[0].Block
}

// TestBaselineReviews summarises the reviews of the quizzes generated
// before this work (testdata/reviews/baseline), for docs/quality.md.
func TestBaselineReviews(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/reviews/baseline/*.json")
	if len(files) == 0 {
		t.Skip("no baseline reviews")
	}
	var total, usable int
	for _, f := range files {
		r := readReview(t, f)
		for _, q := range r.Questions {
			total++
			if q.usable() {
				usable++
			}
		}
	}
	t.Logf("baseline: %d questions on %d articles, %d usable (%.1f%%), %.2f usable per article",
		total, len(files), usable, 100*float64(usable)/float64(total), float64(usable)/float64(len(files)))
	if total == 0 {
		t.Error("baseline reviews hold no questions")
	}
}

// kindTally counts one kind of question's reviews: asked, usable, and
// how often each mark failed.
type kindTally struct {
	asked, usable int
	failed        map[string]int
}

func tallyKind(by map[string]*kindTally, kind string, rq reviewQuestion) {
	k := by[kind]
	if k == nil {
		k = &kindTally{failed: map[string]int{}}
		by[kind] = k
	}
	k.asked++
	if rq.usable() {
		k.usable++
	}
	for mark, ok := range rq.Marks {
		if !ok {
			k.failed[mark]++
		}
	}
}

// logKinds prints the by-kind table of docs/quality.md, most asked first.
func logKinds(t *testing.T, by map[string]*kindTally) {
	kinds := make([]string, 0, len(by))
	for k := range by {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if by[kinds[i]].asked != by[kinds[j]].asked {
			return by[kinds[i]].asked > by[kinds[j]].asked
		}
		return kinds[i] < kinds[j]
	})
	t.Logf("%-36s %5s %6s  %s", "kind / made from", "asked", "usable", "failed marks")
	for _, k := range kinds {
		marks := make([]string, 0, len(by[k].failed))
		for m, n := range by[k].failed {
			marks = append(marks, fmt.Sprintf("%s %d", m, n))
		}
		sort.Strings(marks)
		t.Logf("%-36s %5d %6d  %s", k, by[k].asked, by[k].usable, strings.Join(marks, ", "))
	}
}
