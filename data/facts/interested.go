package facts

// Conditions for the interested-party rules of trapRules: who is
// speaking decides whether a claim comes from the side that gains.

import (
	"strings"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
)

// sellerReach is how many sentences before a quotation, in its
// paragraph, may name the seller who says it: "…, said chief executive
// Sam Yagan. There are advantages, he thinks. “Peer-to-peer clients
// offer big brands a unique opportunity,” he said."
const sellerReach = 2

// sellerSpeaks holds where the sentence, or one of the sellerReach
// before it in its paragraph, gives a post in a firm.
func sellerSpeaks(x *extractor, s article.Sentence, _ []int) bool {
	return x.nearBefore(s, sellerReach, sellerPost)
}

// sellerPost is a post in a firm that sells: businessPost without
// "boss", which is also a football manager's ("England boss").
var sellerPost = lazyre.New(`(?i)\b(?:chief executive|chief operating officer|managing director|general manager|sales director|marketing director|vice[- ]president|executive|founder|chairman of (?:the )?\p{Lu}|(?:storage|product|brand|marketing|sales) manager)\b`)

// nearBefore reports whether pattern p matches sentence s or one of the
// reach sentences before it in the same paragraph.
func (x *extractor) nearBefore(s article.Sentence, reach int, p *lazyre.Regexp) bool {
	for i := s.Index; i >= 0 && i >= s.Index-reach; i-- {
		t := x.a.Sentences[i]
		if t.Block != s.Block {
			break
		}
		if p.MatchString(t.Text) {
			return true
		}
	}
	return false
}

// armedBodySays finds a military body giving an account: "the US Central
// Command said", "the Pentagon announced", "the army claimed". Not the
// police, whose accounts of a crash or an arrest are a record, not a
// side's boast.
var armedBody = lazyre.New(`(?i)\b(?:Central Command|CENTCOM|Pentagon|(?:the|its|their) (?:military|army|navy|air force|armed forces|coalition)|defen[cs]e (?:ministry|department)|ministry of defen[cs]e)(?: has| had)? (?:said|says|announced|announces|claimed|claims|reported|reports|stated)\b`)

// armedBodySays holds where the sentence, or the one before in its
// paragraph, gives a military body's own account.
func armedBodySays(x *extractor, s article.Sentence, _ []int) bool {
	return x.nearBefore(s, 1, armedBody)
}

// enemyWords name the other side: "the army said rebel forces killed
// ten soldiers" is an accusation, not a boast about its own strikes.
var enemyWords = wordSet("rebel rebels militant militants enemy insurgent insurgents opposition separatist separatists terrorist terrorists jihadist jihadists")

// notEnemyActs vetoes a match whose strikes or forces belong to the
// other side: a word for it stands just before them.
func notEnemyActs(_ *extractor, s article.Sentence, m []int) bool {
	before := strings.Fields(strings.ToLower(s.Text[:m[0]]))
	return len(before) == 0 || !enemyWords[strings.Trim(before[len(before)-1], ",;:()")]
}
