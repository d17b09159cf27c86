package classroom

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// CleanName is the one form of a person's or class's name that Lede
// stores and compares. Names typed or pasted in different places must
// come out the same, or one student becomes two: so characters that show
// nothing (zero-width spaces, joiners, soft hyphens) and those that only
// steer the direction of text (right-to-left overrides) are dropped,
// letters are composed the same way (NFC: "é" typed or pasted as "e" and
// an accent), and runs of spaces become one.
func CleanName(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1 // format characters: invisible by design
		}
		return r
	}, norm.NFC.String(name))
	return strings.Join(strings.Fields(name), " ")
}
