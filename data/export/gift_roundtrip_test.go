package export

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// A GIFT reader written from the format's documentation
// (docs.moodle.org/en/GIFT_format), not from the writer, so that the
// round trip checks one against the other:
//
//	file     = item { blank-line item }     lines starting // are comments
//	item     = [ "::" name "::" ] [ "[" format "]" ] text [ "{" answers "}" ]
//	answers  = truefalse | "#" { "=" [ "%" n "%" ] number ":" margin [ "#" feedback ] } | { ("=" | "~") [ "%" n "%" ] text [ "#" feedback ] }
//	           each optionally ending "####" general-feedback
//	truefalse = ( "T" | "TRUE" | "F" | "FALSE" ) [ "#" feedback [ "#" feedback ] ]
//
// An item with no answers is a description; choices with a ~ are
// multiple choice, with only = a short answer. "\" before one of
// ~ = # { } : \ makes it text, and "\n" is a line break.

// tok is one byte of GIFT text; esc when a backslash made it text, so it
// is never syntax. All GIFT's syntax is ASCII, which never occurs inside
// a UTF-8 multi-byte character, so bytes will do.
type tok struct {
	b   byte
	esc bool
}

// giftSpecial are the characters GIFT reserves.
const giftSpecial = `~=#{}:\`

// tokens reads GIFT text into bytes marked escaped or not.
func tokens(s string) []tok {
	var out []tok
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			if n := s[i+1]; strings.IndexByte(giftSpecial, n) >= 0 {
				out, i = append(out, tok{n, true}), i+1
				continue
			} else if n == 'n' {
				out, i = append(out, tok{'\n', true}), i+1
				continue
			}
		}
		out = append(out, tok{s[i], false})
	}
	return out
}

// textPart reads a name, text, answer or feedback: any of GIFT's special
// characters in it must have been escaped.
func textPart(ts []tok, err *error) string {
	for _, t := range ts {
		if !t.esc && strings.IndexByte(giftSpecial, t.b) >= 0 && *err == nil {
			*err = fmt.Errorf("an unescaped %q in %q", t.b, str(ts))
		}
	}
	return str(ts)
}

func str(ts []tok) string {
	b := make([]byte, len(ts))
	for i, t := range ts {
		b[i] = t.b
	}
	return string(b)
}

// index finds the first unescaped occurrence of syntax in ts, or -1.
func index(ts []tok, syntax string) int {
	for i := 0; i+len(syntax) <= len(ts); i++ {
		match := true
		for j := 0; j < len(syntax); j++ {
			if ts[i+j].esc || ts[i+j].b != syntax[j] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// lastIndex finds the last unescaped occurrence of syntax, or -1.
func lastIndex(ts []tok, syntax string) int {
	last := -1
	for i := index(ts, syntax); i >= 0; {
		last = i
		j := index(ts[i+1:], syntax)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return last
}

// trim drops unescaped white space at both ends.
func trim(ts []tok) []tok {
	space := func(t tok) bool { return !t.esc && strings.IndexByte(" \t\r\n", t.b) >= 0 }
	for len(ts) > 0 && space(ts[0]) {
		ts = ts[1:]
	}
	for len(ts) > 0 && space(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// giftItem is one item as the grammar reads it.
type giftItem struct {
	name, format, text, typ, general string
	answers                          []gotAnswer
	feedbacks                        []string
}

// parseGIFT reads a whole file.
func parseGIFT(src string) ([]giftItem, error) {
	var out []giftItem
	var lines []string
	flush := func() error {
		if len(lines) == 0 {
			return nil
		}
		it, err := parseItem(tokens(strings.Join(lines, "\n")))
		if err != nil {
			return fmt.Errorf("item %d: %w", len(out)+1, err)
		}
		out, lines = append(out, it), nil
		return nil
	}
	for _, line := range strings.Split(src, "\n") {
		switch l := strings.TrimSpace(line); {
		case l == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(l, "//"):
		default:
			lines = append(lines, line)
		}
	}
	return out, flush()
}

func parseItem(ts []tok) (it giftItem, err error) {
	ts = trim(ts)
	if i := index(ts, "::"); i == 0 {
		end := index(ts[2:], "::")
		if end < 0 {
			return it, errors.New("a name with no closing ::")
		}
		it.name, ts = textPart(ts[2:2+end], &err), trim(ts[2+end+2:])
	}
	if index(ts, "[") == 0 {
		end := index(ts, "]")
		if end < 0 {
			return it, errors.New("a format with no closing ]")
		}
		it.format, ts = str(ts[1:end]), ts[end+1:]
	}
	open := index(ts, "{")
	if open < 0 {
		if index(ts, "}") >= 0 {
			return it, errors.New("a } with no {")
		}
		it.text, it.typ = textPart(trim(ts), &err), "description"
		return it, err
	}
	it.text = textPart(trim(ts[:open]), &err)
	body := ts[open+1:]
	end := index(body, "}")
	if end < 0 {
		return it, errors.New("a { with no }")
	}
	if rest := trim(body[end+1:]); len(rest) > 0 {
		return it, fmt.Errorf("text after the answers: %q", str(rest))
	}
	if aerr := parseAnswers(&it, trim(body[:end])); err == nil {
		err = aerr
	}
	return it, err
}

func parseAnswers(it *giftItem, body []tok) error {
	var err error
	if g := lastIndex(body, "####"); g >= 0 {
		it.general, body = textPart(trim(body[g+4:]), &err), trim(body[:g])
	}
	if err != nil {
		return err
	}
	head := body
	if h := index(body, "#"); h > 0 {
		head = body[:h]
	}
	switch tf := str(trim(head)); {
	case index(body, "#") == 0:
		it.typ = "numerical"
		nums := trim(body[1:])
		if len(nums) > 0 && (nums[0].esc || nums[0].b != '=') {
			nums = append([]tok{{'=', false}}, nums...) // "{#1822:5}": one answer
		}
		return parseEntries(it, nums)
	case tf == "T" || tf == "TRUE" || tf == "F" || tf == "FALSE":
		it.typ = "truefalse"
		yes := tf[0] == 'T'
		it.answers = []gotAnswer{{text: "true", fraction: 100 * b2f(yes)}, {text: "false", fraction: 100 * b2f(!yes)}}
		return nil
	case index(body, "~") >= 0:
		it.typ = "multichoice"
	default:
		it.typ = "shortanswer"
	}
	return parseEntries(it, body)
}

// parseEntries reads "=a#fb ~b …": each entry starts at an unescaped =
// or ~ and runs to the next.
func parseEntries(it *giftItem, body []tok) error {
	body = trim(body)
	for len(body) > 0 {
		mark := body[0]
		if mark.esc || (mark.b != '=' && mark.b != '~') {
			return fmt.Errorf("an answer starting %q, not = or ~", str(body))
		}
		next := len(body)
		for i := 1; i < len(body); i++ {
			if !body[i].esc && (body[i].b == '=' || body[i].b == '~') {
				next = i
				break
			}
		}
		a, fb, err := parseEntry(it.typ, mark.b, trim(body[1:next]))
		if err != nil {
			return err
		}
		it.answers, it.feedbacks = append(it.answers, a), append(it.feedbacks, fb)
		body = trim(body[next:])
	}
	return nil
}

func parseEntry(typ string, mark byte, e []tok) (gotAnswer, string, error) {
	a := gotAnswer{fraction: 100 * b2f(mark == '=')}
	if index(e, "%") == 0 {
		end := index(e[1:], "%")
		n, err := strconv.ParseFloat(str(e[1:1+end]), 64)
		if end < 0 || err != nil {
			return a, "", fmt.Errorf("a bad weight in %q", str(e))
		}
		a.fraction, e = n, e[end+2:]
	}
	var fb string
	var err error
	if h := index(e, "#"); h >= 0 {
		fb, e = textPart(trim(e[h+1:]), &err), e[:h]
	}
	if typ == "numerical" {
		c := index(e, ":")
		if c < 0 {
			return a, "", fmt.Errorf("a number with no margin: %q", str(e))
		}
		a.text, a.tolerance = textPart(trim(e[:c]), &err), textPart(trim(e[c+1:]), &err)
	} else {
		a.text = textPart(trim(e), &err)
	}
	if err != nil {
		return a, "", err
	}
	if typ == "multichoice" {
		a.text = textOf(a.text)
	}
	return a, fb, nil
}

// TestGIFTRoundTrip exports every test lesson as GIFT, reads it back with
// the grammar above, and compares each question with the one it came
// from: type, name, text, feedback, answers and their weights.
func TestGIFTRoundTrip(t *testing.T) {
	for _, l := range lessons(t) {
		t.Run(l.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := GIFT(&buf, l.article, l.questions); err != nil {
				t.Fatal(err)
			}
			got, err := parseGIFT(buf.String())
			if err != nil {
				t.Fatalf("not GIFT: %v", err)
			}
			if len(got) != len(l.questions)+1 {
				t.Fatalf("%d items in the file; want the article and %d", len(got), len(l.questions))
			}
			checkArticleItem(t, l, got[0].typ, got[0].name, got[0].text)
			for i, q := range l.questions {
				g := got[i+1]
				err := func() error {
					switch {
					case g.typ != wantType[q.Kind]:
						return fmt.Errorf("type %s; want %s", g.typ, wantType[q.Kind])
					case g.name != q.ID:
						return fmt.Errorf("named %q; want the question's ID", g.name)
					case g.format != "html" || textOf(g.text) != fold(q.Prompt):
						return fmt.Errorf("text %q [%s]; want %q", textOf(g.text), g.format, fold(q.Prompt))
					}
					if err := checkFeedback(l, q, textOf(g.general)); err != nil {
						return err
					}
					return checkAnswers(q, g.typ, g.answers)
				}()
				if err != nil {
					t.Errorf("question %d (%s, %s): %v", i+1, q.ID, q.Kind, err)
				}
			}
		})
	}
}

// TestGIFTGrammar: the reader itself reads the documentation's examples
// as the documentation says.
func TestGIFTGrammar(t *testing.T) {
	tests := []struct {
		src, typ, answers string
	}{
		{"Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}", "multichoice", "[{Grant 0 } {Jefferson 0 } {no one 100 }]"},
		{"Grant is buried in Grant's tomb.{FALSE}", "truefalse", "[{true 0 } {false 100 }]"},
		{"Who's buried in Grant's tomb?{=no one =nobody}", "shortanswer", "[{no one 100 } {nobody 100 }]"},
		{"When was Ulysses S. Grant born?{#1822:5}", "numerical", "[{1822 100 5}]"},
		{"When was Grant born?{#\n=1822:0#Right\n=%50%1822:2#Close\n}", "numerical", "[{1822 100 0} {1822 50 2}]"},
		{"::Q1:: 1+1\\=2 {T}", "truefalse", "[{true 100 } {false 0 }]"},
		{"What is 2+2\\=? {=4 =%50%four#close ####Add them.}", "shortanswer", "[{4 100 } {four 50 }]"},
		{"You can use your pencil and paper for these next math questions.", "description", "[]"},
	}
	for _, tt := range tests {
		it, err := parseItem(tokens(tt.src))
		if err != nil || it.typ != tt.typ || (tt.answers != "" && fmt.Sprint(it.answers) != tt.answers) {
			t.Errorf("%q: %s %v, %v; want %s %s", tt.src, it.typ, it.answers, err, tt.typ, tt.answers)
		}
	}
	// What Lede must never write: a special character left bare, a
	// brace or name left open, words after the answers.
	for _, bad := range []string{"Time: now {=a}", "Q {=a", "a } b", "::name {=a}", "Q {=a} more", `C:\Rees\ {=a}`, "Q {=a:b}", "Q {#=5}"} {
		if it, err := parseItem(tokens(bad)); err == nil {
			t.Errorf("%q read as %+v; want an error", bad, it)
		}
	}
}

// moodleUnescape undoes GIFT escapes as Moodle's importer does
// (qformat_gift::escapedchar_pre and _post): \\ first, then each escaped
// character through a placeholder. A second, differently built reader of
// the escapes.
func moodleUnescape(s string) string {
	s = strings.ReplaceAll(s, `\\`, "&&092;")
	pairs := [][2]string{{`\:`, "&&058;"}, {`\#`, "&&035;"}, {`\=`, "&&061;"}, {`\{`, "&&123;"}, {`\}`, "&&125;"}, {`\~`, "&&126;"}, {`\n`, "&&010"}}
	for _, p := range pairs {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	s = strings.ReplaceAll(s, "&&092;", `\`)
	for _, p := range pairs {
		s = strings.ReplaceAll(s, p[1], strings.TrimPrefix(strings.ReplaceAll(p[0], `\n`, "\n"), `\`))
	}
	return s
}

// FuzzGIFTEscape: any text, escaped, is one line with no unescaped
// special character, and reads back as itself with both readers.
func FuzzGIFTEscape(f *testing.F) {
	for _, s := range []string{"", "plain", giftSpecial, `\n`, "a\nb", `\\n`, `C:\Rees`, "::name::", "{=a ~b}",
		"####", "é ü 漢字 \u00a0", `\`, "%50%", "-> x", "a\\", "\xff\xfe", "\\\\:", "]]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := escapeGIFT(s)
		if strings.Contains(e, "\n") {
			t.Fatalf("escapeGIFT(%q) = %q holds a line break", s, e)
		}
		ts := tokens(e)
		for _, tk := range ts {
			if !tk.esc && strings.IndexByte(giftSpecial, tk.b) >= 0 {
				t.Fatalf("escapeGIFT(%q) = %q leaves %q unescaped", s, e, tk.b)
			}
		}
		if got := str(ts); got != s {
			t.Fatalf("escapeGIFT(%q) = %q reads back as %q", s, e, got)
		}
		// Moodle's placeholders ("&&058;") are themselves text a file
		// could hold; Lede's HTML writes & as &amp;, so they cannot
		// arise there.
		if !strings.Contains(s, "&&") {
			if got := moodleUnescape(e); got != s {
				t.Fatalf("escapeGIFT(%q) = %q reads back in Moodle's way as %q", s, e, got)
			}
		}
	})
}
