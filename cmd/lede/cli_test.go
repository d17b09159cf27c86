package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/quiz"
	"github.com/lede-app/lede/data/store"
	"github.com/lede-app/lede/ui"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestQuizAndCheckVerbs(t *testing.T) {
	code, out, errs := runCLI("quiz", "sample")
	if code != exitOK {
		t.Fatalf("lede quiz sample exited %d: %s", code, errs)
	}
	var qs []quiz.Question
	if err := json.Unmarshal([]byte(out), &qs); err != nil {
		t.Fatalf("quiz output is not JSON: %v", err)
	}
	// The sample gives as many good questions as it can, up to the
	// default; fewer is allowed (a short quiz is said, not padded).
	if len(qs) < 8 || len(qs) > quiz.DefaultCount {
		t.Fatalf("got %d questions; want 8 to %d", len(qs), quiz.DefaultCount)
	}
	var commit quiz.Question
	for _, q := range qs {
		if strings.HasPrefix(q.Prompt, "Does Alibaba commit to hiring") {
			commit = q
		}
	}
	if commit.ID == "" {
		t.Fatal("the sample quiz has no commitment question")
	}
	for answer, want := range map[string]quiz.Verdict{"No": quiz.Correct, "yes they do": quiz.Incorrect, "": quiz.Unclear} {
		code, out, errs = runCLI("check", "sample", "--question", commit.ID, "--answer", answer)
		if code != exitOK {
			t.Fatalf("lede check exited %d: %s", code, errs)
		}
		var r quiz.Result
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if r.Verdict != want {
			t.Errorf("check %q = %s; want %s", answer, r.Verdict, want)
		}
	}
}

