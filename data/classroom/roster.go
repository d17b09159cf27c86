package classroom

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrNoNames is returned for a roster in which no student name was found.
var ErrNoNames = errors.New("no student names were found: the roster should be a spreadsheet saved as CSV, one student per row")

// maxRoster bounds a roster file: a school's whole year fits in far less.
const maxRoster = 2 << 20

// ReadRoster reads student names from a CSV roster as spreadsheets save
// it: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode
// text"), or Windows-1252 (Excel's "CSV" on Windows); separated by
// commas, semicolons or tabs; with or without a header row. A "Name"
// column is used when there is one, else "First name" and "Last name"
// together, else the first column. Names are trimmed, blank ones skipped
// and repeats dropped.
func ReadRoster(raw []byte) ([]string, error) {
	if len(raw) > maxRoster {
		return nil, fmt.Errorf("the roster is larger than %d MB: is it the right file?", maxRoster>>20)
	}
	text, err := decodeText(raw)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffSeparator(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("the roster is not a readable CSV file: %w", err)
	}
	pick := nameColumns(rows)
	var names []string
	seen := map[string]bool{}
	for i, row := range rows {
		if i == 0 && pick.header {
			continue
		}
		name := pick.name(row)
		if name == "" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, ErrNoNames
	}
	return names, nil
}

// decodeText turns a spreadsheet's bytes into text.
func decodeText(raw []byte) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("the roster's text could not be read: %w", err)
		}
		return string(out), nil
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", errors.New("this is not a text file: save the roster from your spreadsheet as CSV")
	}
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	// Not UTF-8: Excel on Windows writes CSV in Windows-1252.
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("the roster's text could not be read: %w", err)
	}
	return string(out), nil
}

// sniffSeparator picks the separator the first line uses most: Excel in
// many European locales writes semicolons.
func sniffSeparator(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	best, count := ',', strings.Count(first, ",")
	for _, c := range []rune{';', '\t'} {
		if n := strings.Count(first, string(c)); n > count {
			best, count = c, n
		}
	}
	return best
}

// columns says where the names are in a roster.
type columns struct {
	header      bool
	name        func([]string) string
	first, last int
}

// nameColumns finds the name columns from the header, if the first row
// is one.
func nameColumns(rows [][]string) columns {
	cell := func(row []string, i int) string {
		if i < 0 || i >= len(row) {
			return ""
		}
		return strings.Join(strings.Fields(row[i]), " ")
	}
	c := columns{first: -1, last: -1}
	nameCol := -1
	if len(rows) > 0 {
		for i, h := range rows[0] {
			switch strings.ToLower(strings.TrimSpace(h)) {
			case "name", "student", "student name", "full name", "pupil", "nom", "nombre", "name of student":
				nameCol, c.header = i, true
			case "first name", "first", "given name", "forename", "firstname":
				c.first, c.header = i, true
			case "last name", "last", "surname", "family name", "lastname":
				c.last, c.header = i, true
			}
		}
	}
	switch {
	case nameCol >= 0:
		c.name = func(r []string) string { return cell(r, nameCol) }
	case c.first >= 0:
		c.name = func(r []string) string { return strings.TrimSpace(cell(r, c.first) + " " + cell(r, c.last)) }
	default:
		c.name = func(r []string) string { return cell(r, 0) }
	}
	return c
}
