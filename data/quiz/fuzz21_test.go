package quiz

import (
	"math"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// FuzzTwentyOne runs held-out set 21's readers (a reason's figures, a
// vote told wrongly, a country the article does not name, a wider place, the question's preposition,
// a lower-case title, a rounded count, a date without its time or year,
// words of the same meaning, cents and a range's units) on any answer:
// each verdict is one of the four, and a reason's figure is finite and
// not negative.
func FuzzTwentyOne(f *testing.F) {
	for _, s := range []string{"no, it was 7 to 3", "yes, 2,290 more", "yeah 38c instead of 42c", "yes on 30th july", "Yes, unanimously",
		"no it was rejected", "no, in britain", "maine", "mr echeverria.", "Nearly 12,000", "86k", "monday 14th oct", "in august",
		"to save cash", "4c per litre", "between 190m and 260m", "no, it refused to pay", "not confirmed", "6-4", "1e308 more", "about 14 km"} {
		f.Add(s)
	}
	a, err := article.Parse([]byte("Tram vote\n\nThe council approved the tram by seven votes to four on 30 July. It will be built in Zaragoza, Spain, and open at 6 am on Monday 14 October 2029. The province declined to confirm whether it would pay. More than 86,000 people signed a petition."))
	if err != nil {
		f.Fatal(err)
	}
	said := ArticleSentences(a)
	questions := []Question{
		{Kind: YesNo, Prompt: "Was the tram approved unanimously?", Answer: "no", Accepted: []string{"no", "No, it was approved by seven votes to four"}, Said: said},
		{Kind: YesNo, Prompt: "Will the trams be built in Portugal?", Answer: "no", Accepted: []string{"no", "No, in Zaragoza, Spain"}, Said: said},
		{Kind: YesNo, Prompt: "Has the province confirmed that it will pay?", Answer: "no", Accepted: []string{"no", "No, it declined to confirm"}, Said: said},
		teacherQuestion("In which city will the trams be built?", "Zaragoza, Spain"),
		teacherQuestion("Who chairs the council?", "Matías Echeverría Soto"),
		teacherQuestion("How many people signed the petition?", "More than 86,000"),
		teacherQuestion("When will the line open?", "At 6 am on Monday 14 October 2029"),
		teacherQuestion("Why did they walk?", "To save money"),
		teacherQuestion("By how much did the fare rise?", "4 cent per litre"),
		teacherQuestion("At what depth is the reef?", "Between 190 and 260 metres"),
		teacherQuestion("How long will the line be?", "14.2 kilometres"),
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range reasonFigures(s) {
			if math.IsNaN(r.value) || r.value < 0 || math.IsNaN(r.scaled) {
				t.Errorf("reasonFigures(%q) read %v", s, r)
			}
		}
		withRangeUnitOnce(s)
		withoutAskedPreposition(Question{Prompt: "Off which islands was it found?"}, s)
		for _, q := range questions {
			switch v := Check(q, s).Verdict; v {
			case Correct, Partial, Incorrect, Unclear:
			default:
				t.Fatalf("%q: verdict %q", s, v)
			}
		}
	})
}
