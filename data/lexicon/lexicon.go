// Package lexicon holds the English words Lede's rules are built from —
// months, weekdays, hedges, speech verbs, job titles — in one place.
// Packages read them through a *Lexicon rather than keeping lists of
// their own, so the lists cannot drift apart and a second article
// language has one seam to fill. Number words live with the number
// parser, in package textnum.
package lexicon

import "strings"

// Lexicon is one language's word lists. Order matters where a list
// becomes a pattern: longer forms come before their prefixes ("Sept"
// before "Sep").
type Lexicon struct {
	// Months are the month names as written, then their abbreviations.
	Months, MonthAbbreviations []string
	// Weekdays are the day names as written.
	Weekdays []string
	// Hedges mark a claim as possible rather than certain, or as a plan:
	// "could", "plans", "talks", "reportedly".
	Hedges []string
	// HedgeCues are the hedges that, in a sentence a question quotes,
	// make it a possibility: "may", "appears", "purported".
	HedgeCues []string
	// SpeechVerbs report what someone said.
	SpeechVerbs []string
	// SpeechCues mark a sentence that reports speech, including
	// "according".
	SpeechCues []string
	// RoleHeads are the head words of job titles: "chairman", "minister".
	RoleHeads []string
	// PersonNouns are the words that make a description a person's role,
	// not a place or an age: "doctor" in "a 25-year-old doctor from
	// Bolton", "engineer" in "retired telecoms engineer Alan Brierley".
	PersonNouns []string
	// Debunks say a story is false, one word each.
	Debunks []string
	// Opposites are pairs of words that contradict each other, each side
	// a few forms: an answer "yes, they expect markets to become more
	// volatile" to a question about becoming "less" jumpy says yes and
	// means no.
	Opposites [][2][]string
	// ContrastingModifiers are pairs of words that, before one noun, name
	// two different things: a "local" state of emergency is no
	// "national" one. Read only beside a noun both share.
	ContrastingModifiers [][2][]string
	// ChangeDirections are the verbs for a number going down and going
	// up, in every form a question or an answer uses; not "up" or "cut",
	// which also bound ("up to 40%") or say more than a direction.
	ChangeDirections [2][]string
	// Demonyms give, for a country as named in lower case, the word for
	// its people and things: "Swiss-based" says where as well as
	// "Switzerland" does.
	Demonyms map[string]string
	// MoreDemonyms are rarer countries' words for their people, read by
	// the answer checker only ("Jamaican" to "Which country is J-Flag
	// from?"): Demonyms also steers the question generator, which these
	// leave as it was.
	MoreDemonyms map[string]string
}

