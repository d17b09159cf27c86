package quiz

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
	"github.com/lede-app/lede/data/textnum"
)

// A match's final score keyed with its winner — "27-24 to Otago",
// "Otago 27, Canterbury 24" — is two numbers and who scored which. The
// numbers alone, either way round, answer it ("27-24", "24-27",
// "twenty-seven twenty-four"); with the teams named, the winner must
// have the larger number: "24-27 to Canterbury" and "Canterbury 27
// Otago 24" give the match to the side that lost (held-out set 23).

// asksScore finds a question about a match's score or result.
var asksScore = lazyre.New(`(?i)\b(?:score|scoreline|final\s+result)\b`)

// scoreToTeam finds "27-24 to Otago": the points, larger first, and the
// side they went to.
var scoreToTeam = lazyre.New(`(?i)([0-9]+)\s*(?:-|–|—)\s*([0-9]+)\s+(?:to|for|in\s+favou?r\s+of)\s+([\p{L}][\p{L}'.-]*(?:\s+[\p{L}][\p{L}'.-]*)?)`)

// teamPoints finds "Otago 27", "Canterbury 24": a side and its points.
var teamPoints = lazyre.New(`([\p{L}][\p{L}'.-]*)\s+([0-9]+)\b`)

// matchScore is a final score: the winner's and the loser's points and
// names, where the key gives them.
type matchScore struct {
	high, low     float64
	winner, loser string // lower case; "" where the key does not say
}

// keyedScore reads the final score the keys give, with the winner's
// name; false where no key names the side that won.
func keyedScore(q Question) (matchScore, bool) {
	var s matchScore
	for _, acc := range q.Accepted {
		if m := scoreToTeam.FindStringSubmatch(acc); m != nil {
			h, l := pointsIn(m[1]), pointsIn(m[2])
			if len(h) == 1 && len(l) == 1 && h[0] > l[0] {
				s.high, s.low, s.winner = h[0], l[0], strings.ToLower(m[3])
			}
			continue
		}
		if sides := teamPoints.FindAllStringSubmatch(acc, -1); len(sides) == 2 {
			a, b := pointsIn(sides[0][2]), pointsIn(sides[1][2])
			if len(a) == 1 && len(b) == 1 && a[0] != b[0] {
				if a[0] < b[0] {
					sides[0], sides[1], a, b = sides[1], sides[0], b, a
				}
				s.high, s.low = a[0], b[0]
				s.winner, s.loser = strings.ToLower(sides[0][1]), strings.ToLower(sides[1][1])
			}
		}
	}
	return s, s.winner != ""
}

// checkScore judges an answer to a question about a final score the key
// gives with its winner; false where it is not such a question, or the
// answer is not two numbers.
func checkScore(q Question, answer string) (Verdict, string, bool) {
	if !asksScore.MatchString(q.Prompt) {
		return "", "", false
	}
	key, ok := keyedScore(q)
	if !ok {
		return "", "", false
	}
	nums := pointsIn(answer)
	if len(nums) != 2 {
		return "", "", false
	}
	if !sameNumbers(nums, []float64{key.high, key.low}) {
		return Incorrect, q.Explanation, true
	}
	lower := strings.ToLower(answer)
	if m := scoreToTeam.FindStringSubmatch(answer); m != nil {
		if side := strings.ToLower(m[3]); !strings.Contains(side, key.winner) && !strings.Contains(key.winner, side) {
			return Incorrect, besideExplanation(q, "That gives the match to the side that lost."), true
		}
		return Correct, q.Explanation, true
	}
	for _, side := range teamPoints.FindAllStringSubmatch(answer, -1) {
		name, points := strings.ToLower(side[1]), pointsIn(side[2])
		if len(points) != 1 {
			continue
		}
		if name == key.winner && points[0] != key.high || key.loser != "" && name == key.loser && points[0] != key.low {
			return Incorrect, besideExplanation(q, "The sides' points are the other way round."), true
		}
	}
	if key.loser != "" && strings.Contains(lower, key.loser+" won") || strings.Contains(lower, key.winner+" lost") {
		return Incorrect, besideExplanation(q, "That gives the match to the side that lost."), true
	}
	return Correct, q.Explanation, true
}

// scoreToken is a number in figures, or a word that may be one
// ("twenty-seven").
var scoreToken = lazyre.New(`[0-9]+|[\p{L}]+(?:-[\p{L}]+)?`)

// pointsIn reads the numbers of a score one by one: "27-24" is 27
// and 24, not a range or a negative, and "twenty-seven twenty-four" two
// numbers, not their sum.
func pointsIn(text string) []float64 {
	var out []float64
	for _, tok := range scoreToken.FindAllString(text, -1) {
		if v, ok := textnum.Parse(tok); ok {
			out = append(out, v)
		}
	}
	return out
}
