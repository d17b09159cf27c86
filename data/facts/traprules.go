package facts

// The sentence-level traps, one declaration each: the kind, the rule
// (pattern, an example it must flag, a near miss it must not) and, where
// a pattern alone is not enough, a condition on the article. Messages
// come from the kind's explanation in trapExplanations, with the words
// that show the trap in place of %s.

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/lede-app/lede/data/internal/lazyre"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/lexicon"
)

// trapRule is one way a sentence shows a trap.
type trapRule struct {
	kind FlagKind
	*rule
	// only, when set, must hold for the match to count: the sentence
	// names no one, say, or the match is outside quotation marks.
	only func(x *extractor, s article.Sentence, m []int) bool
}

// articleKinds are the kinds only some articles can show, each with the
// condition an article must meet: the date traps are for an undated
// article alone. It is asked before a rule of the kind runs, so that
// the rule's pattern does not run on every sentence of an article it
// could never flag (a dated 2 MB article spent about 4 % of its build on
// the date rules' patterns).
var articleKinds = map[FlagKind]func(x *extractor) bool{RelativeDate: undated, YearMissing: undated}

// trapExplanations tell a student what each sentence-level trap means;
// %s is the words that show it.
var trapExplanations = map[FlagKind]string{
	NotConfirmed:    "The article itself says this is not confirmed (“%s”). A careful reader treats it as a claim, not a fact.",
	AnonymousSource: "Nobody is named for this (“%s”). A careful reader asks who said it, and how they would know.",
	SecondHand:      "“%s” shows that this rests on someone else's report, not on the people involved. A careful reader looks for the original source.",
	SourceChain:     "This passes through more than one pair of hands (“%s”): the reader gets a report of a report. A careful reader asks who saw it first.",
	SocialMedia:     "This rests on something posted online (“%s”). Posts and videos are easy to fake or take out of context, and the poster may have a side.",
	UnsourcedClaim:  "“%s” says what is believed, expected or likely without saying who thinks so. A careful reader asks: believed or expected by whom?",
	RelativeDate:    "“%s” only means something if you know when the article was written, and this one gives no date.",
	YearMissing:     "“%s” gives no year, and the article has no date, so a reader cannot tell which year is meant.",
	Denial:          "Someone in the article denies this (“%s”), so the opening's claim is disputed, not settled.",
	InterestedParty: "This comes from the side that gains from it (“%s”), and the article gives no independent check.",
	SelfReported:    "The figure comes only from the people it is about (“%s”), and no one independent in the article checks it.",
	FundingConflict: "This research was done by or for someone who may gain from what it finds (“%s”). That does not make it wrong, but a careful reader looks for an independent check.",
}

var (
	// Named-body words that make "officials said" a named source when they
	// come with a name; the list of unnamed groups is the pattern itself.
	unnamedGroup = `(?:sources?|insiders?|officials?|analysts|observers|witnesses|engineers|activists|diplomats|aides|investigators|police)`
	claimVerb    = `(?:said|say|says|told|tell|believe|believed|claim|claimed|predict|predicted|suggest|suggested|revealed|confirmed|warned|fear)`
	// Months as a pattern, without "May", which is also a verb.
	monthName = `(?:` + lexicon.Alternation(slices.DeleteFunc(slices.Clone(lex.Months), func(m string) bool { return m == "May" })) + `)`
)

