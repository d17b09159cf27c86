package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pdfPages counts a PDF's page objects.
func pdfPages(pdf []byte) int { return len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1)) }

// TestPrintVerb: lede print writes the sample's worksheet and key as a
// PDF, on A4 or Letter, in large print, without the key or the key
// alone, to a file or to standard output; a pack prints the teacher's
// questions.
func TestPrintVerb(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "sample.pdf")
	if code, out, errs := runCLI("print", "sample", "-o", pdf); code != exitOK || out != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	both, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(both, []byte("%PDF-")) || !bytes.Contains(both, []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Fatalf("not an A4 PDF (%v)", err)
	}
	pages := map[string]int{}
	for name, args := range map[string][]string{
		"letter":   {"--paper", "letter"},
		"large":    {"--large"},
		"no key":   {"--no-key"},
		"key only": {"--key-only"},
	} {
		code, out, errs := runCLI(append([]string{"print", "sample", "-o", "-"}, args...)...)
		if code != exitOK || !strings.HasPrefix(out, "%PDF-") {
			t.Fatalf("%s: exit %d, %s", name, code, errs)
		}
		pages[name] = pdfPages([]byte(out))
		if name == "letter" && !strings.Contains(out, "/MediaBox [0 0 612.00 792.00]") {
			t.Error("--paper letter is not Letter")
		}
	}
	all := pdfPages(both)
	if pages["letter"] == 0 || pages["large"] <= all || pages["no key"]+pages["key only"] > all || pages["no key"] >= all {
		t.Errorf("pages: %d for the sample, %v with the flags", all, pages)
	}

	pack := filepath.Join(dir, "sample.ledelesson")
	if code, _, errs := runCLI("pack", "--data", t.TempDir(), "sample", "--count", "3", "-o", pack); code != exitOK {
		t.Fatalf("lede pack: %s", errs)
	}
	// Three questions never take more paper than the sample's whole quiz,
	// and they are not the sample's quiz: the pack's own questions print.
	// (Whether they save a page depends on how long the quiz is.)
	code, out, errs := runCLI("print", pack, "--no-key", "-o", "-")
	_, whole, _ := runCLI("print", "sample", "--no-key", "-o", "-")
	if code != exitOK || pdfPages([]byte(out)) > pages["no key"] || out == whole {
		t.Errorf("printing a pack of 3 questions: exit %d, %d pages, %s", code, pdfPages([]byte(out)), errs)
	}
}

func TestPrintVerbErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.pdf")
	cliFailures(t, out, "a failed print left a file behind", []cliFailure{
		{"no output", []string{"print", "sample"}, exitUsage, "-o FILE.pdf"},
		{"no lesson", []string{"print", "-o", out}, exitUsage, "one LESSON"},
		{"bad paper", []string{"print", "sample", "--paper", "a3", "-o", out}, exitUsage, `no paper size "a3": choose a4 or letter`},
		{"both parts", []string{"print", "sample", "--no-key", "--key-only", "-o", out}, exitUsage, "not both"},
		{"missing lesson", []string{"print", filepath.Join(dir, "nope.txt"), "-o", out}, exitError, "no such file"},
		{"folder as lesson", []string{"print", dir, "-o", out}, exitError, "folder"},
		{"unwritable output", []string{"print", "sample", "-o", filepath.Join(dir, "no", "such", "x.pdf")}, exitError, "x.pdf"},
	})
}

// TestPrintSwitchesAnywhere: a switch (--large, --no-key) takes no value,
// so the argument after it is still the lesson or another flag.
func TestPrintSwitchesAnywhere(t *testing.T) {
	_, want, _ := runCLI("print", "sample", "-o", "-", "--paper", "letter", "--large", "--no-key")
	for _, args := range [][]string{
		{"print", "--large", "sample", "--no-key", "-o", "-", "--paper", "letter"},
		{"print", "--no-key", "--large", "--paper=letter", "sample", "-o", "-"},
	} {
		code, out, errs := runCLI(args...)
		if code != exitOK || pdfPages([]byte(out)) != pdfPages([]byte(want)) || pdfPages([]byte(out)) == 0 {
			t.Errorf("%q: exit %d, %d pages (want %d), %s", args, code, pdfPages([]byte(out)), pdfPages([]byte(want)), errs)
		}
	}
}
