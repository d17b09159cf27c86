package lesson

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// heldOutNews holds news articles written for the quiz by a helper who
// never saw Lede's rules (testdata/heldout-news/README.md): a second set
// beside the development set, judged the same way. Its first reading is
// the held-out figure; once a rule has been changed after reading its
// reviews, it is a development set too, and the README says which
// rounds were first readings.
const heldOutNews = "../../testdata/heldout-news"

// Floors for the held-out news, just under what the latest reviews give
// (docs/quality.md, "Held-out news").
// After r111, thirty articles: 23 of 29 usable (79.3 %), 0.77 an
// article — a training score by then; the first readings were 5 of 11
// (h1), 3 of 10 (h2) and, after the fixes those taught, 6 of 12 (h3).
// Twelve more (h4) read 1 of 16 first; after r112 and r113, forty-two
// articles: 29 of 37 usable (78.4 %), 0.69 an article, a training score.
// Ten more (h5), read after those fixes with no rule changed for them:
// 3 of 9; fifty-two articles 32 of 46 (69.6 %), 0.62 an article. After
// the h5 fixes and r114 (what someone would not promise or say, asked):
// 41 of 52 (78.8 %), 0.79 an article, a training score. Ten more (h6),
// read after those fixes with no rule changed for them: 4 of 13. After
// the h6 fixes and r115, sixty-two articles: 43 of 56 (76.8 %), 0.69 an
// article (h6's fixes mostly stop questions: 6 on ten articles). Ten
// more (h7), read with no rule changed for them: 7 of 14 (50 %), 0.70
// an article. After the h7 fixes and r116, seventy-two articles: 53 of
// 63 (84.1 %), 0.74 an article, a training score. Ten more (h8), read
// after those fixes with no rule changed for them: 0 of 3 (0.00 an
// article; seven quizzes empty); eighty-two articles 53 of 66 (80.3 %),
// 0.65 an article. Ten more (h9), read with no rule changed for them,
// after the fact-or-opinion pair (r118–r121): 1 of 2 (0.10 an article;
// eight quizzes empty); ninety-two articles 67 of 81 (82.7 %), 0.73 an
// article, the pair 14 of 14 — a training score. Ten more (h10, brief:
// also opinions and facts side by side), read with no rule changed for
// them (r123): 3 of 7 (0.30 an article; three quizzes empty); a hundred
// and two articles 70 of 87 (80.5 %), 0.69 an article. After the h10
// fixes (r124–r126), ten more (h11), read with no rule changed for them
// (r127): 3 of 13 (0.30 an article; four quizzes empty). After the h11
// fixes and r128, a hundred and twelve articles: 84 of 103 (81.6 %),
// 0.75 an article — a training score. Ten more (h17), read with no rule
// changed for them (r143): 2 of 4 (0.20 an article; seven quizzes
// empty); a hundred and seventy-two articles 113 of 140 (80.7 %), 0.66
// an article — the floor follows the harder set, not a rule change.
// After the footing of an opening credited to "a report" or to "people
// familiar with the matter" (r146, r147: 10 of 11), 122 of 150
// (81.3 %), 0.71 an article — a training score. Ten more (h18), read
// with no rule changed for them (r148): 4 of 12 (0.40 an article; two
// quizzes empty). After the h18 fixes, which only take questions away
// (four sourcing questions that showed their unnamed speakers, a
// commitment to "a date", a drummer who "added to the intrigue"), a
// hundred and eighty-two articles: 126 of 155 (81.3 %), 0.69 an article
// — the floor follows the harder set. Ten more (h19), read after those
// fixes with no rule changed for them (r150): 0 of 2 (eight quizzes
// empty). After the h19 fixes and r151, a hundred and ninety-two
// articles: 127 of 157 (80.9 %), 0.66 an article. Ten more (h20), read
// with no rule changed for them (r154): 4 of 12 (two quizzes empty).
// After "whose figures?", "what does this claim rest on?" and the h20
// fixes (r155–r157), two hundred and two articles: 143 of 178 (80.3 %),
// 0.71 an article — a training score. Ten more (h21), read with no
// rule changed for them (r158): 5 of 10 (three quizzes empty). After the
// h21 fixes and r159–r160, two hundred and twelve articles: 146 of 184
// (79.3 %), 0.69 an article — the floor follows the harder set. Then
// (2026-12-04) the footing question of a claim "he said" or "she said"
// right after the sentence naming the speaker, and of one said "in a
// statement" or "on Tuesday" (r162, two fresh reviewers): 4 of 6 usable,
// both failures a "the fee", "the site" the prompt does not tie down
// (150 of 190, 78.9 %). Those two are no longer asked (a "he said" goes
// on from the sentences before, so a "the" it shares with them points
// back): 150 of 188 (79.8 %), 0.71 an article — a training score. Ten
// more (h22), read with no rule changed for them (r163): 2 of 5 (five
// quizzes empty); two hundred and twenty-two articles: 152 of 193
// (78.8 %), 0.68 an article — the floor follows the harder set.
//
// 2026-12-04, fifth session, after r168–r170 (fresh reviewers, the
// new questions only): 173 of 211 (82.0 %), 0.78 an article — a
// training score for the rules written against them; after r171–r172,
// 177 of 214 (82.7 %), 0.80; after r173 (a body's own figures asked
// "why weigh it with care?": 6 of 8 usable as now asked), 181 of 221
// (81.9 %), 0.82. Ten more (h23), read with no rule changed for them
// (r174): 3 of 9 usable, three quizzes empty, the session's rules asking
// nothing there; one capital mended (r175): two hundred and thirty-two
// articles, 185 of 230 (80.4 %), 0.80 — the floor follows the harder set.
// Ten more (h24), read with no rule changed for them (h24 round): 1 of
// 9 usable, four quizzes empty; after their general failures were
// mended (r179–r180), two hundred and forty-two articles, 188 of 235
// (80.0 %), 0.78 — the floor follows the harder set. Ten more (h25),
// read after those fixes (h25 round): 2 of 4 usable, six quizzes empty;
// after its two general failures were mended, two hundred and fifty-two
// articles, 190 of 238 (79.8 %), 0.75 — the floor follows the harder set.
// Ten more (h26), read after the session's fixes (h26 round): 0 of 11
// usable, three quizzes empty; after its general failures were mended
// (r184), two hundred and sixty-two articles, 197 of 252 (78.2 %), 0.75
// — the floor follows the harder set. Then a body whose name holds
// "of" read as a speaker (r185: 4 of 5 new questions usable): 198 of
// 254 (78.0 %), 0.76. Ten more (h27), read at the session's first
// rules (h27 round): 5 of 18 usable, two quizzes empty; after its general
// failures were mended (r192), two hundred and seventy-two articles, 206
// of 269 (76.6 %), 0.76 — the floor follows the harder set; the 262
// before it went from 199 of 256 to 199 of 254. Ten more (h28), read
// after h27's fixes (h28 round): 2 of 8 usable, four quizzes empty;
// after its general failures were mended (r195), two hundred and
// eighty-two articles, 209 of 275 (76.0 %), 0.74 — the floor follows the
// harder set. Ten more (h29), read after the session's h27 and h28
// fixes (h29 round): 4 of 11 usable, two quizzes empty; after its
// general failures were mended (r198), two hundred and ninety-two
// articles, 215 of 282 (76.2 %), 0.74 — 0.736, under the old floor by the
// new set's empty quizzes. Ten more (h30), read after the 2026-12-05
// third session's first fixes (h30 round): 5 of 20 usable, two quizzes
// empty; after its general failures were mended (r205–r206), three
// hundred and two articles, 220 of 289 (76.1 %), 0.728 — the floor
// follows the harder set.
const (
	floorHeldOutShare   = 0.75
	floorHeldOutPerItem = 0.72
)

