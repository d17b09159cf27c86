package facts

import (
	"strings"
	"testing"
)

// TestGeneralisedFromOne: a plural claim flagged when the one account
// that follows is a single member of the group, and the near misses —
// two members speak, the person who follows is not one of the group, the
// account comes much later, the plural claim is a speaker's own words;
// and for a crowd online, two posts shown, or none.
func TestGeneralisedFromOne(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       string // the rule that flags, "" for no flag
	}{
		{"group says", "Leader may open restaurant\n\nNow North Korea watchers believe Scotland may be next.\n\nMichael Madden, editor of the North Korea Leadership Watch, said the leader wants ties with Europe.\n\nHe added that whisky is popular.\n", "group says"},
		{"have been contacted", "Bank writes to savers\n\nCustomers have been contacted about the error, the paper said.\n\nOne customer, Jane Smith, said she had received a letter on Monday.\n", "have been contacted"},
		{"two members", "Bank writes to savers\n\nCustomers have been contacted about the error.\n\nOne customer, Jane Smith, said she had received a letter.\n\nAnother customer, Tom Brown, said he had been called.\n", ""},
		{"not one of the group", "Shooting questions remain\n\nSome witnesses say that the officer began shooting after the man fled.\n\nPolice chief Jon Belmar said the officer fired more than a couple of shots.\n", ""},
		{"too late", "Residents angry\n\nResidents say the new road is too loud.\n\nThe council approved it in 2003.\n\nIt cost a lot.\n\nIt opened last year.\n\nResident Mary Jones said she could not sleep.\n", ""},
		{"crowd online, one post", "King flies sortie\n\nThis got conservative Twitter all riled up:\n\nLooking forward to hearing about today's mission. — Drew McCoy (@DrewMTips) February 4, 2015\n\nThe photos were old.\n", "crowd online"},
		{"crowd online, two posts", "King flies sortie\n\nThis got conservative Twitter all riled up:\n\nLooking forward to hearing about today's mission. — Drew McCoy (@DrewMTips) February 4, 2015\n\nWhat a hero. — Ann Lee (@annlee) February 4, 2015\n\nThe photos were old.\n", ""},
		{"crowd online, no post shown", "King flies sortie\n\nThis got conservative Twitter all riled up.\n\nLooking forward to hearing about today's mission. — Drew McCoy (@DrewMTips) February 4, 2015\n\nThe photos were old.\n", ""},
		{"crowd online, prose follows", "King flies sortie\n\nThis got conservative Twitter all riled up:\n\nMany users posted jokes about the mission.\n", ""},
		{"the group's word only in the speaker's own words (held-out h10-09)", "Sweets rumour\n\nSome fans reported stockpiling the sweets.\n\n\"We love them as much as our fans do,\" the firm's marketing director, Karen Lind, said in a statement.\n", ""},
		{"quoted", "Residents angry\n\n\"Residents say the road is too loud,\" the mayor said.\n\nResident Mary Jones said she could not sleep.\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, an := extractText(t, c.text)
			got, msg := "", ""
			for _, fl := range an.Flags {
				if fl.Kind == OneCaseGeneralised {
					got, msg = fl.Rule, fl.Message
				}
			}
			if got != c.want {
				t.Errorf("one-case flag by %q; want %q (flags %+v)", got, c.want, an.Flags)
			}
			if got != "" && !strings.Contains(msg, "one person's") {
				t.Errorf("message %q does not say it rests on one person", msg)
			}
		})
	}
}
