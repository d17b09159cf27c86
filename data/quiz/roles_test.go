package quiz

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// A post in the student's own words: its head word and the body it
// serves, and nothing when the capitalised words say where someone is
// from or the post runs on past its head.
func TestPostAtOrg(t *testing.T) {
	tests := []struct{ role, want string }{
		{"personal technology and broadband analyst at Jupiter Research",
			"analyst at Jupiter Research|analyst of Jupiter Research|analyst for Jupiter Research|analyst with Jupiter Research|analyst from Jupiter Research|Jupiter Research analyst|Jupiter Research's analyst"},
		{"UKIP spokesman", "spokesman at UKIP|spokesman of UKIP|spokesman for UKIP|spokesman with UKIP|spokesman from UKIP|UKIP spokesman|UKIP's spokesman|" +
			"spokesperson at UKIP|spokesperson of UKIP|spokesperson for UKIP|spokesperson with UKIP|spokesperson from UKIP|UKIP spokesperson|UKIP's spokesperson"},
		{"general manager of Toshiba's European storage device division",
			"manager at Toshiba|manager of Toshiba|manager for Toshiba|manager with Toshiba|manager from Toshiba|Toshiba manager|Toshiba's manager"},
		{"spokesman for anti-virus firm Finjan",
			"spokesman at Finjan|spokesman of Finjan|spokesman for Finjan|spokesman with Finjan|spokesman from Finjan|Finjan spokesman|Finjan's spokesman|" +
				"spokesperson at Finjan|spokesperson of Finjan|spokesperson for Finjan|spokesperson with Finjan|spokesperson from Finjan|Finjan spokesperson|Finjan's spokesperson"},
		{"Italian Prime Minister", "Prime Minister of Italy|Prime Minister from Italy|Italy's Prime Minister|Italian PM|PM of Italy"},
		{"Lib Dem constitutional affairs committee chairman", "chairman of the constitutional affairs committee|constitutional affairs committee chairman"},
		{"Moroccan military expert", "military expert of Morocco|military expert from Morocco|Morocco's military expert"},
		{"Swansea-based military expert", ""},
		{"American foreign minister", "foreign minister of United States|foreign minister from United States|United States's foreign minister"},
		{"Swansea-born actor-director", ""},
		{"chief executive", ""},
		{"State Department deputy spokeswoman", "spokeswoman at State Department|spokeswoman of State Department|spokeswoman for State Department|" +
			"spokeswoman with State Department|spokeswoman from State Department|State Department spokeswoman|State Department's spokeswoman|" +
			"spokesperson at State Department|spokesperson of State Department|spokesperson for State Department|spokesperson with State Department|" +
			"spokesperson from State Department|State Department spokesperson|State Department's spokesperson"},
		{"vice president for entertainment at Nokia", ""}, // not Nokia's president
		{"PR strategist", ""},                             // public relations is a field, not a body
		{"Labour deputy leader", ""},                      // not Labour's leader
		{"deputy head of the Met's press office", ""},
		{"head of the Met's Counter Terrorism Command", // the command's head, not the Met's (round 53)
			"head at Counter Terrorism Command|head of Counter Terrorism Command|head for Counter Terrorism Command|head with Counter Terrorism Command|" +
				"head from Counter Terrorism Command|Counter Terrorism Command head|Counter Terrorism Command's head"},
	}
	for _, tt := range tests {
		if got := strings.Join(postAtOrg(tt.role), "|"); got != tt.want {
			t.Errorf("postAtOrg(%q) = %q; want %q", tt.role, got, tt.want)
		}
	}
}

// A capital that only starts the sentence names no one's post.
func TestNamesWhom(t *testing.T) {
	never := func(string) bool { return false }
	rovers := func(w string) bool { return w == "Rovers" }
	tests := []struct {
		role  string
		start bool
		name  func(string) bool
		want  bool
	}{
		{"Daiwa Securities analyst", false, never, true},
		{"Lead author", true, never, false},
		{"WMC chairman", true, never, true},
		{"Rovers manager", true, rovers, true},
		{"chief executive", false, never, false},
	}
	for _, tt := range tests {
		if got := namesWhom(tt.role, tt.start, tt.name); got != tt.want {
			t.Errorf("namesWhom(%q, start %v) = %v; want %v", tt.role, tt.start, got, tt.want)
		}
	}
}