// English is the lexicon of English news writing.
var English = &Lexicon{
	Months:             strings.Fields(`January February March April May June July August September October November December`),
	MonthAbbreviations: strings.Fields(`Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec`),
	Weekdays:           strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`),
	Hedges: strings.Fields(`could can may might would possible possibly possibility plan plans planned
		planning propose proposes proposed proposal proposals discuss discusses discussed discussing discussion
		consider considers considered considering hope hopes aim aims seek seeks envisage envisages envisaged
		potential potentially eye eyes mull mulls weigh weighs talk talks if expect expects expected estimate
		estimates likely rumor rumors rumored rumour rumours rumoured report reports reportedly`),
	Opposites: opposites(`less/more fewer/more least/most lower/higher lowest/highest fall,fell,falling/rise,rose,rising
		decrease,decreased/increase,increased worse,worst/better,best weaker,weakest,weak/stronger,strongest,strong,successful
		lost,lose,losing/won,win,winning rejected,reject/accepted,accept opposed,oppose/supported,support
		disagreed,disagree/agreed,agree down/up cheaper/dearer,pricier left,left-handed/right,right-handed`),
	ContrastingModifiers: opposites(`local/national,nationwide,federal regional/national,nationwide domestic/international,foreign
		public/private temporary/permanent partial/full,total indoor/outdoor first/last,final junior/senior
		male/female men's/women's upper/lower minor/major primary/secondary`),
	ChangeDirections: [2][]string{
		strings.Fields(`fall falls fell fallen falling drop drops dropped dropping decrease decreases decreased decreasing
			decline declines declined declining shrink shrinks shrank shrunk shrinking`),
		strings.Fields(`rise rises rose risen rising grow grows grew grown growing increase increases increased increasing
			climb climbs climbed climbing`),
	},
	HedgeCues: strings.Fields(`may might could possibly perhaps probably likely expected set appear appears seem seems
		predicted forecast purporting purported`),
	SpeechVerbs: strings.Fields(`said says told tells announced announces stated states added adds explained claimed
		claims argued noted warned insisted estimates estimated confirmed denied wrote admitted admits
		acknowledged conceded reported reports revealed observed recalled stressed`),
	SpeechCues: strings.Fields(`said says say told tells tell announced stated added claimed claims according insisted
		warned argued confirmed denied admitted admits acknowledged conceded suggested believes predicted`),
	RoleHeads: strings.Fields(`founder co-founder chairman chairwoman chairperson chair chief ceo cfo coo cto
		president director spokesman spokeswoman spokesperson minister secretary head governor mayor editor
		coach manager owner professor senator principal headteacher leader researcher analyst economist
		scientist author councillor councilor commissioner superintendent treasurer partner`),
	PersonNouns: strings.Fields(`chief executive spokesman spokeswoman spokesperson minister secretary director
		leader editor analyst professor president chair chairman chairwoman manager head founder expert researcher
		co-ordinator coordinator organiser organizer
		lawyer attorney officer official coach captain player striker singer rapper actor actress star member boss
		governor mayor senator ambassador commander correspondent author adviser advisor consultant economist doctor
		scientist writer producer presenter chancellor mp judge campaigner owner partner fellow vice
		executive friend witness resident neighbour neighbor relative father mother wife husband son daughter brother
		sister student teacher worker employee colleague activist historian engineer pilot journalist reporter
		commentator columnist agent representative envoy negotiator prosecutor investigator detective inspector
		strategist trader broker investor entrepreneur designer musician champion goalkeeper midfielder defender
		controller commissioner commander host treasurer`),
	Debunks: strings.Fields(`hoax hoaxes fake false falsely untrue debunk debunked debunks debunking
		fabricated fabrication bogus made-up myth satire satirical baseless unfounded`),
	Demonyms: pairs(`switzerland:swiss france:french germany:german britain:british england:english scotland:scottish
		wales:welsh ireland:irish italy:italian spain:spanish portugal:portuguese netherlands:dutch holland:dutch
		belgium:belgian austria:austrian sweden:swedish norway:norwegian denmark:danish finland:finnish
		poland:polish russia:russian ukraine:ukrainian greece:greek turkey:turkish israel:israeli iran:iranian
		iraq:iraqi syria:syrian egypt:egyptian saudi-arabia:saudi china:chinese japan:japanese korea:korean
		india:indian pakistan:pakistani afghanistan:afghan australia:australian canada:canadian mexico:mexican
		brazil:brazilian argentina:argentinian nigeria:nigerian kenya:kenyan tanzania:tanzanian
		south-africa:south-african america:american united-states:american us:american uk:british
		morocco:moroccan algeria:algerian tunisia:tunisian libya:libyan jordan:jordanian lebanon:lebanese
		kuwait:kuwaiti qatar:qatari yemen:yemeni sudan:sudanese ethiopia:ethiopian somalia:somali
		ghana:ghanaian cuba:cuban colombia:colombian chile:chilean peru:peruvian venezuela:venezuelan
		indonesia:indonesian malaysia:malaysian philippines:filipino thailand:thai vietnam:vietnamese
		czech-republic:czech hungary:hungarian romania:romanian bulgaria:bulgarian serbia:serbian
		croatia:croatian new-zealand:new-zealand`),
	MoreDemonyms: pairs(`jamaica:jamaican bangladesh:bangladeshi sri-lanka:sri-lankan nepal:nepalese zimbabwe:zimbabwean
		uganda:ugandan rwanda:rwandan congo:congolese senegal:senegalese cameroon:cameroonian zambia:zambian
		angola:angolan mali:malian niger:nigerien iceland:icelandic estonia:estonian latvia:latvian
		lithuania:lithuanian slovakia:slovak slovenia:slovenian bosnia:bosnian albania:albanian
		armenia:armenian azerbaijan:azerbaijani kazakhstan:kazakh uzbekistan:uzbek mongolia:mongolian
		taiwan:taiwanese singapore:singaporean cambodia:cambodian burma:burmese myanmar:burmese
		bahrain:bahraini oman:omani haiti:haitian ecuador:ecuadorian bolivia:bolivian uruguay:uruguayan
		paraguay:paraguayan scotland:scots cyprus:cypriot malta:maltese luxembourg:luxembourgish
		tonga:tongan fiji:fijian samoa:samoan papua-new-guinea:papua-new-guinean laos:laotian brunei:bruneian
		north-korea:north-korean south-korea:south-korean georgia:georgian moldova:moldovan belarus:belarusian
		montenegro:montenegrin north-macedonia:macedonian macedonia:macedonian kosovo:kosovan kyrgyzstan:kyrgyz
		tajikistan:tajik turkmenistan:turkmen botswana:botswanan namibia:namibian mozambique:mozambican
		malawi:malawian madagascar:malagasy mauritius:mauritian ivory-coast:ivorian burkina-faso:burkinabe
		guinea:guinean liberia:liberian sierra-leone:sierra-leonean gambia:gambian togo:togolese benin:beninese
		chad:chadian eritrea:eritrean djibouti:djiboutian south-sudan:south-sudanese gabon:gabonese
		burundi:burundian eswatini:swazi swaziland:swazi costa-rica:costa-rican panama:panamanian
		nicaragua:nicaraguan honduras:honduran guatemala:guatemalan el-salvador:salvadoran belize:belizean
		dominican-republic:dominican trinidad:trinidadian barbados:barbadian bahamas:bahamian guyana:guyanese
		suriname:surinamese maldives:maldivian bhutan:bhutanese united-arab-emirates:emirati uae:emirati
		palestine:palestinian greenland:greenlandic monaco:monegasque andorra:andorran`),
}

// pairs reads "country:demonym" words into a map; a hyphen in either
// stands for a space.
// opposites reads "a,b/c,d e/f" as the pairs {a b}↔{c d} and {e}↔{f}.
func opposites(list string) [][2][]string {
	var out [][2][]string
	for _, pair := range strings.Fields(list) {
		left, right, _ := strings.Cut(pair, "/")
		out = append(out, [2][]string{strings.Split(left, ","), strings.Split(right, ",")})
	}
	return out
}

func pairs(list string) map[string]string {
	out := map[string]string{}
	for _, p := range strings.Fields(list) {
		k, v, _ := strings.Cut(p, ":")
		out[strings.ReplaceAll(k, "-", " ")] = strings.ReplaceAll(v, "-", " ")
	}
	return out
}

// Alternation joins words into a regular-expression alternation, in
// order: "Monday|Tuesday|…". The words hold no metacharacters.
func Alternation(words ...[]string) string {
	var all []string
	for _, w := range words {
		all = append(all, w...)
	}
	return strings.Join(all, "|")
}

// Set returns the words in lower case as a set, for cheap checks of a
// sentence's words.
func Set(words ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, list := range words {
		for _, w := range list {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}
