package quiz

import (
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// Times and dates as held-out set 14 wrote them (docs/quality.md,
// 2026-12-02). Table: TestHeldOutFourteenTimes.

// otherClockTime reports whether an answer gives, as its one time of day,
// another time than every key that is one exact time: "2:06 p.m." or
// "1:06 p.m." for "12:06 p.m." passed, the clock's figures read as words
// that all but matched. A key that hedges its time ("shortly after
// 2am", "about 7pm", "by 9am") is left to the other checks.
func otherClockTime(q Question, answer string) bool {
	t, ok := spokenClockTime(q.Prompt, answer)
	if !ok {
		t, ok = clockTime(answer)
	}
	if !ok {
		return false
	}
	if t >= 720 && t < 780 && strings.Contains(strings.ToLower(answer), "night") {
		t -= 720
	}
	other := false
	for _, key := range q.Accepted {
		k, ok := keyClockTime(q.Prompt, key)
		if !ok {
			continue
		}
		if k == t || sameHourOfClock(answer, t, k) || hedgedTime.MatchString(key) {
			return false
		}
		other = true
	}
	return other
}

// hedgedTime finds the words that make a time of day a bound or a guess.
var hedgedTime = lazyre.New(`(?i)\b(?:about|around|roughly|approximately|approx|nearly|almost|just|shortly|soon|before|after|by|until|till|from|between|since|circa|c)\b`)

// minutesToHour finds minutes said before an hour: "twenty to ten",
// "ten past six", "25 minutes past 4", "twenty-five to one".
var minutesToHour = lazyre.New(`(?i)\b(\d{1,2}|(?:twenty[\s-])?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:minutes?\s+)?(past|to)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// withMinutesToHour writes minutes said past or to an hour as the time in
// figures: "twenty to ten in the morning" is "9:40 in the morning" (held-out
// set 14), as "quarter to six" already was 5:45.
func withMinutesToHour(answer string) string {
	if !strings.Contains(answer, " to ") && !strings.Contains(answer, " past ") && !strings.Contains(answer, " TO ") && !strings.Contains(answer, " PAST ") {
		return answer
	}
	return minutesToHour.ReplaceAllStringFunc(answer, func(m string) string {
		sub := minutesToHour.FindStringSubmatch(m)
		min, ok := textnum.Parse(strings.ReplaceAll(sub[1], "-", " "))
		h := hourOf(sub[3])
		if !ok || h == 0 || min < 1 || min > 29 || min != float64(int(min)) {
			return m
		}
		if strings.EqualFold(sub[2], "past") {
			return strconv.Itoa(h) + ":" + twoDigits(int(min))
		}
		return strconv.Itoa((h+10)%12+1) + ":" + twoDigits(60-int(min)) // "twenty to one" is 12:40
	})
}

// twoDigits writes n (0–59) in two figures.
func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