// A name the article uses that one slip away from the key is a near
// miss, not a typo of it; the key's own possessive is not another name.
func TestLookalikes(t *testing.T) {
	a, err := article.Parse([]byte("Hostage taken in Gombi\n\nThe German was kidnapped in Gombi in July. Three bombs went off in Gombe on Monday. BBC Two's show moved.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Lookalikes([]string{"Gombi"}, a); len(got) != 1 || got[0] != "Gombe" {
		t.Errorf("Lookalikes(Gombi) = %q; want [Gombe]", got)
	}
	if got := Lookalikes([]string{"BBC Two"}, a); len(got) != 0 {
		t.Errorf("Lookalikes(BBC Two) = %q; want none", got)
	}
	q := Question{Kind: ShortAnswer, Prompt: "In which town was he kidnapped?", Answer: "Gombi", Accepted: []string{"Gombi"},
		Distractors: Lookalikes([]string{"Gombi"}, a)}
	if v := Check(q, "Gombe").Verdict; v != Incorrect {
		t.Errorf("Gombe for Gombi: %s; want incorrect", v)
	}
	if v := Check(q, "Gombbi").Verdict; v != Correct {
		t.Errorf("Gombbi for Gombi: %s; want correct (a typo)", v)
	}
}

// A surname two people of the article share names neither of them.
func TestSharedSurnameIsNoAnswer(t *testing.T) {
	a, err := article.Parse([]byte("Baby star speaks\n\n" +
		"\"I thought I may as well tell the whole class now,\" Jess Smith told the Telegraph. " +
		"\"The producers just sat the baby in front of a camera and she laughed,\" her mother Anji Smith said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range Generate(a, facts.Extract(a), DefaultCount) {
		if q.Kind != Who {
			continue
		}
		asked++
		if containsFold(q.Accepted, "Smith") {
			t.Errorf("%q accepts the shared surname: %q", q.Prompt, q.Accepted)
		}
	}
	if asked == 0 {
		t.Fatal("no who-question was asked: the test checks nothing")
	}
}

// A description is read wherever the article gives it: after a name the
// sentence's first "X, …," does not describe, cut at a relative clause,
// or between the verb and the name.
func TestRolesReadOnRealShapes(t *testing.T) {
	tests := []struct{ sentence, name, want string }{
		{`She moved near the border held by the Nusra Front, said Mario Abou Zeid, a research analyst with the Carnegie Centre in Beirut.`,
			"Mario Abou Zeid", "a research analyst with the Carnegie Centre in Beirut"},
		{`The operation will prove useful, said retired Lebanese general and security analyst, Elias Farhat.`,
			"Elias Farhat", "retired Lebanese general and security analyst"},
		{`Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation which campaigns for consumers, expressed doubts.`,
			"Cory Doctorow", "European co-ordinator for the Electronic Frontier Foundation"},
		{`Fawaz Gerges, a Middle East expert at the London School of Economics said the arrest was coordinated.`,
			"Fawaz Gerges", "a Middle East expert at the London School of Economics"},
		{`"The industry will work with the artists," according to media and PR strategist Glen Yearwood, who is representing the industry.`,
			"Glen Yearwood", "media and PR strategist"},
		{`It is a long secret, and first-year dance student Jess Smith kept it.`, "Jess Smith", "first-year dance student"},
		{`His son died, said prominent Kenyan politician and former prime minister Raila Odinga on Monday.`, "Raila Odinga", "former prime minister"},
		{`The debate was backed by Tory leader Michael Howard and Lib Dem leader Charles Kennedy on Monday.`,
			"Charles Kennedy", "Lib Dem leader"},
	}
	for _, tt := range tests {
		a, err := article.Parse([]byte("Roles in the news\n\n" + tt.sentence + " \"We will see,\" " + tt.name + " said.\n"))
		if err != nil {
			t.Fatal(err)
		}
		g := newGenerator(a, facts.Extract(a))
		got := ""
		for _, r := range g.roles() {
			if r.name == tt.name {
				got = r.role
			}
		}
		if got != tt.want {
			t.Errorf("%s: role %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestConjunctPosts(t *testing.T) {
	checkEach(t, "conjunctPosts", func(s string) string { return strings.Join(conjunctPosts(s), "|") }, map[string]string{
		"retired Lebanese general and security analyst":              "retired Lebanese general|security analyst",
		"analyst and author of a report about online music services": "analyst|author of a report about online music services",
		"head of sales and marketing":                                "",
		"media and PR strategist":                                    "media strategist|PR strategist",
		"general manager":                                            "",
		"chairman and chief executive and founder":                   "",
	})
}

func TestPlainHead(t *testing.T) {
	checkEach(t, "plainHead", func(s string) string { return strings.Join(plainHead(s), "|") }, map[string]string{
		"editor-in-chief of hip-hop magazine XXL": "editor of hip-hop magazine XXL",
		"commander-in-chief":                      "commander",
		"chief executive of WMC":                  "",
		"Moroccan military expert":                "military expert",
		"Swansea-born actor":                      "",
	})
}

func TestRoleOptionsApart(t *testing.T) {
	if !sharesContentWord("St. Louis County police chief", "Police officer") {
		t.Error("two police posts are one field: one is no wrong option for the other")
	}
	if sharesContentWord("analyst at Jupiter Research", "chief executive of eDonkey") {
		t.Error("an analyst and a chief executive share no field")
	}
	if !famousPost.MatchString("U.S. President") || famousPost.MatchString("Middle East expert at the LSE") {
		t.Error("famousPost reads the wrong posts")
	}
}

// A headline that credits its source names the person as the source,
// not the story's subject: "Who is X?" is then worth asking.
func TestCreditedIn(t *testing.T) {
	for _, tt := range []struct {
		title, surname string
		want           bool
	}{
		{"Farrell saga to drag on - Lindsay", "Lindsay", true},
		{"Lindsay: Farrell saga to drag on", "Lindsay", true},
		{"Farrell saga to drag on - Lindsay", "Farrell", false},
		{"Howard denies split over ID cards", "Howard", false},
		{"Kennedy criticises 'unfair' taxes", "Kennedy", false},
	} {
		if got := creditedIn(tt.title, tt.surname); got != tt.want {
			t.Errorf("creditedIn(%q, %q) = %v; want %v", tt.title, tt.surname, got, tt.want)
		}
	}
}

// A post written bare reads with "a" after "as"; one with its own
// determiner stays as written.
func TestAsDescribed(t *testing.T) {
	checkEach(t, "asDescribed", asDescribed, map[string]string{
		"Tory ex-minister":                           "a Tory ex-minister",
		"analyst at Finans Investment":               "an analyst at Finans Investment",
		"the chairman of the Bar Council":            "the chairman of the Bar Council",
		"a research analyst":                         "a research analyst",
		"Margaret Thatcher's former press secretary": "Margaret Thatcher's former press secretary",
		"last year’s US collegiate champion":         "last year’s US collegiate champion",
		"friend of Brown’s":                          "a friend of Brown’s",
	})
}

// typedRoleOf is the typed "Who is name?" question asked of body.
func typedRoleOf(t *testing.T, body, name string) Question {
	t.Helper()
	a, err := article.Parse([]byte("A headline for roles\n\n" + body + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(a, facts.Extract(a))
	for _, p := range g.roles() {
		if p.name == name {
			g.typedRole(p)
		}
	}
	if len(g.out) == 0 {
		t.Fatalf("no question about %s", name)
	}
	return g.out[0]
}

// "Who is X?" accepts a compound rank's plain form tied to its body as
// students write it: "XXL editor", "editor of XXL" (round 59).
func TestTypedRoleTakesThePlainRankAtItsBody(t *testing.T) {
	q := typedRoleOf(t, "Elliott Wilson, editor-in-chief of hip-hop magazine XXL, said the feud would boost sales of the album.\n\n"+
		"The rapper Curtis Jackson, 29, has sold millions of records, his label Interscope Records said.", "Elliott Wilson")
	for _, want := range []string{"XXL editor", "editor of XXL", "XXL editor-in-chief"} {
		if !slices.Contains(q.Accepted, want) {
			t.Errorf("accepted %q; want %q among them", q.Accepted, want)
		}
	}
}

// "Who is X?" accepts whom the article says X speaks for: ", who is
// representing the reggae industry" (round 60).
func TestTypedRoleTakesWhomTheyRepresent(t *testing.T) {
	q := typedRoleOf(t, "\"The industry will work with the artists,\" according to media and PR strategist Glen Yearwood, who is representing the reggae industry.\n\n"+
		"The campaign was a blow to the industry, Mr Yearwood admitted on Friday.", "Glen Yearwood")
	for _, want := range []string{"representing the reggae industry", "represents the reggae industry", "reggae industry representative"} {
		if !slices.Contains(q.Accepted, want) {
			t.Errorf("accepted %q; want %q among them", q.Accepted, want)
		}
	}
	if v := Check(q, "He represents the reggae industry").Verdict; v != Correct {
		t.Errorf("a student's \"He represents the reggae industry\": %v", v)
	}
}

// "Who is X?" is asked of a person the article describes but does not
// quote — who they are is how a reader follows who did what — unless the
// post is one every reader knows (a president, a country's leader).
func TestWhoIsWhoBeyondSpeakers(t *testing.T) {
	const quoted = ` "The deal is good for the club," said Maurice Lindsay, the Wigan chairman. "We will sign him," said Ian Dunn, the Leeds coach.`
	for _, c := range []struct {
		name, sentence string
		asked          bool
	}{
		{"a post of the story", "Apple design chief Jony Ive left the firm in March after twenty years.", true},
		{"a president", "Venezuelan President Nicolas Maduro left the summit in March after a row.", false},
		{"a country's former leader", "Former Libyan leader Moammar Gadhafi left the summit in March after a row.", false},
		{"an aside, after a preposition", "The shop sold a watch praised by Apple design chief Jony Ive for twenty years.", false},
		{"an aside, a word of description between", "Agassi opens his campaign on Tuesday against wildcard Bobby Reynolds, last year's US collegiate champion.", false},
		{"the subject of a second clause", "They signed a motion, and Tony Lloyd, the Manchester Central MP, has pledged to fight the takeover.", true},
	} {
		asked := false
		for _, q := range askedOf(t, "Club news\n\n"+c.sentence+quoted+"\n", (*generator).role) {
			if q.Sentence == 0 && strings.HasPrefix(q.Prompt, "Who is ") {
				asked = true
			}
		}
		if asked != c.asked {
			t.Errorf("%s: asked %v, want %v", c.name, asked, c.asked)
		}
	}
	checkEach(t, "leadsACountry", func(r string) string { return fmt.Sprint(leadsACountry(r)) }, map[string]string{
		"former Libyan leader":      "true",
		"the Cuban ruler":           "true",
		"senior Nusra Front leader": "false",
		"Libyan opposition leader":  "false",
		"Apple design chief":        "false",
	})
}

// "Who is X?" does not take a bare rank from before the name for the
// post the question asks about (spot review, K).
func TestTypedRoleRefusesABareRank(t *testing.T) {
	q := typedRoleOf(t, `Commander Richard Walton, head of the Met's Counter Terrorism Command, said: "We have asked media outlets not to speculate."`+"\n\n"+
		`"There was a strong resemblance," said Asim Qureshi, research director at the rights group.`, "Richard Walton")
	if slices.Contains(q.Accepted, "Commander") {
		t.Errorf("accepted %q; a bare rank is not the post", q.Accepted)
	}
	if v := Check(q, "Commander").Verdict; v == Correct {
		t.Errorf("\"Commander\" judged %v", v)
	}
	if v := Check(q, "head of the Counter Terrorism Command").Verdict; v != Correct {
		t.Errorf("the post judged %v", v)
	}
}
