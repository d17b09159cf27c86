package textenc

import (
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDecode: the encodings spreadsheets and editors save are read; a
// legacy East Asian encoding is refused, not read as nonsense (issue 16:
// a Shift-JIS roster was imported as garbled names).
func TestDecode(t *testing.T) {
	western := "Name;Form\nJosé María;8\nFrançois;8\nl’été;7\nZoë Brontë\nÆsa Øberg\n"
	for _, c := range []struct {
		name string
		raw  []byte
		want string
	}{
		{"UTF-8", []byte(western), western},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), western...), western},
		{"Windows-1252", encode(t, charmap.Windows1252, western), western},
		{"UTF-16LE", []byte{0xff, 0xfe, 'A', 0, 'd', 0, 'a', 0}, "Ada"},
		{"UTF-16BE", []byte{0xfe, 0xff, 0, 'A', 0, 'd', 0, 'a'}, "Ada"},
	} {
		if got, err := Decode(c.raw); err != nil || got != c.want {
			t.Errorf("%s: %q, %v", c.name, got, err)
		}
	}
	japaneseNames, chineseNames, koreanNames := "名前\n山田 太郎\n佐藤 花子\n", "姓名\n王小明\n李华\n", "이름\n김민준\n이서연\n"
	for _, c := range []struct {
		name, text string
		e          encoding.Encoding
	}{
		{"Shift-JIS", japaneseNames, japanese.ShiftJIS}, {"EUC-JP", japaneseNames, japanese.EUCJP},
		{"GBK", chineseNames, simplifiedchinese.GBK}, {"Big5", "姓名\n王小明\n陳大文\n", traditionalchinese.Big5},
		{"EUC-KR", koreanNames, korean.EUCKR},
	} {
		if got, err := Decode(encode(t, c.e, c.text)); !errors.Is(err, ErrUnknown) {
			t.Errorf("%s read as %q; want ErrUnknown", c.name, got)
		}
	}
}

// FuzzDecode: any bytes give text that is valid UTF-8, or ErrUnknown.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"José", "\xff\xfeA\x00", "\x82\xa0\x82\xa2", "\xef\xbb\xbfa"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := Decode(raw)
		if err != nil && !errors.Is(err, ErrUnknown) {
			t.Fatalf("Decode(%q): %v", raw, err)
		}
		if err == nil && !utf8.ValidString(got) {
			t.Fatalf("Decode(%q) = %q, not UTF-8", raw, got)
		}
	})
}
