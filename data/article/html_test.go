package article

import (
	"os"
	"strings"
	"testing"
)

func TestParseHTMLPage(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/articles/harbour-ferry.html")
	if err != nil {
		t.Fatal(err)
	}
	if !IsHTML(raw) {
		t.Fatal("IsHTML = false for a saved web page")
	}
	a, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour ferry to run all night from May, operator says" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Author != "Priya Nandakumar" || a.Published.Format("2006-01-02 15:04") != "2024-03-14 09:30" {
		t.Errorf("Author %q, Published %v", a.Author, a.Published)
	}
	if a.Dateline != "PORTHAVEN" || a.Source[a.DatelineSpan.Start:a.DatelineSpan.End] != "PORTHAVEN" {
		t.Errorf("Dateline = %q at %v", a.Dateline, a.DatelineSpan)
	}
	if hs := a.Headings(); len(hs) != 1 || hs[0].Text != "Council funding not agreed" {
		t.Errorf("Headings = %+v", hs)
	}
	body := ""
	for _, s := range a.Sentences {
		body += s.Text + "\n"
		if a.Source[s.Span.Start:s.Span.End] != s.Text {
			t.Errorf("span of sentence %d gives %q", s.Index, a.Source[s.Span.Start:s.Span.End])
		}
	}
	for _, junk := range []string{"gtag", "Subscribe", "Tweet", "Advertisement", "Bridge tolls", "All rights reserved", "Privacy", "Sport"} {
		if strings.Contains(body, junk) {
			t.Errorf("scrape junk %q in the body:\n%s", junk, body)
		}
	}
	for _, want := range []string{"4,812 signatures", "committee chair Dafydd Rees", "Saturday, May 4."} {
		if !strings.Contains(body, want) {
			t.Errorf("body lost %q:\n%s", want, body)
		}
	}
}

func TestIsHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<!doctype html><p>x</p>":                    true,
		"\ufeff<html><body><p>Hi.</p></body></html>": true,
		"<div><p>A fragment.</p></div>":              true,
		"Plain headline\n\nA <b>bold</b> claim.":     false,
		"# Markdown\n\nText.":                        false,
		"<3 my cat. Not HTML at all":                 false,
	} {
		if got := IsHTML([]byte(in)); got != want {
			t.Errorf("IsHTML(%q) = %v; want %v", in, got, want)
		}
	}
}

func TestHTMLWithoutArticle(t *testing.T) {
	_, err := Read([]byte("<html><head><script>var x = 1;</script></head><body></body></html>"))
	if err != ErrNoBody {
		t.Errorf("err = %v; want ErrNoBody", err)
	}
}

