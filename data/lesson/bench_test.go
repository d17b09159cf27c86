package lesson

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/article"
)

// longArticle builds a plain-text article of about words words from the
// paragraphs of the test articles, in turn, so that a long article has
// the same mix of names, numbers, quotes and dates as a short one.
func longArticle(tb testing.TB, words int) []byte {
	tb.Helper()
	paths, _ := filepath.Glob("../../testdata/articles/*.txt")
	var paras []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := article.Read(raw)
		if err != nil {
			tb.Fatal(err)
		}
		for _, b := range a.Blocks {
			if b.Kind == article.Paragraph {
				paras = append(paras, b.Text)
			}
		}
	}
	var sb strings.Builder
	sb.WriteString("A Long Article For Measuring Lede\n\nBy Test Writer, March 3, 2025 10:00 AM GMT\n\n")
	n := 0
	for i := 0; n < words; i++ {
		p := paras[i%len(paras)]
		sb.WriteString(p + "\n\n")
		n += len(strings.Fields(p))
		if i%12 == 11 {
			fmt.Fprintf(&sb, "Part %d Of The Story\n\n", i/12+2) // a subheading now and then
		}
	}
	return []byte(sb.String())
}

// BenchmarkBuildWords measures reading, extraction and question
// generation on articles of growing length; ns/op divided by the word
// count shows whether the cost grows linearly (docs/benchmarks.md).
func BenchmarkBuildWords(b *testing.B) {
	for _, words := range []int{1000, 2000, 5000, 10000, 20000} {
		raw := longArticle(b, words)
		b.Run(fmt.Sprintf("words=%d", words), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Build(raw, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadHTML measures a saved web page through readability.
func BenchmarkReadHTML(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/articles/harbour-ferry.html")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(raw, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildHuge is BenchmarkBuildWords up to the largest article
// Lede reads (article.MaxSize, 2 MB): the cost per 1,000 words must stay
// what it is at 20,000 (issue 16: quadratic above 20,000 words, 63 s for
// 1.9 MB). It reports ms-per-1000-words beside ns/op. "words=max" is the
// longest such article within article.MaxSize (issue 16: ≤ 2 s for 2 MB).
func BenchmarkBuildHuge(b *testing.B) {
	for _, words := range []int{20000, 100000, 280000} {
		benchmarkBuild(b, fmt.Sprintf("words=%d", words), longArticle(b, words), words)
	}
	raw, words := largestArticle(b)
	benchmarkBuild(b, "words=max", raw, words)
}

// benchmarkBuild runs Build on raw, an article of words words, as the
// sub-benchmark name.
func benchmarkBuild(b *testing.B, name string, raw []byte, words int) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			if _, err := Build(raw, 0); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(words)*1000, "ms/1000words")
	})
}

// largestArticle is longArticle at the most words, in thousands, whose
// text fits in article.MaxSize, and that count.
func largestArticle(tb testing.TB) ([]byte, int) {
	words := 280000 * article.MaxSize / len(longArticle(tb, 280000)) / 1000 * 1000
	for {
		if raw := longArticle(tb, words); len(raw) <= article.MaxSize {
			return raw, words
		}
		words -= 1000
	}
}

// BenchmarkBuildPeople builds articles that name a growing number of
// different people, each with a post, a firm, quotations and a figure
// (peopleArticle): the work per person must stay flat (issue 16: spots
// that read the whole article for every speaker, title or figure were
// quadratic in the people named, which the other benchmarks, made of a
// few articles' paragraphs over and over, never reach). It reports
// ms-per-1000-people beside ns/op.
func BenchmarkBuildPeople(b *testing.B) {
	for _, people := range []int{250, 500, 1000} {
		raw := peopleArticle(people)
		b.Run(fmt.Sprintf("people=%d", people), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Build(raw, 0); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(people)*1000, "ms/1000people")
		})
	}
}

// peopleArticle is an article of two paragraphs for each of people
// different people, each at a firm of their own: the first gives their
// post and a figure in their words, the second, apart from it, a
// seller's boast said by surname alone, the firm's bare "CEO", and the
// figure again on another's word — what the speaker, title and figure
// checks read across the article.
func peopleArticle(people int) []byte {
	var sb strings.Builder
	sb.WriteString("Many Firms Report Their Sales\n\nBy Test Writer, March 3, 2025 10:00 AM GMT\n\n")
	for i := range people {
		first, surname, firm := madeUpWord(i*7+3, 2), madeUpWord(i, 3), madeUpWord(i+7919, 2)+"corp"
		figure := fmt.Sprintf("%d,%03d", 10+i/1000, i%1000)
		fmt.Fprintf(&sb, "“Our sales grew to %s units,” said %s %s, chief executive of %s. %s %s said its marketplaces would double.\n\n",
			figure, first, surname, firm, first, surname)
		fmt.Fprintf(&sb, "“This is a unique opportunity,” said Mr %s. %s's CEO declined to comment. The firm sold %s units, according to analysts.\n\n",
			surname, firm, figure)
		if i%12 == 11 {
			fmt.Fprintf(&sb, "Part %d Of The Story\n\n", i/12+2)
		}
	}
	return []byte(sb.String())
}

// madeUpWord is a capitalised word of syllables syllables, different for
// each n below 32^syllables: names no dictionary holds, so that every
// person is someone else.
func madeUpWord(n, syllables int) string {
	const consonants, vowels = "bdfgklmnprstvz", "aeiou"
	var w []byte
	for range syllables {
		w = append(w, consonants[n%len(consonants)], vowels[n/len(consonants)%len(vowels)])
		n /= len(consonants) * len(vowels)
	}
	w[0] -= 'a' - 'A'
	return string(w)
}
