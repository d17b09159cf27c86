package textnum

import (
	"strconv"
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// fractionPattern finds a fraction however it is written: "1/3", "a
// third", "one-third", "two thirds", "half", "three quarters".
var fractionPattern = lazyre.New(`(?i)\b(?:(\d+)\s*/\s*(\d+)|(a|an|one|two|three|four|five|six|seven|eight|nine)?[\s-]*(half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths))\b`)

// denominators are the fractions' words as the numbers they divide by.
var denominators = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
	"tenth": 10, "tenths": 10}

// smallNumbers are the numerators a fraction is said with.
var smallNumbers = map[string]float64{"": 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9}

// Fraction reads the one fraction in s as a number: "a third" is 1/3.
// False when s holds none, or more than one. "Third" alone, as in "the
// third round", is a fraction only with a number or "a" before it.
func Fraction(s string) (float64, bool) {
	if !mayBeFraction(s) {
		return 0, false
	}
	ms := fractionPattern.FindAllStringSubmatch(s, -1)
	var found []float64
	for _, m := range ms {
		if m[1] != "" {
			num, _ := strconv.ParseFloat(m[1], 64)
			den, _ := strconv.ParseFloat(m[2], 64)
			if den != 0 {
				found = append(found, num/den)
			}
			continue
		}
		word := strings.ToLower(m[4])
		if m[3] == "" && word != "half" {
			continue // "the third round"
		}
		found = append(found, smallNumbers[strings.ToLower(m[3])]/denominators[word])
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}

// fractionStems are in every fraction word: Fraction's cheap first look.
var fractionStems = []string{"hal", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth"}

// mayBeFraction reports whether s could hold a fraction: a slash, or a
// fraction word's stem.
func mayBeFraction(s string) bool {
	if strings.Contains(s, "/") {
		return true
	}
	lower := strings.ToLower(s)
	for _, stem := range fractionStems {
		if strings.Contains(lower, stem) {
			return true
		}
	}
	return false
}
