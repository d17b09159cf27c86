// Package eval runs Lede's pipeline over evaluation sets in JSON Lines
// and reports how it does, as described in the project's docs/quality.md.
// It reads only the fields each task allows: a set's labels are used for
// the summary, never for the verdicts.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/facts"
)

// maxLine bounds one JSON line: an article body with room to spare.
const maxLine = 4 << 20

// headlineRow is the part of a headline/body row Lede may read. Stance
// is read only for the confusion table.
type headlineRow struct {
	Index    json.RawMessage `json:"source_row_index"`
	Headline string          `json:"headline"`
	Body     string          `json:"body"`
	Stance   string          `json:"stance"`
}

// HeadlineResult is the verdict printed for one row.
type HeadlineResult struct {
	Index     json.RawMessage `json:"source_row_index"`
	Supported bool            `json:"supported"`
	Flag      string          `json:"flag"`
	Error     string          `json:"error,omitempty"`
}

// HeadlineSummary counts, per stance, the rows and the rows flagged.
type HeadlineSummary struct {
	Rows    int            `json:"rows"`
	Total   map[string]int `json:"total"`
	Flagged map[string]int `json:"flagged"`
}

// JudgeHeadline reads headline and body as one article and reports
// whether the body supports the headline: false, with the flag, when
// Lede finds the body contradicting it.
func JudgeHeadline(headline, body string) (HeadlineResult, error) {
	headline = strings.Join(strings.Fields(headline), " ")
	a, err := article.ParseTitled([]byte(headline + "\n\n" + body))
	if err != nil {
		return HeadlineResult{Supported: true}, err
	}
	an := facts.Extract(a)
	for _, fl := range an.Flags {
		if fl.Kind == facts.HeadlineUnsupported && fl.About == a.Title {
			return HeadlineResult{Supported: false, Flag: string(fl.Kind)}, nil
		}
	}
	return HeadlineResult{Supported: true}, nil
}

// Headlines judges each row of r and writes one JSON object per row to w,
// then the summary as a last line {"summary": …}.
func Headlines(r io.Reader, w io.Writer) (HeadlineSummary, error) {
	sum := HeadlineSummary{Total: map[string]int{}, Flagged: map[string]int{}}
	enc := json.NewEncoder(w)
	err := eachRow(r, func(row headlineRow) error {
		res, err := JudgeHeadline(row.Headline, row.Body)
		res.Index = row.Index
		if err != nil {
			res.Error = err.Error()
		}
		if err := enc.Encode(res); err != nil {
			return err
		}
		sum.Rows++
		sum.Total[row.Stance]++
		if !res.Supported {
			sum.Flagged[row.Stance]++
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	return sum, enc.Encode(map[string]HeadlineSummary{"summary": sum})
}

// Table renders the summary as a confusion table for people.
func (s HeadlineSummary) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %8s %14s %8s\n", "stance", "rows", "not supported", "rate")
	stances := make([]string, 0, len(s.Total))
	for k := range s.Total {
		stances = append(stances, k)
	}
	sort.Strings(stances)
	for _, k := range stances {
		name := k
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&b, "%-10s %8d %14d %7.1f%%\n", name, s.Total[k], s.Flagged[k], 100*float64(s.Flagged[k])/float64(s.Total[k]))
	}
	return b.String()
}