func TestExtractVerb(t *testing.T) {
	code, out, errs := runCLI("extract", "sample")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Article  struct{ Title, Author string }
		Analysis struct {
			Flags []struct{ Kind string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Article.Author != "Victor Thomson" || len(got.Analysis.Flags) == 0 {
		t.Errorf("extract gave %+v", got)
	}
}

func TestVerbErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"missing file", []string{"quiz", filepath.Join(dir, "nope.txt")}, exitError, "no such file"},
		{"empty file", []string{"quiz", write("empty.txt", nil)}, exitError, "empty"},
		{"binary file", []string{"quiz", write("pic.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))}, exitError, "not a text file"},
		{"pdf file", []string{"quiz", write("article.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))}, exitError, "PDF"},
		{"folder", []string{"extract", dir}, exitError, "folder"},
		{"no file", []string{"quiz"}, exitUsage, "exactly one"},
		{"no question", []string{"check", "sample"}, exitUsage, "--question"},
		{"unknown question", []string{"check", "sample", "--question", "q0", "--answer", "x"}, exitError, "no question"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tt.code, tt.msg)
			}
			if out != "" {
				t.Errorf("stdout should be empty on error, got %q", out)
			}
		})
	}
}

func TestEvalHeadlinesVerb(t *testing.T) {
	code, out, errs := runCLI("eval", "headlines", "../../data/eval/testdata/headlines-mini.jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[5], `{"summary":`) || !strings.Contains(lines[1], `"supported":false`) {
		t.Errorf("stdout:\n%s", out)
	}
	if !strings.Contains(errs, "disagree") {
		t.Errorf("no table on stderr:\n%s", errs)
	}
	if code, _, _ := runCLI("eval", "headlines"); code != exitUsage {
		t.Errorf("missing file: exit %d; want %d", code, exitUsage)
	}
	if code, _, errs := runCLI("eval", "headlines", "no-such-file.jsonl"); code != exitError || !strings.Contains(errs, "no-such-file") {
		t.Errorf("unreadable file: exit %d, %q", code, errs)
	}
}

func TestQuizCount(t *testing.T) {
	for _, n := range []int{3, 20} {
		code, out, errs := runCLI("quiz", "sample", "--count", strconv.Itoa(n))
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var qs []quiz.Question
		if err := json.Unmarshal([]byte(out), &qs); err != nil {
			t.Fatal(err)
		}
		if n == 3 && len(qs) != 3 || n == 20 && (len(qs) < 8 || len(qs) > 20) {
			t.Errorf("--count %d gave %d questions", n, len(qs))
		}
	}
}

// TestBadFileAtLaunchStillOpensAWindow: a PDF or a Word file given on
// the command line opens the sample lesson with its menus, and the error
// says, in plain words, what the file is and what to do (a .docx said
// "This is not a Lede file (it may be damaged …)": issue 11's audit).
func TestBadFileAtLaunchStillOpensAWindow(t *testing.T) {
	test.NewTempApp(t)
	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	for _, name := range []string{"[Content_Types].xml", "word/", "word/document.xml"} {
		if _, err := zw.Create(name); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		raw  []byte
		want error
		says string
	}{
		{"article.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), article.ErrPDF, "PDF"},
		{"article.docx", docx.Bytes(), article.ErrZipped, "Plain text (.txt)"},
	} {
		path := filepath.Join(t.TempDir(), c.name)
		if err := os.WriteFile(path, c.raw, 0o644); err != nil {
			t.Fatal(err)
		}
		w := test.NewTempWindow(t, nil)
		err := openLesson(w, t.TempDir(), windowFlags{file: path})
		if !errors.Is(err, c.want) || !strings.Contains(ui.Friendly(err), c.says) {
			t.Fatalf("%s: err = %v (%q); want the message saying %q", c.name, err, ui.Friendly(err), c.says)
		}
		if w.MainMenu() == nil || w.Content() == nil {
			t.Errorf("%s: a bad file left a window without menus or content", c.name)
		}
	}
}

// TestDataFlagAnywhere: --data is accepted before or after the verb, by
// every verb (issue 16: "flag provided but not defined" after one, and
// "open one article FILE at a time" before one).
func TestDataFlagAnywhere(t *testing.T) {
	data := t.TempDir()
	for _, args := range [][]string{
		{"quiz", "--data", data, "sample"},
		{"--data", data, "quiz", "sample"},
		{"--data=" + data, "extract", "sample"},
	} {
		if code, _, errs := runCLI(args...); code != exitOK {
			t.Errorf("lede %v: exit %d: %s", args, code, errs)
		}
	}
	out := filepath.Join(t.TempDir(), "g.csv")
	if code, _, errs := runCLI("--data", data, "grades", "-o", out); code != exitOK {
		t.Errorf("lede --data D grades: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(data, store.FileName)); err != nil {
		t.Errorf("--data before the verb was not used: %v", err)
	}
}

// TestHeadlessVerbsPrintNoFyneNoise: under the C locale (Debian's default
// for scripts) a headless verb's stderr is empty; Fyne's "Error parsing
// user locale C", logged while its packages start, is held back.
func TestHeadlessVerbsPrintNoFyneNoise(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "lede")
	if out, err := exec.Command("go", "build", "-tags", "ci", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// --data before the verb too: "lede --data D quiz F" printed Fyne's
	// three lines, read as the window's start (issue 16).
	for _, args := range [][]string{{"quiz", "sample"}, {"--data", t.TempDir(), "quiz", "sample"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Errorf("lede %v: %v; stderr %q; want nothing", args, err, stderr.String())
		}
	}
}

// TestAppVersion: the packaged app's metadata wins; else the version the
// Makefile's -ldflags set from FyneApp.toml.
func TestAppVersion(t *testing.T) {
	old := version
	defer func() { version = old }()
	version = "0.1.0"
	if got := appVersion(""); got != "0.1.0" {
		t.Errorf("plain build: %q", got)
	}
	if got := appVersion("0.2.0"); got != "0.2.0" {
		t.Errorf("packaged: %q", got)
	}
}

// TestVersionFlag: lede --version prints the version Help ▸ About shows,
// with no window and nothing on stderr.
func TestVersionFlag(t *testing.T) {
	old := version
	defer func() { version = old }()
	version = "0.1.0"
	for _, arg := range []string{"--version", "version"} {
		var out, errs bytes.Buffer
		if code := run([]string{arg}, &out, &errs); code != exitOK || out.String() != "lede 0.1.0\n" || errs.Len() > 0 {
			t.Errorf("lede %s: exit %d, %q, stderr %q; want \"lede 0.1.0\"", arg, code, out.String(), errs.String())
		}
	}
}

// cliFailure is a command line that must fail: its exit code and a part
// of what it says on stderr.
type cliFailure struct {
	name string
	args []string
	code int
	msg  string
}

// cliFailures runs each failing command line, checks its exit code and
// message and that it printed nothing on stdout, then that no file was
// left at out (leftOver is the error said if one was).
func cliFailures(t *testing.T, out, leftOver string, cases []cliFailure) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, errs := runCLI(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.msg) || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, stdout, errs, tt.code, tt.msg)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error(leftOver)
	}
}
