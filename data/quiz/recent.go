package quiz

import (
	"hash/maphash"
	"sync/atomic"
)

// recent keeps what a pure function of a string gave for the strings it
// was asked about last: one check asks Normalize about the same key in a
// dozen rules, and the next check of the same question asks again (pprof
// of BenchmarkCheckTable, 2026-12-03: a tenth of all checking time
// folding strings already folded). A slot is replaced whole, atomically,
// so any goroutine may read it; it holds its string, compared whole
// before use, so a result is always the function's own for that string.
type recent[T any] struct {
	slots [recentSlots]atomic.Pointer[recentEntry[T]]
}

// recentEntry is one string and what the function gave for it.
type recentEntry[T any] struct {
	in  string
	out T
}

// recentSlots is how many strings a recent keeps: a lesson's keys and
// the answers being checked, with room to spare.
const recentSlots = 1024

// maxRecentLen is the longest string a recent keeps: an article's
// sentence does not push the keys out, and is asked about rarely.
const maxRecentLen = 200

// recentSeed hashes strings to their slots.
var recentSeed = maphash.MakeSeed()

// of returns f(s), from the slot of s when it holds s.
func (r *recent[T]) of(s string, f func(string) T) T {
	if len(s) > maxRecentLen {
		return f(s)
	}
	slot := &r.slots[maphash.String(recentSeed, s)%recentSlots]
	if e := slot.Load(); e != nil && e.in == s {
		return e.out
	}
	out := f(s)
	slot.Store(&recentEntry[T]{s, out})
	return out
}

// forgetRecent empties every recent of the package.
func forgetRecent() {
	recentNorms.forget()
	recentMoney.forget()
	recentQuantities.forget()
	recentWhy.forget()
	recentAsked.forget()
	recentPhrases.forget()
	recentPromptWords.forget()
}

// forget empties every slot, for a benchmark of checks that find none
// of their strings kept.
func (r *recent[T]) forget() {
	for i := range r.slots {
		r.slots[i].Store(nil)
	}
}
