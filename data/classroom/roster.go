package classroom

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"

	"github.com/lede-app/lede/data/textenc"
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
	if i := runTogether(rows); i >= 0 {
		return nil, fmt.Errorf("row %d of the roster opens a quotation mark that never closes, so the rows after it ran together: fix that row in the spreadsheet, save it again and import it again", i+1)
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

// runTogether returns the first row with a line break inside a cell, or
// -1. With lazy quotes (a stray " inside a name is only a mark) a quote
// that opens a cell and never closes swallows the rest of the file into
// that cell: reading on would import one student called "Ada\nBob\n…".
func runTogether(rows [][]string) int {
	for i, row := range rows {
		for _, cell := range row {
			if strings.Contains(cell, "\n") {
				return i
			}
		}
	}
	return -1
}

// ErrRosterEncoding is returned for a roster saved in an encoding Lede
// does not read: its names would come out garbled.
var ErrRosterEncoding = errors.New("the roster's letters are in an encoding Lede does not read: in your spreadsheet, save it as “CSV UTF-8” and import it again")

// decodeText turns a spreadsheet's bytes into text with one kind of line
// end: old Mac programs end lines with a carriage return alone, which a
// CSV reader would take for one long row.
func decodeText(raw []byte) (string, error) {
	if !textenc.IsUTF16(raw) && bytes.IndexByte(raw, 0) >= 0 {
		return "", errors.New("this is not a text file: save the roster from your spreadsheet as CSV")
	}
	text, err := textenc.Decode(raw)
	if err != nil {
		return "", ErrRosterEncoding
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n"), nil
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
		return CleanName(row[i])
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
