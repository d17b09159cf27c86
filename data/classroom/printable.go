package classroom

import (
	"fmt"
	"html/template"
	"io"
)

// PrintBar is one question's line on a printable dashboard.
type PrintBar struct {
	Label string
	Share float64 // 0–1; below 0 when nobody answered
}

// printable lays a dashboard out for paper: the table, then one bar per
// question on a 100 % track, in black and grey so it prints on any
// printer. html/template escapes every name and answer.
var printable = template.Must(template.New("dashboard").Funcs(template.FuncMap{
	"pct": func(f float64) string { return fmt.Sprintf("%.0f", max(f, 0)*100) },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>
body { font-family: sans-serif; font-size: 11pt; margin: 1.5cm; color: #000; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #888; padding: 3pt 6pt; text-align: left; }
.track { background: #ddd; height: 8pt; width: 100%; margin: 2pt 0 8pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar { background: #333; height: 8pt; }
</style></head><body>
<h1>{{.Title}}</h1>
<table><thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>{{end}}</tbody></table>
<h2>Right at the first try, question by question</h2>
{{range .Bars}}<div>{{.Label}}</div><div class="track"><div class="bar" style="width: {{pct .Share}}%"></div></div>
{{end}}</body></html>
`))

// WritePrintable writes a dashboard as a web page to print from any
// browser: a title, a table and the questions' bars.
func WritePrintable(w io.Writer, title string, header []string, rows [][]string, bars []PrintBar) error {
	return printable.Execute(w, struct {
		Title  string
		Header []string
		Rows   [][]string
		Bars   []PrintBar
	}{title, header, rows, bars})
}