var (
	// A year right after a month and day: "1 January 2006".
	yearAfter = lazyre.New(`(?:(?:19|20)\d\d|year)$`)
	// A full date with its year: "February 4, 2015", "5 February 2015".
	fullDate = lazyre.New(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\.? \d{1,2},? (?:19|20)\d\d\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:19|20)\d\d\b`)
	// A sentence that credits a named speaker: "Mr Smith said", "said
	// Jane Smith", "according to the Treasury".
	creditsSomeone = lazyre.New(`\p{Lu}[\p{L}'’-]+,? (?:[\p{L}]+ )?(?:said|says|told|added|predicted|warned|believes|thinks)\b|\b(?:said|says|told|according to) (?:the )?\p{Lu}|\b(?:he|she) (?:said|says|added|told|predicted|warned)\b`)
)

var trapRules = []trapRule{
	// Unconfirmed: the article says so itself.
	{NotConfirmed, declare("alleged", `(?i)\b(?:allegedly|alleged(?: to| that)?|purportedly|purported(?: to)?|purporting|unverified|unverifiable|unconfirmed)\b`,
		"The singer allegedly called for violence.", "The singer called for calm."), notAllegedThat},
	{NotConfirmed, declare("not verified", `(?i)\b(?:has|have|had|could|can|was|were|is)(?:\s+not|n['’]t)\s+(?:yet\s+|been\s+|be\s+)*(?:independently\s+|officially\s+)?(?:verified|confirmed|authenticated)\b|\bnot (?:yet |immediately )?(?:been |be )?(?:independently )?(?:verified|confirmed)\b`,
		"The video has not yet been independently verified.", "The video has been verified by the BBC."), nil},
	{NotConfirmed, declare("refused to confirm", `(?i)\b(?:refused|declined|unable|would not|could not|couldn['’]t|did not|didn['’]t|wouldn['’]t|was not able|not (?:immediately |yet )?possible) (?:to )?(?:immediately )?(?:independently )?(?:confirm|verify)\b`,
		"Scotland Yard has refused to confirm the reports.", "Scotland Yard has confirmed the reports."), nil},
	{NotConfirmed, declare("not clear", `(?i)\b(?:it|this) (?:is|was) (?:not|un)(?: yet)? clear\b|\bit is unclear\b|\bit was unclear\b`,
		"It is not yet clear if the attacks were carried out by the group.", "It is clear the attacks were carried out by the group."), nil},
	{NotConfirmed, declare("appears to", `(?i)\b(?:appears?|appeared) (?:to have|authentic|genuine)\b|\bif (?:genuine|true|authentic|confirmed)\b`,
		"The project appears to have been put on hold.", "The project was put on hold."), notWhatAppears},
	{NotConfirmed, declare("speculation", `(?i)\bspeculation (?:that|about|as to|over)\b|\binvestigating (?:the )?(?:claims|reports)\b`,
		"There is speculation that the singer will retire.", "The singer will retire."), nil},

	// Anonymous sources.
	{AnonymousSource, declare("unnamed group says", `(?i)\b`+unnamedGroup+` (?:[\p{L}]+ |(?-i:\p{Ll}+ ){2,3})?(?:have |has |had )?`+claimVerb+`\b`,
		"Security officials said the woman was arrested.", "The minister said the woman was arrested."), all(notNamedBefore, outsideQuotes)},
	{AnonymousSource, declare("according to sources", `(?i)\baccording to (?:[\p{L}-]+ ){0,3}(?:sources|officials|insiders)\b|\b(?:a|an|one|another) (?:[\p{L}-]+ ){0,3}(?:source|official|insider)s? (?:on \p{Lu}\p{Ll}+day )?(?:said|says|told|who|close|with|familiar)\b`,
		"A source close to the family said she was safe.", "A spokesman for the family said she was safe."), nil},
	{AnonymousSource, declare("close to", `(?i)\b(?:sources|friends|aides|allies|people|those|insiders) (?:close to|around|near to) (?:[\p{L}.'’-]+ ){1,4}?(?:have |has |had )?`+claimVerb+`\b`,
		"Sources close to Mr Hockney said eight members would leave.", "Mr Hockney said eight members would leave."), nil},
	{AnonymousSource, declare("anonymity", `(?i)\b(?:condition of anonymity|not to be named|asked not to be identified|declined to be named|unnamed|anonymous)\b|\bpeople familiar with\b`,
		"An official who spoke on condition of anonymity said the deal was done.", "The official, Ann Lee, said the deal was done."), nil},

	// Second-hand: another report, not the people involved.
	{SecondHand, declare("reportedly", `(?i)\b(?:reportedly|according to (?:media |news |press |local )?reports|(?:media|news|press) reports?|there (?:were|have been|are) reports|it (?:was|has been|is) reported|reported to have|reports (?:claim|say|suggest))\b`,
		"The firm is reportedly planning job cuts.", "The firm reported a loss."), notDenied},
	// "The Sunday Times reports that …". Not "X told the Daily News": an
	// interview with the outlet that publishes the article is first-hand,
	// and the article does not say who published it.
	{SecondHand, declare("outlet reported", `\b(?:[Tt]he )?(?:\p{Lu}[\p{L}-]* ){0,4}(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Independent|Express|Mirror|Mail|Metro|Daily|Magazine|Radio|TV|Television|Observer|Chronicle|Standard|Sun|Beacon|Press|agency|newspaper|website) (?:has |had |is |was )?(?:reported|reports|reporting)\b`,
		"The Sunday Times reports that he is the focus of the search.", "The Sunday Times is a newspaper."), nil},

	// "local media reported", "some media sources reported", "the
	// Lebanese newspaper As-Safir reported".
	{SecondHand, declare("media reported", `(?i:\b(?:media|press|newspapers?|news agency|news websites?|broadcasters?|reports))(?:(?: \p{Lu}[\p{L}-]*){1,3}|(?: [\p{Ll}-]+| (?i:in|from) \p{Lu}[\p{L}-]*){0,3}) (?i:reported|reports|is reporting|revealed|said|say|claimed|claim)\b|(?i:\breports (?:on|in) (?:news|the media|local media|the press)\b)`,
		"Local media reported late on Tuesday that militants had attacked.", "The minister reported the attack to parliament."), all(outsideQuotes, notDenied)},

	// Source chains: a report of what someone else said or reported.
	{SourceChain, declare("citing", `(?i)\b(?:citing ["“]?(?:[\p{L}.-]+ ){0,3}(?:sources?|officials?|reports?|people|insiders?|witnesses|intelligence|info(?:rmation)? from|(?:a|an|the) (?:report|source|statement|official|spokes\p{L}+))|credited (?:it |them )?to|according to a (?:[\p{L}-]+ ){0,3}(?:report|story|article) (?:in|by|from|filed|published))\b`,
		"The newspaper said, citing security officials, that she was held.", "The newspaper said that she was held."), notOwnReport},
	{SourceChain, declare("obtained by", `(?i)\b(?:obtained|received) by (?:the )?(?:news agency |newspaper |broadcaster )?\p{Lu}|\breport (?:said|says)\b[^.]*\breportedly\b`,
		"In a video obtained by news agency Agence France Presse, the leader spoke.", "In a video he made himself, the leader spoke."), nil},

	// A named speaker passing on what reports or sources say: "a military
	// expert explained to Al Jazeera that intelligence reports say …".
	{SourceChain, declare("said that reports say", `(?i)\b(?:told|explained to|said|says|added)\b[^.;]{0,60}?\bthat ["“]?(?:[\p{L}-]+["”]? ){0,2}(?:reports|sources|officials|intelligence)["”]? (?:say|says|said|suggest|suggested|indicate|indicated|claim|claimed)\b`,
		"A military expert explained to Al Jazeera that “credible intelligence” reports say the jets are meant for attacks.",
		"A military expert explained to Al Jazeera that the jets are meant for attacks."), outsideQuotes},
	// A speaker's own words passing on what unnamed others told them: "I
	// talked to a few people who told me this was a coordinated arrest".
	{SourceChain, declare("people told me", `(?i)\b(?:people|someone|somebody|sources|contacts|friends|others|colleagues|insiders)(?: who| have| had)? (?:told|tell|telling) (?:me|us)\b`,
		"“I talked to a few people who told me this was a coordinated arrest,” he told Reuters.",
		"“I saw the arrest myself,” he told Reuters."), passedOnInQuote},
	// A post passing on another account's post: "From @RenaNetjes, Arabic
	// press reports of the king's flight have been denied", "via @BBCBreaking".
	// Not a post of one's own that mentions an account ("photos sent to
	// @KsaBrk"), nor a reply that opens on the account it answers
	// ("@crystalhefner Dear Crystal, sorry for your loss").
	{SourceChain, declare("from another account", `\b(?:[Vv]ia|[Hh]/[Tt]) @\w+|^[Ff]rom @\w+`,
		"From @RenaNetjes, Arabic press reports of the king's flight have been denied by an official spokesperson.",
		"Photos of the king were sent to @KsaBrk on Wednesday."), nil},
	// An unnamed person's words given to another outlet: "one of his close
	// friends who identified him in an interview with The Washington
	// Post". The reader gets the outlet's report of someone it does not
	// name. Not "a friend told the Daily Mail": "told" is as often the
	// publisher's own interview, and the article does not say who
	// published it.
	{SourceChain, declare("unnamed told outlet", `\b(?:[Oo]ne of (?:his|her|their) (?:[\p{L}-]+ ){0,2}(?:friends|relatives|neighbou?rs|colleagues|associates)|[Aa]n? (?:[\p{L}-]+ ){0,2}(?:friend|relative|neighbou?r|colleague|associate|source|insider))\b[^.;]{0,60}?\bin an interview with (?:[Tt]he )?\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,3}`,
		"One of his close friends, who identified him in an interview with The Washington Post, said he was sure.",
		"One of his close friends said he was sure."), all(toAnOutlet, unnamedTeller)},

	// Social media.
	{SocialMedia, declare("posted online", `(?i)\b(?:tweet(?:ed|s)?|twitter|facebook|instagram|youtube|social[- ]media|(?:in|on) (?:his|her|their|a) blog|(?-i:(?:on|in) (?:[\p{L}'’-]+ ){0,3}forums?)|posted (?:online|on)|uploaded|circulated (?:online|on)|went viral|online backlash|backlash online)\b`,
		// A forum online, "on one racing forum", "on Islamist forums" — not
		// a body's name ("The Fuel Consumers' Forum said …": held-out h5).
		"The video was posted on social media websites.", "The Fuel Consumers' Forum said the rise was unwelcome."), nil},

	// Unsourced passive or emphatic claims.
	{UnsourcedClaim, declare("it is believed", `(?i)\b(?:it is|it's|it was|is|are|was|were) (?:widely |generally |also |now |still )?(?:believed|thought|understood|rumou?red|estimated|claimed|feared|tipped) (?:to|that)\b|\bit(?: is|'s|’s| was) (?:believed|thought|understood|estimated|claimed|feared|expected|said)\b`,
		"He is believed to have travelled to Syria.", "He said he travelled to Syria."), outsideQuotes},
	{UnsourcedClaim, declare("is expected to", `(?i)\b(?:is|are|was|were) (?:widely |also |now )?(?:expected|likely|unlikely|set|said) to\b|\blooks? set to\b|\b(?:widely|generally) (?:seen|regarded|considered|thought|believed|expected)\b|\ban estimated\b`,
		"The new party is expected to launch in the spring.", "The new party launched in the spring."), all(nobodyNamed, outsideQuotes)},
	{UnsourcedClaim, declare("thought to be", `(?i)\b(?:thought|believed|understood|rumou?red) to (?:be|have)\b|\b(?:,|which is|which are|that is|who is) (?:widely )?expected (?:to|in|on|by)\b|\bit is (?:more |most |highly |very )?likely\b|\bthe (?:favourites?|favorites?) to\b|\bit (?:later )?emerged that\b|\b(?:seen|regarded|viewed) as (?:likely|a sign|a way|the)\b`,
		"The theatre, thought to be the oldest in Wales, needs repairs.", "The theatre, the oldest in Wales, needs repairs."), all(nobodyNamed, outsideQuotes)},
	{UnsourcedClaim, declare("clearly", `(?i)\b(?:it (?:is|was|became) clear that|clearly|undoubtedly|without (?:a )?doubt|most certainly)\b`,
		"England clearly need more of a playmaker.", "England need more of a playmaker, the coach said."), all(nobodyNamed, outsideQuotes)},
	{UnsourcedClaim, declare("according to figures", `(?i)\baccording to (?:recent |official |new |latest )?(?:figures|estimates|data|research|studies|statistics)\b`,
		"There are now 230 services, according to recent figures.", "There are now 230 services, according to the regulator."), noSourceAfter},
	{UnsourcedClaim, declare("experts say", `(?i)\b(?:experts?|critics|economists|observers|watchers|rumou?rs) (?:[\p{L}]+ )?(?:say|said|claim|claimed|believe|warn|warned|fear|persist|suggest|argue|point out)\b|\bopinion polls suggested\b`,
		"Experts say the cash ends up abroad.", "Professor Jane Smith says the cash ends up abroad."), outsideQuotes},
	{UnsourcedClaim, declare("superlative", `(?i)\b(?:the )?(?:biggest|largest|youngest|oldest|greatest|highest|fastest|hottest|best|worst)(?:-ever)? [\p{L}- ]{0,40}(?:ever|in (?:the )?history|of all time)\b|\bbiggest-ever\b|\bin a record\b`,
		"It is the biggest shake-up in the history of the show.", "It is a big shake-up for the show."), outsideQuotes},

	// A side's claim about itself: "Boko Haram claims to be holding …".
	{InterestedParty, declare("claims to be", `(?i)\b(?:claims?|claimed|boasts?|boasted) to (?:be|have)\b`,
		"The group claims to be holding a German hostage.", "The group is holding a German hostage, police said."), all(outsideQuotes, sideClaims)},

	// A firm's own people praising what they sell, in their own words:
	// "we will be bringing out exciting devices", said a chief executive.
	{InterestedParty, declare("own promotion", `(?i)\b(?:we|our|us)\b[^"“”.]{0,80}?\b(?:exciting|unique|world[- ]class|innovative|leading|biggest(?:-ever)?|best|huge|fantastic|revolutionary|incredible)\b`,
		"\"Next year we will be bringing out exciting devices,\" said Anna Berg, chief executive of Northwind.",
		"\"Next year we will be bringing out new devices,\" said Anna Berg, chief executive of Northwind."), all(insideQuote, speaksForAFirm)},

	// A seller's hype with no "we": "Music downloads on mobiles have the
	// potential to be the biggest-ever medium for music," said the chief
	// executive of a firm that sells them. Only words no neutral voice
	// uses of a product, inside a quotation, from someone the sentence or
	// the three before in its paragraph give a post in a firm. Not
	// "world-class" or "second to none": coaches say them of players.
	{InterestedParty, declare("seller's hype", `(?i)\b(?:biggest-ever|unique opportunity|revolutionary|game[- ]changer|the potential to be the (?:biggest|best|largest|greatest))\b`,
		"\"Peer-to-peer clients offer big brands a unique opportunity,\" said chief executive Sam Yagan.",
		"\"Peer-to-peer clients offer big brands a new way to reach buyers,\" said chief executive Sam Yagan.").
		saying("Someone who sells this is praising it (“%s”). Sellers always think what they sell is great: a careful reader looks for someone with nothing to sell."), all(insideQuote, sellerSpeaks)},

	// A seller running down what competes with what it sells: "Floppies and
	// memory keys have their place, but they don't have anything like the
	// capacity of a hard drive," said the manager of a hard-drive maker.
	{InterestedParty, declare("seller runs down rivals", `(?i)\b(?:do not|don['’]t|does not|doesn['’]t|cannot|can['’]t|could not|couldn['’]t) (?:have anything like|come close to|compete with|match up to)\b`,
		"“Memory keys don't have anything like the capacity of a hard drive,” said Martin Larsson, general manager of a storage firm.",
		"“Memory keys have less capacity than a hard drive,” said Martin Larsson, general manager of a storage firm.").
		saying("Someone who sells one thing is running down what competes with it (“%s”). A careful reader looks for someone with nothing to sell."), all(insideQuote, sellerSpeaks)},

	// A firm's head whom the article itself reports as claiming: "WMC chief
	// executive Andrew Michelmore claimed the Xstrata offer was aimed at
	// creating value for Xstrata's shareholders", "the company claims".
	// Not a chairman, who may chair a committee or a central bank.
	{InterestedParty, declare("firm's head claimed", `\b(?:[Cc]hief executive|[Mm]anaging director|[Ff]ounder|[Ee]xecutive) (?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:has |had )?(?:claimed|claims|boasted|boasts)\b|\b(?:[Cc]hief executive|[Mm]anaging director|[Ff]ounder) of (?:\p{Lu}[\p{L}&'’-]* ?){1,4}, (?:has |had )?(?:claimed|claims|boasted|boasts)\b|\b[Tt]he (?:company|firm) (?:has |had )?(?:claimed|claims|boasted|boasts)\b`,
		"WMC chief executive Andrew Michelmore claimed the offer was aimed at creating value for the bidder's shareholders.",
		"WMC chief executive Andrew Michelmore said the offer was aimed at creating value for the bidder's shareholders.").
		saying("The head of a firm is making a claim that helps their own side (“%s”). No one independent in the article checks it."), outsideQuotes},

	// A side clearing itself: "UKIP said those who selected him knew
	// nothing of his views", "Lindsay said money was not a motivating
	// factor for the club". The one cleared is the side speaking (it,
	// they, he, the club, its staff, those who …), not "the public". Not
	// the police or a court, whose finding it would be, nor neighbours or
	// doctors, who have no side.
	{InterestedParty, declare("clears itself", `(?i)\b(?:said|says|insisted|insists|maintained|maintains|stressed)(?: that)? (?:(?:it|they|we|he|she|the (?:club|party|company|firm|government|ministry|board|council|group)|(?:its|their|his|her) (?:[\p{L}-]+ )?(?:staff|officials|officers|members|employees|directors|managers)|those who [^.;,]{1,40}?) (?:had |has |have )?(?:knew nothing (?:of|about)|had no knowledge of|(?:was|were|had been) (?:not |un)aware (?:of|that)|did nothing wrong|had done nothing wrong|acted (?:properly|lawfully|legally|in good faith))|[^.;]{0,60}? (?:was|is) not (?:a|the) (?:motivating|deciding|driving) factor)\b`,
		"UKIP said those who selected him knew nothing of his views.", "UKIP said those who selected him shared his views.").
		saying("A side is saying it did nothing wrong (“%s”). People rarely say otherwise about themselves: a careful reader looks for someone independent."), all(outsideQuotes, notAFinding)},

	// A side's own sums for its own plan: "The Lib Dem plan for a local
	// income tax would benefit the typical household by more than £450 a
	// year" in a report of the party leader's speech. Not when the sentence
	// credits someone independent ("the IFS calculated").
	{InterestedParty, declare("own plan pays", `\b(?:its|their|our|[Tt]he (?:party|government|campaign|council|company|firm)['’]s|[Tt]he (?:\p{Lu}[\p{L}]+ )?\p{Lu}[\p{L}]+|\p{Lu}[\p{L}]+['’]s) (?:own )?(?:[\p{L}-]+ )?(?:plans?|polic(?:y|ies)|proposals?|scheme|reforms?|pledges?)\b[^.;]{0,50}? would (?:benefit|save|help|leave|make|give)\b[^.;]{0,60}?[£$€] ?\d`,
		"The Lib Dem plan for a local income tax would benefit the typical household by more than £450 a year.",
		"A local income tax would benefit the typical household by more than £450 a year.").
		saying("These are a side's own sums for its own plan (“%s”). A careful reader looks for someone independent who has checked them."), all(outsideQuotes, notIndependent)},

	// A military reporting what its own strikes achieved: "the US Central
	// Command said US forces conducted four airstrikes that destroyed IS
	// positions". The armed body speaks in the sentence or the one before
	// in its paragraph ("Central Command announced two strikes. One strike
	// was said to have destroyed a checkpoint").
	{InterestedParty, declare("own strikes", `(?i)\b(?:air ?strikes?|strikes?|raids?|bombing|shelling|forces|troops|jets|warplanes|drones)\b[^.;]{0,60}?\b(?:destroyed|killed|eliminated|neutrali[sz]ed|wiped out|recaptured|retook)\b`,
		"The Central Command said US forces conducted four airstrikes that destroyed fighting positions.",
		"The Central Command said US forces conducted four airstrikes on fighting positions.").
		saying("The military is describing what its own attack did (“%s”). No one independent in the article checks it."), all(outsideQuotes, armedBodySays, notEnemyActs)},

	// A firm's own figures about its business, in its own words: "The
	// majority of our digital revenues in Asia comes from mobiles," said
	// a vice president of the firm. A figure must be there (a share, a
	// number, "doubled"): "our customers deserve better" is no figure.
	{SelfReported, declare("our own figures", `(?i)\bour (?:[\p{L}-]+ ){0,2}(?:revenues?|sales|profits?|turnover|earnings|income|customers|subscribers|users|members|downloads|market share)\b|\bwe (?:have |had )?(?:sold|shipped|signed up|attracted) (?:over |more than |nearly |almost |about |some )?\d`,
		"“The majority of our digital revenues in Asia comes from mobiles,” said Ted Cohen, senior vice president at EMI.",
		"“The majority of digital revenues in Asia comes from mobiles,” said Ted Cohen, senior vice president at EMI.").
		saying("A firm is giving figures about its own business (“%s”). No one independent in the article checks them."), all(insideQuote, sellerSpeaks, givesAFigure)},
	// A firm's claim about what it makes, with a figure: "Apple's claims
	// of producing the Watch from gold twice as hard as standard gold".
	{SelfReported, declare("claims of making", `\p{Lu}[\p{L}&-]+['’]s (?:own )?claims? of (?:\p{Ll}+ing)\b`,
		"Add to this Apple's claims of producing the Watch from gold twice as hard as standard gold.",
		"Add to this Apple's claim that the Watch is made from gold twice as hard as standard gold.").
		saying("This claim comes from the maker itself (“%s”), with a figure no one independent in the article checks."), all(outsideQuotes, givesAFigure, notDenied)},

	// Research by a firm the article shows selling: "a Toshiba study
	// found …" where a manager of Toshiba's storage division speaks.
	{FundingConflict, declare("firm's own study", `\b(?:[Aa]n?|[Tt]he) \p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+)? (?:study|survey|poll|research) (?:found|finds|showed|shows|suggested|suggests|revealed|reveals|claimed|claims|said|says)\b`,
		"Gadgets are filled with music, a Toshiba study found, said the general manager of Toshiba's storage division.",
		"Gadgets are filled with music, a study by the university found, said the general manager of Toshiba's storage division.").
		saying("The study comes from a firm that sells in this market (“%s”). That does not make it wrong, but a careful reader looks for an independent study."), firmOwnsStudy},
	// A valuation made for one side of a takeover fight: "A report from
	// investment firm Grant Samuel in WMC defence documents values WMC
	// shares at …".
	{FundingConflict, declare("in defence documents", `(?i)\b(?:report|valuation|study|analysis|assessment)\b[^.;]{0,60}?\b(?:in|for) (?:the |its |their |\p{Lu}[\p{L}&-]+(?:['’]s)? )?(?:takeover |bid )?defen[cs]e (?:documents?|papers?)\b`,
		"A report from investment firm Grant Samuel in WMC defence documents values WMC shares at A$7.17.",
		"A report from investment firm Grant Samuel values WMC shares at A$7.17.").
		saying("This report was made for one side of a takeover fight (“%s”). That does not make it wrong, but a careful reader looks for an independent check."), nil},

	// Dates a reader of an undated article cannot pin down.
	{RelativeDate, declare("relative day", `\b(?:(?:on|last|next|this|by|since|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s)\b|(?i)\b(?:yesterday|tomorrow|(?:last|next|this|earlier this|later this) (?:week|month|year)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks|months) ago)\b`,
		"The minister resigned on Tuesday.", "The minister resigned in 2004."), all(outsideQuotes, noDateAfter)},
	{YearMissing, declare("month without year", `\b(?:(?:in|since|by|until|from|mid-|early|late|earlier in|back in) `+monthName+`|`+monthName+`'s|\d{1,2} `+monthName+`|`+monthName+` \d{1,2})\b(?:,? (?:19|20)\d\d| (?:last|this|next) year)?`,
		"The law comes into force on 1 January.", "The law comes into force in 2006."), all(noYearAfter, outsideQuotes)},
}

// sentenceTraps flags the traps sentence s shows, one flag per kind.
//
// It asks, for every rule of every sentence, whether the rule's kind is
// full, flagged on the sentence already, or one the article cannot show:
// the kind's limit is read once (trapLimits), whether the article can
// show it once an article (shows), and the flags on the sentence only
// when there are any — the loop's own work, not the patterns', about a
// quarter of a 2 MB article's.
func (x *extractor) sentenceTraps(s article.Sentence) {
	limits := trapLimits()
	if x.shows == nil {
		x.shows = make([]bool, len(trapRules))
		for j, r := range trapRules {
			x.shows[j] = x.canShow(r.kind)
		}
	}
	flagsBefore, flaggedBefore := len(x.flags), x.flagsOn[s.Index]
	for j, r := range trapRules {
		if limits[j] > 0 && x.flagCounts[r.kind] >= limits[j] || // x.full(r.kind)
			(flaggedBefore || len(x.flags) > flagsBefore) && x.flaggedSentence(r.kind, s.Index) ||
			!x.shows[j] {
			continue
		}
		m, ok := x.read(s).trapMatchOf(j)
		if !ok {
			m = x.find(r.rule, s)
		}
		if m == nil || r.only != nil && !r.only(x, s, m) {
			continue
		}
		words := strings.TrimSpace(s.Text[m[0]:m[1]])
		msg := trapExplanations[r.kind]
		if r.message != "" {
			msg = r.message
		}
		shown := words
		switch {
		case stakeKinds[r.kind]:
			shown = toSentenceEnd(s.Text, m[0], m[1])
		case endsOnPreposition.MatchString(words):
			shown = throughObject(s.Text, m[0], m[1])
		}
		x.flag(r.kind, s, words, fmt.Sprintf(msg, shown))
		x.flags[len(x.flags)-1].Rule = r.name
	}
}

// trapLimits are the limits (Trap.Limit) of trapRules' kinds, by rule.
var trapLimits = sync.OnceValue(func() []int {
	limits := make([]int, len(trapRules))
	for j, r := range trapRules {
		t, _ := TrapOf(r.kind)
		limits[j] = t.Limit
	}
	return limits
})

// stakeKinds are the kinds whose rules match a clause, not a cue word:
// their explanation quotes from the match to the sentence's end, not the
// match alone, which stops where the pattern has seen enough ("knew
// nothing of", "by more than £4": round 70, W).
var stakeKinds = map[FlagKind]bool{InterestedParty: true, SelfReported: true, FundingConflict: true}

// toSentenceEnd is text from start to the end of the sentence's words:
// the next semicolon, colon or full stop that is not inside a number
// ("£4,500", "2.5"), or the end of the text. A comma does not end it: a
// list after one ("destroyed IS fighting positions, an IS building and
// …") is the claim's own (round 70).
// endsOnPreposition finds a match that stops where its pattern has seen
// enough, before the words that say whose: "according to a report in".
var endsOnPreposition = lazyre.New(`\b(?:in|by|from)$`)

// throughObject is text from start on to the end of the phrase that
// follows end — up to a comma, a clause's "that" or the sentence's end —
// so that an explanation quoting "according to a report in" says in
// what: "according to a report in the Flemish press" (held-out h22-07, W
// from both reviewers). A phrase that runs on past maxObjectWords is
// not cut short into a fragment: the match is shown as it was.
func throughObject(text string, start, end int) string {
	matched := strings.TrimSpace(text[start:end])
	rest := text[end:]
	stop := len(rest)
	if i := strings.IndexAny(rest, ",;:!?\"“”"); i >= 0 {
		stop = i
	}
	if i := sentenceEndIn(rest); i >= 0 && i < stop {
		stop = i
	}
	words := strings.Fields(rest[:stop])
	if k := slices.Index(words, "that"); k >= 0 {
		words = words[:k]
	}
	if len(words) == 0 || len(words) > maxObjectWords {
		return matched
	}
	return matched + " " + strings.Join(words, " ")
}

// maxObjectWords bounds what throughObject adds.
const maxObjectWords = 8

// sentenceEndIn returns where a full stop ends a sentence in text — not
// one between digits ("2.4") — or -1.
func sentenceEndIn(text string) int {
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && !(i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1])) {
			return i
		}
	}
	return -1
}

