package quiz

import (
	"strings"
	"testing"
)

// What the held-out round h11 failed (r127, both reviewers), each asked
// no more.
func TestHeldOutElevenFailuresMended(t *testing.T) {
	assertMended(t, []mended{
		{"h11-01", "half a firm's name (\"Hollins & Reade\") asked as a person", func(q Question) bool {
			return strings.HasPrefix(q.Prompt, "Did Reade")
		}},
		{"h11-02", "\"Council leader\" read as speaking for \"Council\", and other councils as hers", func(q Question) bool {
			return strings.Contains(q.Answer, "speaks for Council")
		}},
		{"h11-03", "a quoted \"amicably\" asked as a fact, \"I feel for Tony\" as \"I feel that\"", func(q Question) bool {
			return strings.Contains(q.Prompt, "amicabl") || strings.Contains(q.Prompt, "I feel for")
		}},
		{"h11-04", "the key alone out of reported speech's tense", func(q Question) bool {
			return q.Source == string(ownVoiceKind)
		}},
		{"h11-05", "\"did the firm say whether it planned …?\" where its director said \"no plans at the moment\"", func(q Question) bool {
			return q.Source == string(withheldKind) && strings.Contains(q.Prompt, "planned")
		}},
	})
}
