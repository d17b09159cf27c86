// Package library finds things by what people remember of them: a lesson
// in the teacher's library by a few letters of its title, site or tags; a
// student's name in the picker by its start — typed in any order, with
// letters missing.
package library

import (
	"sort"
	"strings"
	"unicode"

	"github.com/sahilm/fuzzy"
)

// Item is one lesson as it is searched: its ID and the text that
// describes it (title, source site, tags).
type Item struct {
	ID   int64
	Text string
}

// Search returns the items that match query, best first. An empty query
// returns every item in the order given. Each word of the query must
// match a word of the item on its own (a fuzzy subsequence match,
// sahilm/fuzzy), in any order: "ferry may" finds "Harbour ferry to run
// all night from May", "alibba" finds "Alibaba's".
func Search(query string, items []Item) []Item {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return items
	}
	scores := make([]int, len(items))
	matched := make([]int, len(items)) // how many query words each item matched
	for i, it := range items {
		// A query word must fit within one word of the item: across the
		// whole text, a subsequence of letters matches almost anything.
		itemWords := strings.FieldsFunc(strings.ToLower(it.Text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		for _, w := range words {
			if found := fuzzy.Find(w, itemWords); len(found) > 0 {
				scores[i] += found[0].Score
				matched[i]++
			}
		}
	}
	type hit struct {
		item  Item
		score int
	}
	var hits []hit
	for i, it := range items {
		if matched[i] == len(words) {
			hits = append(hits, hit{it, scores[i]})
		}
	}
	// Best first; ties keep the library's order (newest first).
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	out := make([]Item, len(hits))
	for i, h := range hits {
		out[i] = h.item
	}
	return out
}
