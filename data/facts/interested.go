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
// offer big brands a unique opportunity,” he said." A news paragraph
// keeps to one speaker's quotation ("…, predicted Ted Cohen, senior vice
// president at EMI. He said: "The market is regional. In Asia it is
// beyond belief. The majority of our digital revenues …").
const sellerReach = 3

// sellerSpeaks holds where the sentence, or one of the sellerReach
// before it in its paragraph, gives a post in a firm, or where the
// sentence's speaker is someone the article gives such a post anywhere
// ("“Floppies have their place …,” said Mr Larsson" after "Martin
// Larsson, general manager of Toshiba's storage device division").
func sellerSpeaks(x *extractor, s article.Sentence, _ []int) bool {
	return x.nearBefore(s, sellerReach, sellerPost) || x.sellsFor(x.speakers[s.Index])
}

// sellerNear is how close a post in a firm must stand to a person's name
// to be theirs: "Martin Larsson, general manager of …".
const sellerNear = 40

// sellsFor reports whether the article gives the named speaker a post in
// a firm: a sentence where their surname stands within sellerNear bytes
// of one. Only the sentences that hold the surname are read (sellerPosts).
func (x *extractor) sellsFor(speaker string) bool {
	words := strings.Fields(speaker)
	if len(words) == 0 || !isCapitalised(words[len(words)-1]) {
		return false
	}
	surname := words[len(words)-1]
	posts := x.sellerPosts()
	for _, t := range posts.sentences.holding(surname) {
		for _, loc := range posts.at[t.Index] {
			around := t.Text[max(0, loc[0]-sellerNear-len(surname)):min(len(t.Text), loc[1]+sellerNear+len(surname))]
			if ContainsWholeWord(around, surname, isLetterByte) {
				return true
			}
		}
	}
	return false
}

// sellerPostings are the article's posts in a firm (sellerPost): where
// they stand in each sentence, and the sentences that give one, indexed
// by what they hold.
type sellerPostings struct {
	at        map[int][][]int
	sentences *substringIndex
}

// sellerPosts reads the article's posts in a firm once: sellsFor is asked
// for every speaker of a seller's words, and reading the whole article
// each time made an article naming thousands of people quadratic (issue 16).
func (x *extractor) sellerPosts() sellerPostings {
	if x.posts.sentences != nil {
		return x.posts
	}
	x.posts.at = map[int][][]int{}
	var giving []article.Sentence
	for _, t := range x.a.Sentences {
		if locs := sellerPost.FindAllStringIndex(t.Text, -1); locs != nil {
			x.posts.at[t.Index] = locs
			giving = append(giving, t)
		}
	}
	x.posts.sentences = newSubstringIndex(giving)
	return x.posts
}

// ContainsWholeWord reports whether word stands in text as a whole word:
// an occurrence touching, at neither end, a byte for which inWord is
// true. The caller says what words are made of, as its two callers differ:
// sellsFor counts ASCII letters only, so that "Larsson’s" and the
// "Larsson" of a window cut mid-letter hold Larsson; the quiz's initials
// count digits too ("FDA2" does not hold FDA). An empty word is in no
// text (the search would not move on from it).
func ContainsWholeWord(text, word string, inWord func(byte) bool) bool {
	if word == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(word)
		if (start == 0 || !inWord(text[start-1])) && (end == len(text) || !inWord(text[end])) {
			return true
		}
		from = end
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

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

// figureWords are the words that make a claim a figure: a number, a
// share, a multiple.
var figureWords = lazyre.New(`(?i)\d|\b(?:per ?cent|majority|half|third|quarter|twice|double|doubled|tripled|trebled|three times|four times|million|billion)\b`)

// givesAFigure holds where the sentence gives a figure.
func givesAFigure(_ *extractor, s article.Sentence, _ []int) bool {
	return figureWords.MatchString(s.Text)
}

// studyOwner is the name before "study" in a firmOwnsStudy match.
var studyOwner = lazyre.New(`^(?:[Aa]n?|[Tt]he) (\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+)?)`)

// independentResearch names bodies whose studies are their trade, not a
// sales pitch: pollsters and research firms.
var independentResearch = lazyre.New(`(?i)\b(?:research|polling|pollster|consultancy|analysts?|analytics|university|institute|college|academy|charity|council|commission|agency)\b`)

// firmOwnsStudy holds where the study's owner is a firm the article shows
// selling: some sentence names it with a post in a firm ("general manager
// of Toshiba's storage division") or calls it a company, and none calls it
// a research firm, a university or a pollster. A news outlet's survey is
// left alone.
func firmOwnsStudy(x *extractor, s article.Sentence, m []int) bool {
	sub := studyOwner.FindStringSubmatch(s.Text[m[0]:m[1]])
	if sub == nil || outletName.MatchString(sub[1]) {
		return false
	}
	owner := sub[1]
	seller := false
	for _, t := range x.a.Sentences {
		for from := 0; ; {
			j := strings.Index(t.Text[from:], owner)
			if j < 0 {
				break
			}
			i := from + j
			from = i + len(owner)
			// The words around the name say what it is: "research firm
			// Ipsos", "Harvard University".
			if independentResearch.MatchString(t.Text[max(0, i-25):min(len(t.Text), i+len(owner)+25)]) {
				return false
			}
			seller = seller || sellerPost.MatchString(t.Text) || firmNoun.MatchString(t.Text[max(0, i-25):i])
		}
	}
	return seller
}

// firmNoun calls the name after it a business: "electronics firm Toshiba".
var firmNoun = lazyre.New(`(?i)\b(?:firm|company|maker|manufacturer|retailer|giant|brand|group)\s*$`)

// findingBodies are those whose "said" is a finding or a bystander's
// account, not a side's word: "police said the driver was unaware of the
// crash", "neighbours said they knew nothing of the plans".
var findingBodies = wordSet("police court courts judge judges jury coroner investigators inquiry inquest prosecutors regulator watchdog witnesses report auditors " +
	"neighbours neighbors residents locals friends relatives family doctors passengers")

// notAFinding vetoes a match whose sayer, the word just before it, is a
// body that finds facts rather than a side.
func notAFinding(_ *extractor, s article.Sentence, m []int) bool {
	before := strings.Fields(strings.ToLower(s.Text[:m[0]]))
	return len(before) == 0 || !findingBodies[strings.Trim(before[len(before)-1], ",;:()")]
}

// independentCredit names a source with no side in a sentence: "the IFS
// calculated", "according to economists".
var independentCredit = lazyre.New(`\b(?:[Ii]ndependent|[Aa]nalysts?|[Ee]conomists?|[Ee]xperts?|[Ii]nstitute|IFS|[Tt]hink[- ]tank|[Aa]uditors?|[Ww]atchdog|OBR|CBO|Budget Office|[Aa]ccording to)\b`)

// notIndependent vetoes a sentence that credits someone independent.
func notIndependent(_ *extractor, s article.Sentence, _ []int) bool {
	return !independentCredit.MatchString(s.Text)
}
