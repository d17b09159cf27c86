package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/quiz"
)

func TestHeadlines(t *testing.T) {
	f, err := os.Open("testdata/headlines-mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	sum, err := Headlines(f, &out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]HeadlineResult{}
	sc := bufio.NewScanner(&out)
	var last string
	for sc.Scan() {
		last = sc.Text()
		var r HeadlineResult
		if err := json.Unmarshal(sc.Bytes(), &r); err == nil && r.Index != nil {
			got[string(r.Index)] = r
		}
	}
	want := map[string]bool{"1": true, "2": false, "3": true, "4": true, "5": true}
	for id, supported := range want {
		if r, ok := got[id]; !ok || r.Supported != supported {
			t.Errorf("row %s: %+v; want supported=%v", id, r, supported)
		}
	}
	if got["2"].Flag != "headline-unsupported" {
		t.Errorf("row 2 flag = %q", got["2"].Flag)
	}
	if got["5"].Error == "" {
		t.Error("row 5 (empty) has no error message")
	}
	if !strings.HasPrefix(last, `{"summary":`) || sum.Rows != 5 || sum.Flagged["disagree"] != 1 || sum.Total["agree"] != 2 {
		t.Errorf("summary %+v, last line %s", sum, last)
	}
	if !strings.Contains(sum.Table(), "disagree") {
		t.Errorf("table:\n%s", sum.Table())
	}
}

func TestHeadlinesRejectsBrokenLine(t *testing.T) {
	_, err := Headlines(strings.NewReader("{\"headline\": \"x\"}\nnot json\n"), &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v; want one naming line 2", err)
	}
}

// TestFNC1Sample runs the shared FNC-1 sample when it is present (it is
// not shipped with Lede) and holds issue 10's targets: the flag fires on
// at least 40 % of the pairs whose body refutes the headline, at most
// 10 % of those whose body agrees and 5 % of unrelated ones, and more
// often on refutations than on agreements. docs/quality.md reports the
// numbers.
func TestFNC1Sample(t *testing.T) {
	f, err := os.Open("../../../shared/eval/headlines/fnc1-sample.jsonl")
	if err != nil {
		t.Skip("shared evaluation set not present:", err)
	}
	defer f.Close()
	sum, err := Headlines(f, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", sum.Table())
	if sum.Flagged["disagree"] <= sum.Flagged["agree"] {
		t.Errorf("flagged %v of %v: want more disagree than agree", sum.Flagged, sum.Total)
	}
	rate := func(stance string) float64 {
		if sum.Total[stance] == 0 {
			return 0
		}
		return float64(sum.Flagged[stance]) / float64(sum.Total[stance])
	}
	if rate("disagree") < 0.40 || rate("agree") > 0.10 || rate("unrelated") > 0.05 {
		t.Errorf("flagged %.0f %% of disagree, %.0f %% of agree, %.0f %% of unrelated pairs; want ≥ 40 %%, ≤ 10 %%, ≤ 5 %%",
			100*rate("disagree"), 100*rate("agree"), 100*rate("unrelated"))
	}
}

func TestAnswers(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "question": "Who founded Alibaba?", "accepted": ["Jack Ma"], "candidate": "I think it's Jack Ma", "expected": "correct", "kind": "noise-filler"}`,
		`{"id": "b", "question": "Who founded Alibaba?", "accepted": ["Jack Ma"], "candidate": "Donald Trump", "expected": "incorrect", "kind": "other-question"}`,
		`{"id": "c", "question": "When was the Duchy founded?", "accepted": ["911"], "candidate": "912", "expected": "incorrect", "kind": "other-number"}`,
		`{"id": "d", "question": "What kind of problems are studied?", "accepted": ["Decision problems"], "candidate": "decision", "expected": "correct", "kind": "alternate-gold"}`,
	}, "\n")
	var out bytes.Buffer
	sum, err := Answers(strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `{"id":"a","verdict":"correct"}`) || !strings.Contains(out.String(), `{"id":"c","verdict":"incorrect"}`) {
		t.Errorf("output:\n%s", out.String())
	}
	if sum.CorrectAccepted.Accepted != 2 || sum.WrongAccepted.Accepted != 0 || sum.ByKind["other-number"].Rows != 1 {
		t.Errorf("summary %+v", sum)
	}
	if !strings.Contains(sum.Table(), "wrong answers accepted:   0/2") {
		t.Errorf("table:\n%s", sum.Table())
	}
}

// TestSQuADAnswers runs the shared SQuAD-based set when it is present and
// holds the targets: at least 97% of correct answers accepted, at
// most 1% of wrong ones. docs/quality.md reports the numbers.
func TestSQuADAnswers(t *testing.T) {
	runAnswerSet(t, "squad-normans-complexity.jsonl", 0.97, 0.01)
}

// runAnswerSet judges one shared answer set, when present, and fails
// below minRight of correct answers accepted or above maxWrong of wrong
// ones accepted.
func runAnswerSet(t *testing.T, name string, minRight, maxWrong float64) {
	t.Helper()
	f, err := os.Open("../../../shared/eval/answers/" + name)
	if err != nil {
		t.Skip("shared evaluation set not present:", err)
	}
	defer f.Close()
	sum, err := Answers(f, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", sum.Table())
	if sum.CorrectAccepted.Share < minRight || sum.WrongAccepted.Share > maxWrong {
		t.Errorf("accepted %.1f%% of correct and %.1f%% of wrong answers; want ≥ %.0f%% and ≤ %.0f%%",
			100*sum.CorrectAccepted.Share, 100*sum.WrongAccepted.Share, 100*minRight, 100*maxWrong)
	}
}

// TestTypedAnswers runs the teacher-written set on BBC articles when it
// is present (issue 13): the kind inferred from the question and key,
// units and abbreviations read, people known by the article's
// descriptions. Floors just under what was measured (docs/quality.md);
// the targets are 97 % and 1 %.
func TestTypedAnswers(t *testing.T) {
	runAnswerSet(t, "typed-bbc.jsonl", 0.97, 0.01)
}

// TestDescriptionsAnswerForNames: a key that is a person's name also
// accepts how the article describes them.
func TestDescriptionsAnswerForNames(t *testing.T) {
	article := "ID cards row\n\nLib Dem home affairs spokesman Mark Oaten branded the scheme a waste of money.\n"
	if v := JudgeAnswer("Who branded the scheme a waste of money?", []string{"Mark Oaten"}, "the Lib Dem home affairs spokesman", article); v != quiz.Correct {
		t.Errorf("the article's description of Mark Oaten: %s", v)
	}
	if v := JudgeAnswer("Who branded the scheme a waste of money?", []string{"Mark Oaten"}, "the Tory spokesman", article); v == quiz.Correct {
		t.Error("another description was accepted")
	}
}

// TestDescriptionsElsewhereAnswerForNames: lede eval answers reads the
// descriptions the article gives a person in another sentence, and keeps
// refusing another person's.
func TestDescriptionsElsewhereAnswerForNames(t *testing.T) {
	article := "Panel\n\nThe panel was chaired by ex-ITN political editor John Sergeant. " +
		"But the real star is Kelvin MacKenzie, in the Simon Cowell seat. The former Sun editor dispensed insults.\n"
	for _, c := range []struct {
		key, answer string
		want        quiz.Verdict
	}{
		{"Kelvin MacKenzie", "the former Sun editor", quiz.Correct},
		{"Kelvin MacKenzie", "the former ITN political editor", quiz.Incorrect},
		{"John Sergeant", "the former ITN political editor", quiz.Correct},
		{"John Sergeant", "the former Sun editor", quiz.Incorrect},
		{"John Sergeant", "the editor", quiz.Unclear},
	} {
		if v := JudgeAnswer("Who is it?", []string{c.key}, c.answer, article); v != c.want {
			t.Errorf("%q for %s: %s; want %s", c.answer, c.key, v, c.want)
		}
	}
}

// TestHeldOutAnswers runs the project's own held-out sets
// (testdata/answers/heldout*-bbc.jsonl, heldout6-fnc.jsonl,
// heldout7-mixed.jsonl, heldout8-mixed.jsonl, heldout9-mixed.jsonl,
// heldout9-drafts.jsonl, heldout10-mixed.jsonl, heldout10-drafts.jsonl,
// heldout11-mixed.jsonl, heldout11-drafts.jsonl, heldout12-mixed.jsonl,
// heldout12-drafts.jsonl, heldout13-mixed.jsonl, heldout13-drafts.jsonl,
// heldout14-mixed.jsonl, heldout14-drafts.jsonl, heldout15-mixed.jsonl,
// heldout15-drafts.jsonl, heldout16-mixed.jsonl, heldout16-drafts.jsonl,
// heldout17-mixed.jsonl, heldout17-drafts.jsonl, heldout18-mixed.jsonl,
// heldout18-drafts.jsonl, heldout19-mixed.jsonl, heldout19-drafts.jsonl,
// and sets 20 to 23, mixed and drafts):
// candidate
// answers to teacher questions on development articles, written and labelled by
// independent reviewers who saw neither the checker nor its rules
// (issue 13). Sets 1–11 carry no article text; it is read from
// ../shared/eval/articles, and the test skips without it. Set 12's rows
// carry their article as context, so it runs on a clean checkout. Floors are what
// was measured (docs/quality.md); the second set's ≤ 1 % target is not
// met yet.
func TestHeldOutAnswers(t *testing.T) {
	for _, c := range []struct {
		file               string
		minRight, maxWrong float64
	}{
		{"heldout-bbc.jsonl", 0.97, 0.01},
		{"heldout2-bbc.jsonl", 0.99, 0.0},  // now a training score: its misses were fixed by general rules
		{"heldout3-bbc.jsonl", 0.99, 0.02}, // first measure 95.3 % and 4.9 %; a training score since
		// its misses were fixed by general rules (docs/quality.md)
		{"heldout4-bbc.jsonl", 0.96, 0.01},  // first measure 90.2 % and 4.8 %; a training score since
		{"heldout5-bbc.jsonl", 0.94, 0.0},   // first measure 93.4 % and 1.9 %; a training score since
		{"heldout6-fnc.jsonl", 0.95, 0.0},   // FNC-1 bodies; first measure 89.4 % and 1.1 %; a training score since
		{"heldout7-mixed.jsonl", 0.97, 0.0}, // BBC and FNC-1, all kinds; first measure 85.8 % and 1.0 %; a training score since
		{"heldout8-mixed.jsonl", 0.98, 0.0}, // BBC and FNC-1, all kinds; first measure 95.9 % and 2.0 %; a training score since
		{"heldout9-mixed.jsonl", 0.99, 0.0}, // BBC and FNC-1, all kinds; first measure 95.0 % (134/141) and 0.0 % (0/94); a training score since
		// The candidates drafted for set 9 that its fixed-seed selection
		// left out: 90.4 % (369/408) and 0.4 % (1/259) before the fixes,
		// which read them too; a training score (98.8 %, 403/408, after
		// the descriptions the article gives in other sentences).
		{"heldout9-drafts.jsonl", 0.985, 0.0},
		// A tenth set (2026-12-01, night), written and labelled by a
		// reviewer who read neither the checker nor any earlier set: first
		// measure, before any change, 94.4 % (136/144) and 0.0 % (0/96);
		// its drafts 93.7 % (651/695) and 0.2 % (1/587). A training score
		// since its misses were fixed by general rules: 97.2 % (140/144)
		// and 0.0 %, drafts 97.3 % (676/695) and 0.0 % (0/587).
		{"heldout10-mixed.jsonl", 0.97, 0.0},
		{"heldout10-drafts.jsonl", 0.97, 0.0},
		// An eleventh set (2026-12-02), written and labelled by a reviewer
		// who read neither the checker nor any earlier set, on 20 articles
		// (12 rows each): first measure, before any change, 93.8 %
		// (135/144) and 0.0 % (0/96); its drafts 91.2 % (479/525) and
		// 0.9 % (5/527). A training score since its misses were fixed by
		// general rules (2026-12-02, docs/quality.md): 97.9 % (141/144)
		// and 0.0 % (0/96), drafts 97.3 % (511/525) and 0.4 % (2/527).
		{"heldout11-mixed.jsonl", 0.979, 0.0},
		{"heldout11-drafts.jsonl", 0.973, 0.004},
		// A twelfth set (2026-12-02), written and labelled by a reviewer
		// who read neither the checker nor any earlier set's questions, on
		// 8 articles the reviewer wrote: first measure (lede eval answers,
		// before any change) 90.3 % (130/144) and 0.0 % (0/96); its drafts
		// 84.5 % (485/574) and 0.4 % (2/511). Its rows carry their article
		// as context (source held12/NAME is not in ../shared/eval/articles),
		// so it runs on a clean checkout. A training score since its misses
		// were fixed by general rules (2026-12-02, docs/quality.md): 93.8 %
		// (135/144) and 0.0 % (0/96), drafts 94.3 % (541/574) and 0.0 %
		// (0/511).
		{"heldout12-mixed.jsonl", 0.937, 0.0},
		{"heldout12-drafts.jsonl", 0.942, 0.0},
		// A thirteenth set (2026-12-02, third session), written and
		// labelled by a reviewer who read neither the checker nor any
		// earlier set, on 8 articles the reviewer wrote, carried as
		// context: first measure (lede eval answers at 1fb96d0, before any
		// change) 95.8 % (138/144) and 1.0 % (1/96); its drafts 94.7 %
		// (515/544) and 3.7 % (20/544). A training score since its misses
		// and false accepts were fixed by general rules (2026-12-02,
		// docs/quality.md): 99.3 % (143/144) and 0.0 % (0/96), drafts
		// 97.4 % (530/544) and 0.0 % (0/544).
		{"heldout13-mixed.jsonl", 0.993, 0.0},
		{"heldout13-drafts.jsonl", 0.974, 0.0},
		// A fourteenth set (2026-12-02), written and labelled by a
		// reviewer who never saw the checker, on 8 articles the reviewer
		// wrote, carried as context: first measure (lede eval answers at
		// main 0a50447, before any change) 93.1 % (134/144) and 0.0 %
		// (0/96); its drafts 92.5 % (466/504) and 1.8 % (9/504). A
		// training score since its false accepts and misses were fixed by
		// general rules (2026-12-02, docs/quality.md): 97.2 % (140/144)
		// and 0.0 % (0/96), drafts 97.4 % (491/504) and 0.0 % (0/504).
		{"heldout14-mixed.jsonl", 0.972, 0.0},
		{"heldout14-drafts.jsonl", 0.976, 0.0},
		// A fifteenth set (2026-12-02), written and labelled by a blind
		// reviewer on 8 articles of their own, carried as context: first
		// measure (lede eval answers at main 04ac009, before any change)
		// 92.4 % (133/144) and 0.0 % (0/96); its drafts 90.5 % (498/550)
		// and 2.3 % (12/512). A training score since its false accepts and
		// misses were fixed by general rules (2026-12-02, docs/quality.md):
		// 98.6 % (142/144) and 0.0 % (0/96), drafts 97.5 % (536/550) and
		// 0.0 % (0/512). 535/550 since 2026-12-04: "19" for "19 days" to
		// "What is the average return time?", which its writer marked
		// right, is partly right — the unit missing — as sets 20 to 22's
		// writers marked such answers.
		{"heldout15-mixed.jsonl", 0.986, 0.0},
		{"heldout15-drafts.jsonl", 0.974, 0.0},
		// A sixteenth set (2026-12-02), written and labelled by a blind
		// reviewer on 8 articles of their own (Indian, Australian,
		// Scottish, American and English news), carried as context: first
		// measure (lede eval answers at 88fcc91, before any change) 92.4 %
		// (133/144) and 1.0 % (1/96); its drafts 92.5 % (434/469) and
		// 1.4 % (8/557). A training score since its false accepts and
		// misses were fixed by general rules (2026-12-02,
		// docs/quality.md): 96.5 % (139/144) and 0.0 % (0/96), drafts
		// 96.2 % (451/469) and 0.0 % (0/557).
		{"heldout16-mixed.jsonl", 0.965, 0.0},
		{"heldout16-drafts.jsonl", 0.961, 0.0},
		// A seventeenth set (2026-12-02), written and labelled by a blind
		// reviewer on 8 articles of their own (Nigerian, Canadian,
		// Japanese, Kenyan, Indian, Australian, Irish and American news),
		// carried as context: first measure (lede eval answers at cda555f,
		// before any change) 90.3 % (130/144) and 2.1 % (2/96); its drafts
		// 92.0 % (561/610) and 3.7 % (22/589). A training score since its
		// false accepts and misses were fixed by general rules
		// (2026-12-02, docs/quality.md): 97.2 % (140/144) and 0.0 %
		// (0/96), drafts 97.5 % (595/610) and 0.3 % (2/589).
		{"heldout17-mixed.jsonl", 0.972, 0.0},
		{"heldout17-drafts.jsonl", 0.975, 0.004},
		// An eighteenth set (2026-12-02), written and labelled by a blind
		// reviewer on 8 articles of their own (South African, Polish,
		// Indian, Japanese, Mexican, Irish, Kenyan and New Zealand news),
		// carried as context: first measure (lede eval answers at
		// adcab5f, before any change) 93.1 % (134/144) and 0.0 % (0/96);
		// its drafts 83.6 % (439/525) and 2.8 % (16/563). A training
		// score since its false accepts and misses were fixed by general
		// rules (2026-12-02, docs/quality.md): 97.2 % (140/144) and 0.0 %
		// (0/96), drafts 93.5 % (491/525) and 0.2 % (1/563).
		{"heldout18-mixed.jsonl", 0.972, 0.0},
		{"heldout18-drafts.jsonl", 0.937, 0.002},
		// A nineteenth set (2026-12-02), written and labelled by a blind
		// teacher never shown the checker, on 8 articles of their own
		// (Norwegian, Vietnamese, Chilean, Ghanaian, Portuguese, Scottish,
		// Turkish and Canadian news), carried as context: first measure
		// (lede eval answers at e9e09c0, before any change) 99.3 %
		// (143/144) and 1.0 % (1/96); its drafts 89.9 % (479/533) and
		// 3.2 % (18/555). A training score since its false accepts and
		// misses were fixed by general rules (2026-12-02,
		// docs/quality.md): 100 % (144/144) and 0.0 % (0/96), drafts
		// 93.8 % (500/533) and 0.5 % (3/555).
		{"heldout19-mixed.jsonl", 1.0, 0.0},
		{"heldout19-drafts.jsonl", 0.938, 0.006},
		// A twentieth set (2026-12-02), written and labelled by a blind
		// teacher never shown the checker, on 8 articles of their own
		// (Kenyan, Spanish, Australian, Indian, Armenian, Chilean,
		// Icelandic and Belgian news), carried as context: first measure
		// (lede eval answers at f91782c, before any change) 91.7 %
		// (132/144) and 6.3 % (6/96); its drafts 88.2 % (441/500) and
		// 4.6 % (23/500). A training score after its first fixes by
		// general rules (2026-12-02, docs/quality.md): 92.4 % (133/144)
		// and 3.1 % (3/96), drafts 89.8 % (449/500) and 2.6 % (13/500) —
		// the ≤ 1 % target not met yet.
		// Since 2026-12-04 a bare number to a unit question is partly
		// right: drafts 2.0 % (10/500); and an answer's opening that says
		// the question again ("It was started by …", "he asked for …")
		// is read past: 93.1 % (134/144), drafts 90.2 % (451/500).
		{"heldout20-mixed.jsonl", 0.930, 0.032},
		{"heldout20-drafts.jsonl", 0.902, 0.020},
		// A twenty-first set (2026-12-03), written and labelled by a blind
		// teacher never shown the checker, on 8 articles of their own
		// (Kenyan, Portuguese, New Zealand, Vietnamese, Irish, Chilean,
		// Norwegian and Canadian news), carried as context: first measure
		// (lede eval answers at f4066e1, before any change) 89.6 %
		// (129/144) and 3.1 % (3/96); its drafts 87.8 % (439/500) and
		// 7.6 % (38/500) — both targets broken. A training score after
		// its fixes by general rules (2026-12-03, docs/quality.md):
		// 95.8 % (138/144) and 2.1 % (2/96), drafts 90.8 % (454/500) and
		// 2.4 % (12/500) — neither target met yet.
		// Since 2026-12-04 (a bare number to a unit question partly
		// right): drafts 2.0 % (10/500).
		{"heldout21-mixed.jsonl", 0.958, 0.021},
		{"heldout21-drafts.jsonl", 0.908, 0.020},
		// A twenty-second set (2026-12-03), written and labelled by a
		// blind teacher never shown the checker, on 8 articles of their
		// own (Irish, German, Kenyan, Canadian, New Zealand, Spanish,
		// Norwegian and Australian news), carried as context: first
		// measure (lede eval answers at bd99f6f, before any change)
		// 92.4 % (133/144) and 5.2 % (5/96); its drafts 95.0 % (475/500)
		// and 5.2 % (26/500) — the ≤ 1 % target broken on both, mostly
		// by a right yes or no with a wrong reason and a bare number to a
		// unit question. A training score after its fixes by general
		// rules (docs/quality.md): 95.1 % (137/144) and 5.2 % (5/96),
		// drafts 96.8 % (484/500) and 5.2 % (26/500). Since 2026-12-04 (a
		// bare number to a unit question partly right): 3.1 % (3/96),
		// drafts 4.6 % (23/500).
		{"heldout22-mixed.jsonl", 0.951, 0.032},
		{"heldout22-drafts.jsonl", 0.968, 0.046},
		// A twenty-third set (2026-12-04), written and labelled by a
		// blind teacher never shown the checker, on 8 articles of their
		// own (Kenyan, Canadian, New Zealand, Norwegian, Indian,
		// Australian, Polish and Brazilian news), carried as context:
		// first measure (lede eval answers at e8f2fa4, the session's
		// start) 88.9 % (128/144) and 11.5 % (11/96); its drafts 92.2 %
		// (461/500) and 6.6 % (33/500) — both targets broken, mostly by
		// a right yes or no with a wrong reason and by paraphrased
		// reasons. A training score after its fixes by general rules
		// (docs/quality.md) holds the floors.
		{"heldout23-mixed.jsonl", 0.923, 0.063},
		{"heldout23-drafts.jsonl", 0.948, 0.046},
		// A twenty-fourth set (2026-12-04), written the same way on 8
		// articles (Estonian, Thai, Fijian, Peruvian, Moroccan, Mexican,
		// Canadian and Belgian news): first measure (at dee6e7f, the
		// session's start) 95.1 % (137/144) and 6.2 % (6/96); its drafts
		// 92.2 % (461/500) and 5.8 % (29/500). A training score after its
		// fixes by general rules (docs/quality.md) holds the floors.
		{"heldout24-mixed.jsonl", 0.972, 0.042},
		{"heldout24-drafts.jsonl", 0.958, 0.044},
		// A twenty-fifth set (2026-12-04) on 8 articles (Danish,
		// Australian, Sri Lankan, Ghanaian, Argentine, English, Spanish and
		// Mexican news): first measure at dee6e7f 95.1 % (137/144) and
		// 7.3 % (7/96), drafts 93.0 % (465/500) and 5.0 % (25/500); after
		// set 24's fixes, which never saw it, 95.8 % and 7.3 %, drafts
		// 93.8 % and 4.8 %. A training score after its own fixes holds
		// the floors.
		{"heldout25-mixed.jsonl", 0.972, 0.053},
		{"heldout25-drafts.jsonl", 0.954, 0.039},
		// A twenty-sixth set (2026-12-04) on 8 articles (South African,
		// Scottish, Australian, Vietnamese, Mongolian, Brazilian, American
		// and Swiss news): first measure at dee6e7f 94.4 % (136/144) and
		// 7.3 % (7/96), drafts 94.4 % (472/500) and 4.8 % (24/500); after
		// sets 24 and 25's fixes, which never saw it, the same but one
		// draft (94.6 %). A training score after its own fixes holds the
		// floors.
		{"heldout26-mixed.jsonl", 0.958, 0.063},
		{"heldout26-drafts.jsonl", 0.966, 0.045},
	} {
		t.Run(c.file, func(t *testing.T) {
			sum := heldOutSummary(t, "../../testdata/answers/"+c.file)
			t.Logf("\n%s", sum.Table())
			if sum.CorrectAccepted.Share < c.minRight || sum.WrongAccepted.Share > c.maxWrong {
				t.Errorf("accepted %.1f%% of correct and %.1f%% of wrong answers; want ≥ %.0f%% and ≤ %.1f%%",
					100*sum.CorrectAccepted.Share, 100*sum.WrongAccepted.Share, 100*c.minRight, 100*c.maxWrong)
			}
		})
	}
}

// heldOutSummary judges a held-out file, each row given its article: its
// own context when it carries one, else the development article its source
// names, read from ../shared/eval/articles (the test skips without it).
func heldOutSummary(t *testing.T, path string) AnswerSummary {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var withContext bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimSpace(raw), []byte("\n")) {
		var row map[string]any
		if err := json.Unmarshal(line, &row); err != nil {
			t.Fatal(err)
		}
		if context, _ := row["context"].(string); context == "" {
			source, _ := row["source"].(string)
			text, err := os.ReadFile("../../../shared/eval/articles/" + source[strings.Index(source, "/")+1:] + ".txt")
			if err != nil {
				t.Skip("development articles not present:", err)
			}
			row["context"] = string(text)
		}
		out, _ := json.Marshal(row)
		withContext.Write(append(out, '\n'))
	}
	sum, err := Answers(&withContext, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// TestJudgeAnswerReadsConversions: an amount the article gives in other
// currencies, in brackets after it, is right in each of them; another
// amount in those currencies is not.
func TestJudgeAnswerReadsConversions(t *testing.T) {
	context := "Fined\n\nThe firm and its former boss were each fined 2m euros ($2.6m; £1.4m) by the regulator."
	for answer, want := range map[string]quiz.Verdict{
		"$2.6m": quiz.Correct, "£1.4m": quiz.Correct, "2 million euros": quiz.Correct,
		"$2m": quiz.Incorrect, "£2.6m": quiz.Incorrect,
	} {
		if got := JudgeAnswer("How much were they each fined?", []string{"2m euros"}, answer, context); got != want {
			t.Errorf("%q: %v, want %v", answer, got, want)
		}
	}
}
