package article

import (
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/internal/lazyre"
)

// Token is one word, number or punctuation mark of a sentence.
type Token struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Tokens splits sentence i into words, numbers and punctuation marks,
// each with its span in Source. Words keep inner apostrophes and hyphens
// ("Alibaba's", "full-time"), numbers their separators and decimals
// ("36,446", "1.2"), abbreviations their dots ("U.S.").
func (a *Article) Tokens(i int) []Token {
	if i < 0 || i >= len(a.Sentences) {
		return nil
	}
	s := a.Sentences[i].Span
	return tokenize(a.Source, s)
}

// wordToken matches a word with inner dots, apostrophes and hyphens, or
// a number with separators.
var wordToken = lazyre.New(`^(?:\p{L}\.(?:\p{L}\.)+|[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*)`)

func tokenize(src string, span Span) []Token {
	var out []Token
	for off := span.Start; off < span.End; {
		r, size := utf8.DecodeRuneInString(src[off:span.End])
		switch {
		case unicode.IsSpace(r):
			off += size
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			n := len(wordToken.FindString(src[off:span.End]))
			if n == 0 {
				n = size
			}
			out = append(out, Token{Text: src[off : off+n], Span: Span{off, off + n}})
			off += n
		default:
			out = append(out, Token{Text: src[off : off+size], Span: Span{off, off + size}})
			off += size
		}
	}
	return out
}
