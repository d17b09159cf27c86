package classroom

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lede-app/lede/data/quiz"
)

func samplePack() Pack {
	return Pack{Key: "abc123", Title: "Council Votes", Article: "Council Votes\n\nThe council voted.",
		Questions: []quiz.Question{{ID: "q1", Kind: quiz.YesNo, Prompt: "Did it vote?", Answer: "Yes", Accepted: []string{"yes"}}},
		Settings:  Settings{Attempts: 2}, Published: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}
}

func TestPackRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePack(&buf, samplePack()); err != nil {
		t.Fatal(err)
	}
	p, err := ReadPack(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if p.Key != "abc123" || p.Article != samplePack().Article || len(p.Questions) != 1 || p.Settings.Attempts != 2 {
		t.Errorf("read back %+v", p)
	}
}

func TestResultsRoundTrip(t *testing.T) {
	r := Results{LessonKey: "abc123", Lesson: "Council Votes", Student: "Ada",
		Attempts: []Attempt{{UUID: "u1", QuestionID: "q1", Answer: "yes", Verdict: "correct"}}}
	var buf bytes.Buffer
	if err := WriteResults(&buf, r); err != nil {
		t.Fatal(err)
	}
	got, err := ReadResults(buf.Bytes())
	if err != nil || got.Student != "Ada" || len(got.Attempts) != 1 || got.Attempts[0].UUID != "u1" {
		t.Errorf("read back %+v, %v", got, err)
	}
	if _, err := ReadPack(buf.Bytes()); !errors.Is(err, ErrNotLede) {
		t.Errorf("a results file read as a pack: %v; want ErrNotLede", err)
	}
}

// rezip copies a zip, changing entries with edit.
func rezip(t *testing.T, raw []byte, edit func(name string, body []byte) (string, []byte)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		var body bytes.Buffer
		body.ReadFrom(rc)
		rc.Close()
		name, b := edit(f.Name, body.Bytes())
		w, _ := zw.Create(name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

func TestBadFilesAreRefused(t *testing.T) {
	var buf bytes.Buffer
	WritePack(&buf, samplePack())
	good := buf.Bytes()
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"not a zip", []byte("Council Votes\n\nplain text"), ErrNotLede},
		{"empty", nil, ErrNotLede},
		{"tampered answer key", rezip(t, good, func(n string, b []byte) (string, []byte) {
			return n, bytes.ReplaceAll(b, []byte(`"yes"`), []byte(`"no"`))
		}), ErrTampered},
		{"newer version", rezip(t, good, func(n string, b []byte) (string, []byte) {
			return n, bytes.Replace(b, []byte(`"version": 1`), []byte(`"version": 7`), 1)
		}), ErrNewer},
		{"path traversal", rezip(t, good, func(n string, b []byte) (string, []byte) {
			if n == "article.txt" {
				return "../../etc/article.txt", b
			}
			return n, b
		}), ErrUnsafe},
		{"oversized entry", rezip(t, good, func(n string, b []byte) (string, []byte) {
			if n == "article.txt" {
				return n, bytes.Repeat([]byte("a"), maxEntry+10)
			}
			return n, b
		}), ErrTooLarge},
		{"oversized file", make([]byte, MaxFile+1), ErrTooLarge},
		{"an entry twice (readers disagree on which counts)", rezip(t, good, func(n string, b []byte) (string, []byte) {
			if n == "article.txt" {
				return "lesson.json", b
			}
			return n, b
		}), ErrNotLede},
	}
	for _, tt := range tests {
		if _, err := ReadPack(tt.raw); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v; want %v", tt.name, err, tt.want)
		}
	}
}

