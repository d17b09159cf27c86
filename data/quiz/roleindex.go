package quiz

import "github.com/lede-app/lede/data/facts"

// roleIndex finds the described person who made a statement (roleOf) by
// name, not by reading every described person: every who-question's key
// asks it of every other speaker, so a scan made an article naming
// thousands of people cubic (issue 16).
type roleIndex struct {
	roles []personRole
	// folded holds, by facts.FoldKey, the first role of each name in any case.
	folded map[string]int
	// exact holds the first role of each name as written.
	exact map[string]int
	// tails holds the first role of each name's ending after a space:
	// "Richard Walton" for "Commander Richard Walton".
	tails map[string]int
}

// newRoleIndex indexes roles, kept in their order: the first that fits a
// statement is its speaker's, as in a scan.
func newRoleIndex(roles []personRole) *roleIndex {
	x := &roleIndex{roles: roles, folded: map[string]int{}, exact: map[string]int{}, tails: map[string]int{}}
	for i, r := range roles {
		keepFirst(x.folded, facts.FoldKey(r.name), i)
		keepFirst(x.exact, r.name, i)
		for j := range len(r.name) {
			if r.name[j] == ' ' {
				keepFirst(x.tails, r.name[j+1:], i)
			}
		}
	}
	return x
}

func keepFirst(m map[string]int, key string, i int) {
	if _, ok := m[key]; !ok {
		m[key] = i
	}
}

// roleOf finds the described person who made statement f: the first
// role whose name is f's speaker or one of their aliases in any case, or
// ends in the speaker's name after a space, or is the ending of the
// speaker's name after a space ("Commander Richard Walton" is Richard
// Walton).
func (x *roleIndex) roleOf(f facts.Fact) (personRole, bool) {
	first := len(x.roles)
	take := func(m map[string]int, key string) {
		if i, ok := m[key]; ok && i < first {
			first = i
		}
	}
	take(x.folded, facts.FoldKey(f.Subject))
	for _, a := range f.Aliases {
		take(x.folded, facts.FoldKey(a))
	}
	take(x.tails, f.Subject)
	for j := range len(f.Subject) {
		if f.Subject[j] == ' ' {
			take(x.exact, f.Subject[j+1:])
		}
	}
	if first == len(x.roles) {
		return personRole{}, false
	}
	return x.roles[first], true
}

// roleOf finds the described person who made statement f (roleIndex.roleOf).
func (g *generator) roleOf(f facts.Fact) (personRole, bool) {
	if g.rolesByName == nil {
		g.rolesByName = newRoleIndex(g.roles())
	}
	return g.rolesByName.roleOf(f)
}
