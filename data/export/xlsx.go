package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
)

// SpreadsheetXLSX writes the same sheet as Spreadsheet, the same rows
// under the same header, as an Excel workbook (.xlsx, Office Open XML
// SpreadsheetML), which is what Kahoot's spreadsheet import takes. The
// file is the smallest workbook Excel, LibreOffice and Google Sheets
// open: one sheet, text as inline strings (never read as a formula, so
// no apostrophe is needed before "="), the time limit and the number of
// a single right answer as numbers, the header in bold. It is written
// by hand with archive/zip and encoding/xml: no spreadsheet library was
// at hand to this pure package, and the format needs only five files.
func SpreadsheetXLSX(w io.Writer, a *article.Article, qs []quiz.Question) error {
	rows, err := spreadsheetRows(a, qs)
	if err != nil {
		return err
	}
	sheet, err := xlsxXML(xlsxSheet(append([][]string{gameColumns}, rows...)))
	if err != nil {
		return err
	}
	files := []qtiFile{
		{"[Content_Types].xml", []byte(xml.Header + xlsxContentTypes)},
		{"_rels/.rels", []byte(xml.Header + xlsxRootRels)},
		{"xl/workbook.xml", []byte(xml.Header + xlsxWorkbook)},
		{"xl/_rels/workbook.xml.rels", []byte(xml.Header + xlsxWorkbookRels)},
		{"xl/styles.xml", []byte(xml.Header + xlsxStyles)},
		{"xl/worksheets/sheet1.xml", sheet},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: qtiModified})
		if err != nil {
			return fmt.Errorf("export: xlsx: %w", err)
		}
		if _, err := fw.Write(f.body); err != nil {
			return fmt.Errorf("export: xlsx: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("export: xlsx: %w", err)
	}
	return nil
}

// The parts of the package other than the sheet never change.
const (
	xlsxMainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

	xlsxContentTypes = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`</Types>`

	xlsxRootRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
		`</Relationships>`

	xlsxWorkbook = `<workbook xmlns="` + xlsxMainNS + `" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<sheets><sheet name="Quiz" sheetId="1" r:id="rId1"/></sheets>` +
		`</workbook>`

	xlsxWorkbookRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`</Relationships>`

	// xlsxStyles has the two cell formats the sheet uses: 0 plain, 1
	// bold for the header, with the fills and border every styles part
	// must have.
	xlsxStyles = `<styleSheet xmlns="` + xlsxMainNS + `">` +
		`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
		`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
		`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
		`</styleSheet>`
)

// The worksheet, in SpreadsheetML's order: column widths, then the rows.
type (
	xlsxWorksheet struct {
		XMLName xml.Name  `xml:"worksheet"`
		NS      string    `xml:"xmlns,attr"`
		Cols    []xlsxCol `xml:"cols>col"`
		Rows    []xlsxRow `xml:"sheetData>row"`
	}
	xlsxCol struct {
		Min         int     `xml:"min,attr"`
		Max         int     `xml:"max,attr"`
		Width       float64 `xml:"width,attr"`
		CustomWidth int     `xml:"customWidth,attr"`
	}
	xlsxRow struct {
		R     int        `xml:"r,attr"`
		Cells []xlsxCell `xml:"c"`
	}
	xlsxCell struct {
		Ref    string `xml:"r,attr"`
		Style  int    `xml:"s,attr,omitempty"`
		Type   string `xml:"t,attr,omitempty"`
		Value  string `xml:"v,omitempty"`
		Inline *struct {
			T string `xml:"t"`
		} `xml:"is"`
	}
)

// xlsxWidths are the columns' widths, in characters: room for a
// question, its answers, then the two narrow numbers.
var xlsxWidths = []float64{60, 30, 30, 30, 30, 16, 18}

// xlsxSheet lays out the cells: the first row, the header, in bold; a
// cell that holds a whole number is a number, any other a string; an
// empty cell is left out.
func xlsxSheet(table [][]string) xlsxWorksheet {
	ws := xlsxWorksheet{NS: xlsxMainNS}
	for i, w := range xlsxWidths {
		ws.Cols = append(ws.Cols, xlsxCol{Min: i + 1, Max: i + 1, Width: w, CustomWidth: 1})
	}
	for r, row := range table {
		xr := xlsxRow{R: r + 1}
		for c, text := range row {
			if text == "" {
				continue
			}
			cell := xlsxCell{Ref: xlsxColumn(c) + strconv.Itoa(r+1)}
			if r == 0 {
				cell.Style = 1
			}
			if _, err := strconv.Atoi(text); err == nil && r > 0 {
				cell.Value = text
			} else {
				cell.Type = "inlineStr"
				cell.Inline = &struct {
					T string `xml:"t"`
				}{text}
			}
			xr.Cells = append(xr.Cells, cell)
		}
		ws.Rows = append(ws.Rows, xr)
	}
	return ws
}

// xlsxColumn names a column from 0: A, B, … Z, AA, AB …
func xlsxColumn(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// xlsxXML writes a part with the XML declaration.
func xlsxXML(doc any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("export: xlsx: %w", err)
	}
	return buf.Bytes(), nil
}