func toSentenceEnd(text string, start, end int) string {
	for i := end; i < len(text); i++ {
		switch text[i] {
		case ';', ':', '.', '!', '?':
			if text[i] == '.' && i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]) {
				continue
			}
			return strings.TrimSpace(text[start:i])
		}
	}
	return strings.TrimSpace(text[start:])
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// all holds when every condition holds.
func all(conds ...func(*extractor, article.Sentence, []int) bool) func(*extractor, article.Sentence, []int) bool {
	return func(x *extractor, s article.Sentence, m []int) bool {
		for _, c := range conds {
			if !c(x, s, m) {
				return false
			}
		}
		return true
	}
}

// full reports whether the article already has as many flags of kind as
// the kind's limit keeps: later ones would be dropped, so their rules
// need not run.
func (x *extractor) full(kind FlagKind) bool {
	t, _ := TrapOf(kind)
	if t.Limit == 0 {
		return false
	}
	return x.flagCounts[kind] >= t.Limit
}

// canShow reports whether the article meets its condition for traps of
// kind, if the kind has one (articleKinds).
func (x *extractor) canShow(kind FlagKind) bool {
	cond, ok := articleKinds[kind]
	return !ok || cond(x)
}

// undated holds when the article gives no publication date and no full
// date anywhere (an embedded post "February 4, 2015" anchors it well
// enough for a reader to work the rest out).
func undated(x *extractor) bool {
	if x.anchored == nil {
		anchored := !x.a.Published.IsZero() || fullDate.MatchString(x.a.Source)
		x.anchored = &anchored
	}
	return !*x.anchored
}

