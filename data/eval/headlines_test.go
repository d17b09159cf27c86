package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestHeadlines(t *testing.T) {
	f, err := os.Open("testdata/headlines-mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	sum, err := Headlines(f, &out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]HeadlineResult{}
	sc := bufio.NewScanner(&out)
	var last string
	for sc.Scan() {
		last = sc.Text()
		var r HeadlineResult
		if err := json.Unmarshal(sc.Bytes(), &r); err == nil && r.Index != nil {
			got[string(r.Index)] = r
		}
	}
	want := map[string]bool{"1": true, "2": false, "3": true, "4": true, "5": true}
	for id, supported := range want {
		if r, ok := got[id]; !ok || r.Supported != supported {
			t.Errorf("row %s: %+v; want supported=%v", id, r, supported)
		}
	}
	if got["2"].Flag != "headline-unsupported" {
		t.Errorf("row 2 flag = %q", got["2"].Flag)
	}
	if got["5"].Error == "" {
		t.Error("row 5 (empty) has no error message")
	}
	if !strings.HasPrefix(last, `{"summary":`) || sum.Rows != 5 || sum.Flagged["disagree"] != 1 || sum.Total["agree"] != 2 {
		t.Errorf("summary %+v, last line %s", sum, last)
	}
	if !strings.Contains(sum.Table(), "disagree") {
		t.Errorf("table:\n%s", sum.Table())
	}
}

func TestHeadlinesRejectsBrokenLine(t *testing.T) {
	_, err := Headlines(strings.NewReader("{\"headline\": \"x\"}\nnot json\n"), &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v; want one naming line 2", err)
	}
}

// TestFNC1Sample runs the shared FNC-1 sample when it is present (it is
// not shipped with Lede) and checks the flag's direction: it must fire
// more often on pairs whose body refutes the headline than on pairs whose
// body agrees. docs/quality.md reports the numbers.
func TestFNC1Sample(t *testing.T) {
	f, err := os.Open("../../../shared/eval/headlines/fnc1-sample.jsonl")
	if err != nil {
		t.Skip("shared evaluation set not present:", err)
	}
	defer f.Close()
	sum, err := Headlines(f, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", sum.Table())
	if sum.Flagged["disagree"] <= sum.Flagged["agree"] || sum.Flagged["unrelated"] > 0 {
		t.Errorf("flagged %v of %v: want more disagree than agree and no unrelated", sum.Flagged, sum.Total)
	}
}