func TestDateline(t *testing.T) {
	for in, want := range map[string]string{
		"WASHINGTON (AP) — The Senate voted on Tuesday.":          "WASHINGTON (AP)",
		"NEW YORK, March 3 (Reuters) - Shares fell on Monday.":    "NEW YORK, March 3 (Reuters)",
		"The ferry will run all night - from May.":                "",
		"A — minor point about dashes in a sentence, not a place": "",
		"US - China talks resumed.":                               "US",
	} {
		a, err := Parse([]byte("Headline here\n\n" + in + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != want {
			t.Errorf("Dateline(%q) = %q; want %q", in, a.Dateline, want)
		}
	}
}

func TestSentenceEndsAfterNumber(t *testing.T) {
	a, err := Parse([]byte("Headline here\n\nNurses have asked since 2019. A petition got 4,812 names. It cost $1.5 million. Fares rose 3.5 per cent.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Sentences {
		got = append(got, s.Text)
	}
	if len(got) != 4 {
		t.Errorf("sentences = %q; want 4", got)
	}
}

func TestTokens(t *testing.T) {
	a, err := Parse([]byte("Headline here\n\nAlibaba's 36,446 full-time U.S. staff earn $1.2 million, he said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range a.Tokens(0) {
		if a.Source[tok.Span.Start:tok.Span.End] != tok.Text {
			t.Errorf("token %q has span %v", tok.Text, tok.Span)
		}
		got = append(got, tok.Text)
	}
	want := "Alibaba's|36,446|full-time|U.S.|staff|earn|$|1.2|million|,|he|said|."
	if strings.Join(got, "|") != want {
		t.Errorf("Tokens = %s\nwant     %s", strings.Join(got, "|"), want)
	}
}

// FuzzRead feeds the reader text, Markdown and HTML (seeds in
// testdata/fuzz/FuzzRead): it must not panic, and every sentence, token
// and dateline span must lie inside the text it returns.
func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Read(raw)
		if err != nil {
			return
		}
		n := len(a.Source)
		for i, s := range a.Sentences {
			if s.Span.Start < 0 || s.Span.End > n || s.Span.Start >= s.Span.End {
				t.Fatalf("bad sentence span %+v", s.Span)
			}
			for _, tok := range a.Tokens(i) {
				if tok.Span.Start < s.Span.Start || tok.Span.End > s.Span.End || a.Source[tok.Span.Start:tok.Span.End] != tok.Text {
					t.Fatalf("bad token %+v in sentence %+v", tok, s.Span)
				}
			}
		}
		if a.Dateline != "" && a.Source[a.DatelineSpan.Start:a.DatelineSpan.End] != a.Dateline {
			t.Fatalf("dateline %q at %+v", a.Dateline, a.DatelineSpan)
		}
	})
}

// TestHTMLInWindows1252: an older page saved in Windows-1252, declared in
// its <meta charset>, is decoded as a browser would, not refused.
func TestHTMLInWindows1252(t *testing.T) {
	body := "<p>The caf\xe9 owner said the town\x92s council had \x93no plan\x94 for the square, and that about 300 people came to the meeting on Monday evening to hear it.</p>"
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 owners fight square plan</title></head><body><article><h1>Caf\xe9 owners fight square plan</h1>" +
		strings.Repeat(body, 4) + "</article></body></html>"
	a, err := Read([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Café owners fight square plan" || !strings.Contains(a.Sentences[0].Text, "town’s council had “no plan”") {
		t.Errorf("title %q, first sentence %q", a.Title, a.Sentences[0].Text)
	}
	if a, err := Read([]byte("Plain text in Latin-1: caf\xe9\n\nIt is not UTF-8.")); err != nil || !strings.Contains(a.Title, "café") {
		t.Errorf("plain Windows-1252 text: err = %v; want it read as café", err)
	}
}

func TestScrapeJunkIsKeptAside(t *testing.T) {
	junk := []string{
		"Updated: 3:45 PM EST, Tue March 5, 2024",
		"Last modified on Wed 6 Mar 2024 10.02 GMT",
		"Photograph: Jane Doe/Reuters",
		"A crowd outside the town hall (Photo: Sam Lee)",
		"Movie night with the family pic.twitter.com/65QaTvJDNL",
		"— Crystal Hefner (@crystalhefner) December 29, 2014",
		"Our new puppy pic.twitter.com/65QaTvJDNL — Sam Lee (@samlee) March 2, 2015",
		"4 min read",
		"Listen to this article",
	}
	src := "A Headline Here\n\nThe council voted on Tuesday to close the pool.\n\n" + strings.Join(junk, "\n\n") +
		"\n\nThe vote was 7 to 4.\n"
	a, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 2 || len(a.Extras) != len(junk) {
		var got []string
		for _, s := range a.Sentences {
			got = append(got, s.Text)
		}
		t.Errorf("%d extras; body sentences: %q", len(a.Extras), got)
	}
	// Real sentences that look a little like junk stay in the body.
	for _, keep := range []string{
		"Published figures show 4,000 children used the library.",
		"Updated guidance from the ministry says schools may open later.",
	} {
		a, err := Parse([]byte("A Headline Here\n\nFirst sentence of the story.\n\n" + keep + "\n"))
		if err != nil || len(a.Sentences) != 2 {
			t.Errorf("%q was taken for junk", keep)
		}
	}
}
