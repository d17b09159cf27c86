package worksheet

import (
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/export"
	"github.com/lede-app/lede/data/quiz"
)

// KeyEntry is one question of the answer key, as printed.
type KeyEntry struct {
	Number int
	Prompt string
	// Answer is the answer as Lede shows it after checking.
	Answer string
	// AlsoAccepted are the other answers the key accepts, as written in
	// it, without the one that repeats Answer.
	AlsoAccepted []string
	// Note says how a number or a date is marked, or "".
	Note        string
	Explanation string
	// Where says where the evidence is: "paragraph 3", "the headline".
	Where string
	// Evidence is the evidence sentence, when the explanation does not
	// already quote it whole.
	Evidence string
}

// Key returns the answer key of the questions, in order.
func Key(a *article.Article, qs []quiz.Question) []KeyEntry {
	nums := paragraphNumbers(a)
	out := make([]KeyEntry, 0, len(qs))
	for i, q := range qs {
		e := KeyEntry{
			Number:      i + 1,
			Prompt:      q.Prompt,
			Answer:      q.Answer,
			Note:        markingNote(q),
			Explanation: withoutAnswer(q.Explanation, q.Answer),
			Where:       where(a, nums, q.Evidence.Start),
		}
		if e.Answer == "" && len(q.Accepted) > 0 {
			e.Answer = q.Accepted[0]
		}
		seen := map[string]bool{sameAnswer(e.Answer): true}
		for _, s := range q.Accepted {
			if k := sameAnswer(s); k != "" && !seen[k] {
				seen[k] = true
				e.AlsoAccepted = append(e.AlsoAccepted, strings.TrimSpace(s))
			}
		}
		if ev := export.Evidence(a, q); ev != "" && !strings.Contains(fold(q.Explanation), fold(ev)) {
			e.Evidence = ev
		}
		out = append(out, e)
	}
	return out
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// sameAnswer folds an accepted answer to what a teacher reads in it:
// "a Rovers manager", "the Rovers manager" and "Rovers manager" are one
// line of the printed key, not three.
func sameAnswer(s string) string {
	f := fold(s)
	for _, article := range []string{"the ", "a ", "an "} {
		if rest, ok := strings.CutPrefix(f, article); ok && rest != "" {
			return rest
		}
	}
	return f
}

// markingNote says how Lede marks a number or a date, which a key's one
// answer does not show.
func markingNote(q quiz.Question) string {
	switch {
	case q.Kind == quiz.HowMany && q.Approx:
		return fmt.Sprintf("The article gives this number as approximate: any answer within %d %% of it is right.", export.ApproxTolerancePercent)
	case q.Kind == quiz.HowMany:
		return fmt.Sprintf("Lede marks an answer within %d %% of this number as close, not right.", export.ApproxTolerancePercent)
	case q.Kind == quiz.When:
		return "Any way of writing the day is right: with or without the weekday or the year."
	}
	return ""
}

// paragraphNumbers maps each body paragraph's index in a.Blocks to its
// printed number, 1 for the first; headings are not numbered.
func paragraphNumbers(a *article.Article) map[int]int {
	nums := map[int]int{}
	for i, b := range a.Blocks {
		if b.Kind == article.Paragraph {
			nums[i] = len(nums) + 1
		}
	}
	return nums
}

// where says where in the printed article the byte offset off is.
func where(a *article.Article, nums map[int]int, off int) string {
	if a.Title != "" && a.TitleSpan.End > a.TitleSpan.Start && a.TitleSpan.Contains(off) {
		return "the headline"
	}
	for i, b := range a.Blocks {
		if !b.Span.Contains(off) {
			continue
		}
		if n, ok := nums[i]; ok {
			return fmt.Sprintf("paragraph %d", n)
		}
		if b.Kind == article.Heading {
			return "the subheading “" + strings.Join(strings.Fields(b.Text), " ") + "”"
		}
	}
	for _, b := range a.Extras {
		if b.Span.Contains(off) {
			return "the lines printed below the article"
		}
	}
	if a.Dateline != "" && a.DatelineSpan.Contains(off) {
		return "the dateline"
	}
	return ""
}

// withoutAnswer drops an explanation's opening answer when the key prints
// it just above: "Answer: Yes" then "Why: The article says …", not "Why:
// Yes. The article says …".
func withoutAnswer(explanation, answer string) string {
	rest, ok := strings.CutPrefix(explanation, answer+". ")
	if !ok || answer == "" || rest == "" {
		return explanation
	}
	return strings.ToUpper(rest[:1]) + rest[1:]
}