// noYearAfter holds for a month with no year after it ("December last
// year" is relative, not yearless).
func noYearAfter(_ *extractor, s article.Sentence, m []int) bool {
	return !yearAfter.MatchString(s.Text[m[0]:m[1]])
}

// noDateAfter holds when a weekday is not followed by its date: "on
// Thursday 24 February" and "Monday, March 7" say which Thursday and
// Monday (at most their year is missing, which the month rule reads);
// "Saturday's 3-0 defeat" and "on Monday, 50 Cent said" do not.
func noDateAfter(_ *extractor, s article.Sentence, m []int) bool {
	return !dateAfterWeekday.MatchString(s.Text[m[1]:])
}

// dateAfterWeekday is a day of a month, either way round, right after
// a weekday.
var dateAfterWeekday = lazyre.New(`^,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthName + `|` + monthName + `\s+\d{1,2})\b`)

// outsideQuotes holds when the match is the article's own words, not a
// speaker's: "tomorrow" or "the biggest ever" inside a quotation is what
// someone said, and the article credits them.
func outsideQuotes(_ *extractor, s article.Sentence, m []int) bool {
	return !insideQuotes(s.Text, m[0])
}

// closesEarlierQuote reports whether the first quotation mark of text
// closes a quotation: the sentence continues someone's words.
func closesEarlierQuote(text string) bool {
	i := strings.IndexAny(text, "“”\"")
	if i <= 0 {
		return false
	}
	if strings.HasPrefix(text[i:], "”") {
		return true
	}
	return text[i] == '"' && !strings.ContainsAny(text[i-1:i], " (")
}

// sideClaims holds when the claimant just before "claims" is a side — a
// named group or body, or a noun for one — not a person describing
// herself ("she claims to be a feminist").
func sideClaims(_ *extractor, s article.Sentence, m []int) bool {
	before := strings.Fields(s.Text[:m[0]])
	if len(before) == 0 {
		return false
	}
	last := strings.Trim(before[len(before)-1], "(),")
	return sideNoun.MatchString(last) || last != "" && unicode.IsUpper([]rune(last)[0]) && len(before) > 1
}

// insideQuote holds where the match is someone's own words.
func insideQuote(_ *extractor, s article.Sentence, m []int) bool {
	return insideQuotes(s.Text, m[0])
}

// passedOnInQuote holds where a speaker's own words pass on what others
// told them, not "what people told us", which is what was said to them
// and heard — feedback, not a report passed on (held-out h12: a council
// leader who "listened to what people told us" was flagged).
func passedOnInQuote(x *extractor, s article.Sentence, m []int) bool {
	before := strings.Fields(s.Text[:m[0]])
	if n := len(before); n > 0 && strings.EqualFold(strings.Trim(before[n-1], "“‘\"'"), "what") {
		return false
	}
	return insideQuote(x, s, m)
}

// speaksForAFirm holds where the sentence, or the one before in its
// paragraph, gives a business post: the words are a seller's.
func speaksForAFirm(x *extractor, s article.Sentence, _ []int) bool {
	if businessPost.MatchString(s.Text) {
		return true
	}
	prev := s.Index - 1
	return prev >= 0 && x.a.Sentences[prev].Block == s.Block && businessPost.MatchString(x.a.Sentences[prev].Text)
}

// businessPost finds a post in a company.
var businessPost = lazyre.New(`(?i)\b(?:chief executive|chief operating officer|managing director|sales director|marketing director|vice[- ]president|executive|boss|founder|chairman of (?:the )?\p{Lu}|(?:storage|product|brand|marketing|sales) manager)\b`)

// sideNoun are words for a group that can gain from its own claim.
var sideNoun = lazyre.New(`(?i)^(?:group|groups|militants|rebels|company|firm|party|government|campaign|army|ministry|club|regime|organisation|organization)$`)

// notDenied vetoes a report the same sentence says was denied: it is
// not passed on as true.
func notDenied(x *extractor, s article.Sentence, _ []int) bool {
	return !deniedReport.MatchString(s.Text)
}

var deniedReport = lazyre.New(`(?i)\b(?:denied|denies|deny|dismissed|rejected)\b`)

// notAllegedThat vetoes "X alleged that …": a named accuser's claim is
// credited, not left unconfirmed.
func notAllegedThat(_ *extractor, s article.Sentence, m []int) bool {
	return !strings.HasSuffix(strings.ToLower(s.Text[m[0]:m[1]]), "alleged that")
}

// notWhatAppears vetoes "what appears to be a prepared statement": a
// description of what is seen, not a claim left unconfirmed.
func notWhatAppears(_ *extractor, s article.Sentence, m []int) bool {
	return !strings.HasSuffix(strings.ToLower(s.Text[:m[0]]), "what ")
}

// insideQuotes reports whether offset at lies between an opening and a
// closing quotation mark of text, or after an opening mark that the
// sentence never closes, or before a closing mark whose opening lies in
// an earlier sentence.
func insideQuotes(text string, at int) bool {
	if closesEarlierQuote(text) {
		if end := strings.IndexAny(text, "”\""); at < end {
			return true
		}
	}
	return openedBefore(text, at)
}

// openedBefore reports whether a quotation this sentence opens is still
// open at byte at.
func openedBefore(text string, at int) bool {
	open := false
	for i, r := range text[:at] {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			// A straight quote opens at the start or after a space or
			// bracket, and closes otherwise.
			open = i == 0 || strings.ContainsAny(text[i-1:i], " (")
		}
	}
	return open
}

// notNamedBefore vetoes "officials said" when a capitalised name sits
// right before the group: "Pentagon officials" is named well enough only
// when it is a body of people a reader could ask, so only a person's
// name counts ("Smith's aides").
func notNamedBefore(x *extractor, s article.Sentence, m []int) bool {
	before := strings.TrimSpace(s.Text[:m[0]])
	return !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s")
}

// nobodyNamed holds when the sentence credits no one: "is expected to"
// after "the minister said" is the minister's expectation.
func nobodyNamed(x *extractor, s article.Sentence, _ []int) bool {
	return !creditsSomeone.MatchString(s.Text)
}

// noSourceAfter holds where the words after the match do not say whose
// they are: "according to figures released by the company last month"
// names the company (held-out h13-08, a false flag).
func noSourceAfter(_ *extractor, s article.Sentence, m []int) bool {
	return !sourceAfter.MatchString(s.Text[m[1]:])
}

// sourceAfter finds whose figures or research they are, just after them.
var sourceAfter = lazyre.New(`^\s*(?:\p{L}+\s+){0,2}?(?:released|published|issued|compiled|provided|collected|gathered|put out|produced)?\s*(?:by|from)\s+\S`)

// notOwnReport holds unless the match is "a report by" or "from" the
// body that wrote it: "according to a report by a building society" is
// the society's own finding, one pair of hands (held-out h16-04: K, G,
// V from both reviewers of its "report of a report" question). A report
// in or by a newspaper is still one.
func notOwnReport(_ *extractor, s article.Sentence, m []int) bool {
	match := strings.ToLower(s.Text[m[0]:m[1]])
	if !strings.HasSuffix(match, " by") && !strings.HasSuffix(match, " from") {
		return true
	}
	return !reportingBody.MatchString(s.Text[m[1]:])
}

// reportingBody is a body that publishes its own reports: a society, a
// charity, researchers, a watchdog.
var reportingBody = lazyre.New(`(?i)^\s*(?:the |a |an )?(?:[\p{L}'’-]+ ){0,3}?(?:society|charity|council|university|institute|researchers|think[- ]tank|trust|association|committee|agency|bank|watchdog|department|ministry|office|commission|union|federation|regulator|authority)\b`)

// toAnOutlet holds where the match ends on the name of a news outlet:
// "told The Washington Post", not "told Mr Smith".
func toAnOutlet(_ *extractor, s article.Sentence, m []int) bool {
	return outletName.MatchString(outletAtEnd.FindString(s.Text[m[0]:m[1]]))
}

// unnamedTeller vetoes a friend or source the article names beside the
// match: "Jane Smith, a friend, …", "a friend of the couple, Jane Smith,
// …".
func unnamedTeller(_ *extractor, s article.Sentence, m []int) bool {
	return !namedBeside.MatchString(s.Text[m[0]:m[1]]) && !namedBefore.MatchString(s.Text[:m[0]])
}

var (
	namedBeside = lazyre.New(`, \p{Lu}[\p{L}'’-]+ \p{Lu}`)
	namedBefore = lazyre.New(`\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+,\s*$`)
)

// outletAtEnd is the capitalised name that ends a match.
var outletAtEnd = lazyre.New(`(?:[Tt]he )?\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,3}$`)