// TestHeldOutNewsReviews regenerates the quiz of every held-out article,
// looks up each question's review (testdata/heldout-news/reviews), and
// prints the table. It fails when a question has no review for its
// current wording, or when the figures fall below the floors.
func TestHeldOutNewsReviews(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(heldOutNews, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatal("no held-out articles in testdata/heldout-news")
	}
	sort.Strings(files)
	var total, usable int
	var unreviewed []string
	byKind := map[string]*kindTally{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Build(src, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		byKey := map[string]reviewQuestion{}
		if path := filepath.Join(heldOutNews, "reviews", name+".json"); fileExists(path) {
			for _, q := range readReview(t, path).Questions {
				byKey[reviewKey(q.ID, q.Prompt, q.Choices)] = q
			}
		}
		good := 0
		for _, q := range l.Questions {
			rq, ok := byKey[reviewKey(q.ID, q.Prompt, q.Choices)]
			if !ok {
				unreviewed = append(unreviewed, fmt.Sprintf("%s %s %q", name, q.ID, q.Prompt))
				continue
			}
			if rq.usable() {
				good++
			}
			tallyKind(byKind, string(q.Kind)+" / "+q.Source, rq)
		}
		t.Logf("%-8s %5d words %2d questions %2d usable", name, l.Article.WordCount(), len(l.Questions), good)
		total += len(l.Questions)
		usable += good
	}
	share := float64(usable) / float64(max(total, 1))
	perArticle := float64(usable) / float64(len(files))
	t.Logf("all: %d questions on %d articles, %d usable (%.1f%%), %.2f usable per article", total, len(files), usable, 100*share, perArticle)
	logKinds(t, byKind)
	checkReviewed(t, unreviewed, "testdata/heldout-news/reviews")
	checkFloors(t, share, perArticle, floorHeldOutShare, floorHeldOutPerItem)
}

// fileExists reports whether path names a file that can be read.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
