package library

import "testing"

func TestSearch(t *testing.T) {
	items := []Item{
		{1, "Harbour ferry to run all night from May, operator says · The Coastal Courier · transport"},
		{2, "Council Votes To Close Three Branch Libraries · Harbridge Gazette · year 8"},
		{3, "Trump & Alibaba's Founder Jack Ma Discuss Plan To Generate 1M New American Jobs · ITECHPOST"},
		{4, "Scientists Confirm Chocolate Cures The Common Cold · year 8 · health"},
	}
	tests := []struct {
		query string
		want  []int64
	}{
		{"", []int64{1, 2, 3, 4}},
		{"ferry may", []int64{1}},
		{"alibaba", []int64{3}},
		{"alibba", []int64{3}},    // a letter missing
		{"year 8", []int64{2, 4}}, // a tag
		{"itechpost jack", []int64{3}},
		{"council ferry", nil},
		{"zzz", nil},
	}
	for _, tt := range tests {
		got := Search(tt.query, items)
		var ids []int64
		for _, it := range got {
			ids = append(ids, it.ID)
		}
		if len(ids) != len(tt.want) {
			t.Errorf("Search(%q) = %v; want %v", tt.query, ids, tt.want)
			continue
		}
		for i := range ids {
			if ids[i] != tt.want[i] {
				t.Errorf("Search(%q) = %v; want %v", tt.query, ids, tt.want)
			}
		}
	}
}
