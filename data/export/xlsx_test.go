package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lede-app/lede/data/quiz"
)

// An .xlsx reader written here from the Office Open XML standard
// (ECMA-376 Part 1 SpreadsheetML, Part 2 Open Packaging Conventions),
// not shared with the writer: [Content_Types].xml gives each part's
// type, _rels/.rels points at the workbook, the workbook names its
// sheets by relationship, and the first sheet's <sheetData> holds rows
// of cells, each addressed like "C2", of type inline string
// (t="inlineStr", text in <is><t>), shared string (t="s", an index into
// xl/sharedStrings.xml), or number (no t, value in <v>).

const (
	relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	ctWorkbook        = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
	ctWorksheet       = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
)

type (
	opcTypes struct {
		Defaults []struct {
			Ext  string `xml:"Extension,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	opcRels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	smlWorkbook struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	smlSheet struct {
		XMLName xml.Name `xml:"http://schemas.openxmlformats.org/spreadsheetml/2006/main worksheet"`
		Rows    []struct {
			Cells []struct {
				Ref    string   `xml:"r,attr"`
				Type   string   `xml:"t,attr"`
				Value  string   `xml:"v"`
				Inline []string `xml:"is>t"`
			} `xml:"c"`
		} `xml:"sheetData>row"`
	}
)

// readXLSX returns the first sheet's name and its cells as a grid of
// text, numbers as written.
func readXLSX(t *testing.T, data []byte) (string, [][]string) {
	t.Helper()
	files := readZip(t, data)
	part := func(name string, v any) {
		t.Helper()
		body, ok := files[name]
		if !ok {
			t.Fatalf("no part %s in the package", name)
		}
		if err := xml.Unmarshal(body, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	var types opcTypes
	part("[Content_Types].xml", &types)
	typeOf := func(name string) string {
		for _, o := range types.Overrides {
			if o.Part == "/"+name {
				return o.Type
			}
		}
		for _, d := range types.Defaults {
			if strings.EqualFold(d.Ext, strings.TrimPrefix(path.Ext(name), ".")) {
				return d.Type
			}
		}
		return ""
	}
	for name := range files {
		if name != "[Content_Types].xml" && typeOf(name) == "" {
			t.Errorf("part %s has no content type", name)
		}
	}
	var root opcRels
	part("_rels/.rels", &root)
	var wbPath string
	for _, r := range root.Rels {
		if r.Type == relOfficeDocument {
			wbPath = strings.TrimPrefix(r.Target, "/")
		}
	}
	if typeOf(wbPath) != ctWorkbook {
		t.Fatalf("the office document %q is of type %q; want a workbook", wbPath, typeOf(wbPath))
	}
	var wb smlWorkbook
	part(wbPath, &wb)
	if len(wb.Sheets) == 0 {
		t.Fatal("the workbook has no sheet")
	}
	var wbRels opcRels
	part(path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels"), &wbRels)
	var sheetPath string
	for _, r := range wbRels.Rels {
		if r.ID == wb.Sheets[0].RID {
			sheetPath = path.Join(path.Dir(wbPath), r.Target)
		}
	}
	if typeOf(sheetPath) != ctWorksheet {
		t.Fatalf("the first sheet %q is of type %q", sheetPath, typeOf(sheetPath))
	}
	var sheet smlSheet
	part(sheetPath, &sheet)
	var grid [][]string
	for _, row := range sheet.Rows {
		for _, c := range row.Cells {
			col, r := cellRef(t, c.Ref)
			for len(grid) <= r {
				grid = append(grid, nil)
			}
			for len(grid[r]) <= col {
				grid[r] = append(grid[r], "")
			}
			switch c.Type {
			case "inlineStr":
				grid[r][col] = strings.Join(c.Inline, "")
			case "", "n":
				grid[r][col] = c.Value
			default:
				t.Errorf("cell %s of type %q, which this reader does not expect", c.Ref, c.Type)
			}
		}
	}
	return wb.Sheets[0].Name, grid
}

// cellRef reads "AB12" as column 27 and row 11, both from 0.
func cellRef(t *testing.T, ref string) (col, row int) {
	t.Helper()
	i := 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
	}
	if _, err := fmt.Sscanf(ref[i:], "%d", &row); err != nil || i == 0 || row < 1 {
		t.Fatalf("cell reference %q", ref)
	}
	return col - 1, row - 1
}

// TestXLSXRoundTrip reads each test lesson's .xlsx back with the reader
// above: the header, then one row per question that fits a quiz game,
// as the CSV's rows are checked, and nothing else.
func TestXLSXRoundTrip(t *testing.T) {
	kept := 0
	for _, l := range lessons(t) {
		t.Run(l.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := SpreadsheetXLSX(&buf, l.article, l.questions); err != nil {
				t.Fatal(err)
			}
			_, grid := readXLSX(t, buf.Bytes())
			if len(grid) == 0 || !slices.Equal(grid[0], gameHeader) {
				t.Fatalf("header %v; want %v", grid, gameHeader)
			}
			rows := grid[1:]
			for _, q := range l.questions {
				if !fitsAGame(q) {
					continue
				}
				if len(rows) == 0 {
					t.Errorf("%s (%s) fits a quiz game but is not in the sheet", q.ID, q.Kind)
					continue
				}
				row := append(rows[0], make([]string, 7)...)[:7] // empty cells at the end are left out
				checkGameRow(t, q, row)
				rows, kept = rows[1:], kept+1
			}
			if len(rows) > 0 {
				t.Errorf("%d rows more than questions that fit: %v", len(rows), rows)
			}
		})
	}
	if kept < 10 {
		t.Errorf("only %d questions in all the sheets; the test proves little", kept)
	}
}

// TestXLSXFormulaCells: a cell that starts like a formula is a string
// cell, shown as typed, never a formula.
func TestXLSXFormulaCells(t *testing.T) {
	a, qs := fixture(t)
	q := qs[5]
	q.Choices = []string{`=HYPERLINK("http://x")`, q.Answer}
	var buf bytes.Buffer
	if err := SpreadsheetXLSX(&buf, a, []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	sheet := string(readZip(t, buf.Bytes())["xl/worksheets/sheet1.xml"])
	if strings.Contains(sheet, "<f>") || strings.Contains(sheet, "<f ") {
		t.Error("the sheet holds a formula")
	}
	if _, grid := readXLSX(t, buf.Bytes()); len(grid) < 2 || grid[1][1] != `=HYPERLINK("http://x")` {
		t.Errorf("the option reads back as %q", grid)
	}
}

func TestXLSXColumn(t *testing.T) {
	for i, want := range map[int]string{0: "A", 6: "G", 25: "Z", 26: "AA", 51: "AZ", 701: "ZZ", 702: "AAA"} {
		if got := xlsxColumn(i); got != want {
			t.Errorf("xlsxColumn(%d) = %q; want %q", i, got, want)
		}
	}
}

// TestXLSXOpenpyxl opens the fixture's and the sample's workbooks with
// openpyxl, the Python library that reads .xlsx for pandas and
// LibreOffice-free pipelines, and checks it reads the same rows as Go's
// reader: another reader, another author. It skips where openpyxl is
// not installed (apt-get install python3-openpyxl).
func TestXLSXOpenpyxl(t *testing.T) {
	var python string
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import openpyxl").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		t.Skip("openpyxl is not installed (apt-get install python3-openpyxl): the .xlsx is read by the Go reader only")
	}
	const script = `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
print(json.dumps({"sheet": ws.title, "bold": bool(ws["A1"].font.b), "rows": rows}))`
	for _, l := range lessons(t)[:2] {
		var buf bytes.Buffer
		if err := SpreadsheetXLSX(&buf, l.article, l.questions); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), l.name+".xlsx")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(python, "-c", script, file).Output()
		if err != nil {
			t.Fatalf("%s: openpyxl cannot read it: %v", l.name, err)
		}
		var got struct {
			Sheet string
			Bold  bool
			Rows  [][]string
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		name, want := readXLSX(t, buf.Bytes())
		for i := range want {
			want[i] = append(want[i], make([]string, 7)...)[:7]
		}
		if got.Sheet != name || !got.Bold || fmt.Sprint(got.Rows) != fmt.Sprint(want) {
			t.Errorf("%s: openpyxl reads sheet %q (bold header %v):\n%q\nwant %q:\n%q", l.name, got.Sheet, got.Bold, got.Rows, name, want)
		}
		if len(got.Rows) < 2 {
			t.Errorf("%s: only %d rows", l.name, len(got.Rows))
		}
	}
}
