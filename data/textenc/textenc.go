// Package textenc turns the bytes of a text file, as Windows and Mac
// programs save them, into text: UTF-8 with or without a byte-order mark,
// UTF-16 with one (Notepad's and Excel's "Unicode"), or Windows-1252
// (their "ANSI"). What is none of these — a Japanese or Chinese legacy
// encoding, say — is refused rather than read as nonsense.
package textenc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// ErrUnknown is returned for text in an encoding Lede does not read.
var ErrUnknown = errors.New("the text is not saved in an encoding Lede reads (UTF-8, UTF-16 or Windows-1252)")

// Decode returns raw as text, without a byte-order mark.
func Decode(raw []byte) (string, error) {
	if text, ok := utf16Text(raw); ok {
		return string(text), nil
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	if !plausibleWindows1252(raw) {
		return "", ErrUnknown
	}
	// Every byte string decodes in Windows-1252, so this cannot fail.
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", ErrUnknown
	}
	return string(out), nil
}

// IsUTF16 reports whether raw starts with a UTF-16 byte-order mark.
func IsUTF16(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xff, 0xfe}) || bytes.HasPrefix(raw, []byte{0xfe, 0xff})
}

// utf16Text converts UTF-16 text with a byte-order mark to UTF-8.
func utf16Text(raw []byte) ([]byte, bool) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}):
		order = binary.LittleEndian
	case bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		order = binary.BigEndian
	default:
		return nil, false
	}
	units := make([]uint16, 0, len(raw)/2)
	for i := 2; i+1 < len(raw); i += 2 {
		units = append(units, order.Uint16(raw[i:]))
	}
	return []byte(string(utf16.Decode(units))), true
}

// plausibleWindows1252 reports whether non-UTF-8 bytes read as Western
// text. In Windows-1252 text the bytes above 127 are accented letters and
// typographic marks standing mostly alone among ASCII letters ("José",
// "l’été"); Shift-JIS, GBK, Big5 and EUC-KR write every character as two
// such bytes, so theirs come in runs. Bytes Windows-1252 leaves undefined
// settle it at once.
func plausibleWindows1252(raw []byte) bool {
	high, paired := 0, 0
	for i, b := range raw {
		if b < 0x80 {
			continue
		}
		switch b {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return false
		}
		high++
		if i > 0 && raw[i-1] >= 0x80 || i+1 < len(raw) && raw[i+1] >= 0x80 {
			paired++
		}
	}
	return high < 4 || paired*10 < high*7
}