func TestReadRoster(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"plain", []byte("Ada Lovelace\nAlan Turing\n"), "Ada Lovelace|Alan Turing"},
		{"header and BOM", []byte("\xef\xbb\xbfName,Class\r\nZoë Ångström,7B\r\nAda Lovelace,7B\r\n"), "Zoë Ångström|Ada Lovelace"},
		{"Windows-1252", []byte("Name;Form\nJos\xe9 Mar\xeda;8\nFran\xe7ois;8\n"), "José María|François"},
		{"UTF-16 from Excel", utf16le("Name\tClass\r\nSøren\t9\r\n"), "Søren"},
		{"first and last", []byte("First name,Last name\nAda,Lovelace\n  Alan , Turing \n"), "Ada Lovelace|Alan Turing"},
		{"repeats and blanks", []byte("Name\nAda\n\n ada \n,\nBob\n"), "Ada|Bob"},
		{"quoted commas", []byte("Name\n\"Lovelace, Ada\"\n"), "Lovelace, Ada"},
		{"CR-only line ends (old Mac)", []byte("Name\rAda Lovelace\rAlan Turing\r"), "Ada Lovelace|Alan Turing"},
		{"quote inside a name", []byte("Name\nAda \"Ace\" Lovelace\nBob\n"), "Ada \"Ace\" Lovelace|Bob"},
		{"look-alike names", []byte("Name\nAda\nAda\u200b\n\u202eAda\n"), "Ada"},
	}
	for _, tt := range tests {
		got, err := ReadRoster(tt.raw)
		if err != nil || strings.Join(got, "|") != tt.want {
			t.Errorf("%s: got %q, %v; want %s", tt.name, got, err, tt.want)
		}
	}
	for name, raw := range map[string][]byte{"empty": nil, "header only": []byte("Name\n"), "binary": {0x89, 'P', 'N', 'G', 0, 0, 1},
		"quote never closed": []byte("Name\nAda\n\"Bob\nCleo\nDan\n"),
		"Shift-JIS":          {0x96, 0xbc, 0x91, 0x4f, '\n', 0x8e, 0x52, 0x93, 0x63, ' ', 0x91, 0xbe, 0x98, 0x59, '\n'}} {
		if names, err := ReadRoster(raw); err == nil {
			t.Errorf("%s: no error; read %q", name, names)
		}
	}
}

func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestWriteGrades(t *testing.T) {
	var buf bytes.Buffer
	err := WriteGrades(&buf, []GradeRow{
		{Student: "Zoë", Lesson: "Council, votes", Answered: 10, Correct: 7, Questions: 12},
		{Student: "=HYPERLINK(\"x\")", Lesson: "L", Questions: 0},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	want := "\ufeffStudent,Lesson,Answered,Correct,Questions,Score (%)\r\nZoë,\"Council, votes\",10,7,12,58\r\n\"'=HYPERLINK(\"\"x\"\")\",L,0,0,0,0\r\n"
	if got != want {
		t.Errorf("grades CSV:\n%q\nwant\n%q", got, want)
	}
}

func TestSaveFileLeavesNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/grades.csv"
	if err := SaveFile(path, []byte("a,b\r\n")); err != nil {
		t.Fatal(err)
	}
	if err := SaveFile(path, []byte("c,d\r\n")); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	body, _ := os.ReadFile(path)
	if len(entries) != 1 || string(body) != "c,d\r\n" {
		t.Errorf("folder holds %d files, file %q", len(entries), body)
	}
	if err := SaveFile(dir+"/missing/x.csv", nil); err == nil {
		t.Error("saving into a missing folder gave no error")
	}
}

// TestCleanNameFoldsLookAlikes: names that look the same are the same
// name (issue 16: a zero-width space or a right-to-left override made a
// second "Ada"). Different names stay different.
func TestCleanNameFoldsLookAlikes(t *testing.T) {
	for _, typed := range []string{"Ada Lovelace", " Ada\u200b Lovelace ", "Ada\u00a0 Lovelace", "\u202eAda Lovelace\u202c",
		"Ada Love\u00adlace", "\ufeffAda Lovelace"} {
		if got := CleanName(typed); got != "Ada Lovelace" {
			t.Errorf("CleanName(%q) = %q", typed, got)
		}
	}
	if CleanName("Zoe\u0308") != CleanName("Zoë") {
		t.Error("a decomposed ë is another name")
	}
	if CleanName("Ada Lovelace") == CleanName("Ada Lovelaçe") {
		t.Error("different names were folded together")
	}
}

// TestWritePrintable: the printable dashboard holds the table and a bar
// per question, with names escaped.
func TestWritePrintable(t *testing.T) {
	var buf bytes.Buffer
	err := WritePrintable(&buf, "Council Votes", []string{"Student", "Score"}, [][]string{{"<script>Eve</script>", "50 %"}},
		[]PrintBar{{Label: "1. Did it vote?", Share: 0.25}, {Label: "2. Who said it?", Share: -1}})
	if err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{"<title>Council Votes</title>", "&lt;script&gt;Eve&lt;/script&gt;", "width: 25%", "width: 0%", "1. Did it vote?"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}
