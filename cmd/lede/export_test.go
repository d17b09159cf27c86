package main

import (
	"archive/zip"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportVerb: lede export writes the sample's quiz in each format,
// to a file or to standard output, and a pack exports the teacher's
// questions.
func TestExportVerb(t *testing.T) {
	dir := t.TempDir()
	gift := filepath.Join(dir, "sample.gift.txt")
	if code, out, errs := runCLI("export", "--format", "gift", "sample", "-o", gift); code != exitOK || out != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	body, err := os.ReadFile(gift)
	trueFalse := strings.Contains(string(body), "{TRUE") || strings.Contains(string(body), "{FALSE")
	if err != nil || !strings.Contains(string(body), `::Article\: Trump`) || !trueFalse {
		t.Errorf("the GIFT file (%v) lacks the article or a true/false question:\n%s", err, body)
	}
	code, out, errs := runCLI("export", "sample", "--format", "moodle", "-o", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Questions []struct {
			Type string `xml:"type,attr"`
		} `xml:"question"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil || len(doc.Questions) < 2 || doc.Questions[0].Type != "description" {
		t.Errorf("Moodle XML on stdout: %v, %+v", err, doc)
	}

	csvFile := filepath.Join(dir, "sample.csv")
	code, _, errs = runCLI("export", "--format", "csv", "sample", "-o", csvFile)
	if body, err := os.ReadFile(csvFile); code != exitOK || err != nil || !strings.Contains(string(body), "Correct answer(s)") {
		t.Errorf("csv: exit %d, %v, %s", code, err, errs)
	}
	if !strings.Contains(errs, "lede: left out question") || !strings.Contains(errs, "students type its answer") {
		t.Errorf("the questions a spreadsheet leaves out are not named: %q", errs)
	}

	qti := filepath.Join(dir, "sample.qti.zip")
	if code, _, errs := runCLI("export", "--format", "qti", "sample", "-o", qti); code != exitOK || errs != "" {
		t.Fatalf("qti: exit %d, %s", code, errs)
	}
	if zr, err := zip.OpenReader(qti); err != nil || len(zr.File) < 3 || zr.File[0].Name != "imsmanifest.xml" {
		t.Errorf("the QTI package (%v) does not start with its manifest", err)
	} else {
		zr.Close()
	}

	canvas := filepath.Join(dir, "sample.qti12.zip")
	if code, _, errs := runCLI("export", "--format", "qti12", "sample", "-o", canvas); code != exitOK || errs != "" {
		t.Fatalf("qti12: exit %d, %s", code, errs)
	}
	if zr, err := zip.OpenReader(canvas); err != nil || len(zr.File) != 2 || zr.File[0].Name != "imsmanifest.xml" {
		t.Errorf("the QTI 1.2 package (%v) is not its manifest and one assessment", err)
	} else {
		zr.Close()
	}

	xlsx := filepath.Join(dir, "sample.xlsx")
	code, _, errs = runCLI("export", "--format", "xlsx", "sample", "-o", xlsx)
	if zr, err := zip.OpenReader(xlsx); code != exitOK || err != nil || len(zr.File) != 6 || !strings.Contains(errs, "lede: left out question") {
		t.Errorf("xlsx: exit %d, %v, %s", code, err, errs)
	} else {
		zr.Close()
	}

	pack := filepath.Join(dir, "sample.ledelesson")
	if code, _, errs := runCLI("pack", "--data", t.TempDir(), "sample", "--count", "3", "-o", pack); code != exitOK {
		t.Fatalf("lede pack: %s", errs)
	}
	if code, out, errs := runCLI("export", "--format", "moodle", pack, "-o", "-"); code != exitOK || strings.Count(out, "<question ") != 4 {
		t.Errorf("exporting a pack of 3 questions: exit %d, %d items, %s", code, strings.Count(out, "<question "), errs)
	}
}

func TestExportVerbErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.xml")
	cliFailures(t, out, "a failed export left a file behind", []cliFailure{
		{"unknown format", []string{"export", "--format", "scorm", "sample", "-o", out}, exitUsage, `there is no format "scorm": choose moodle, gift, qti, qti12, xlsx or csv`},
		{"no format", []string{"export", "sample", "-o", out}, exitUsage, "no format given: choose moodle, gift, qti, qti12, xlsx or csv"},
		{"no output", []string{"export", "--format", "gift", "sample"}, exitUsage, "-o FILE"},
		{"no lesson", []string{"export", "--format", "gift", "-o", out}, exitUsage, "one LESSON"},
		{"missing lesson", []string{"export", "--format", "gift", filepath.Join(dir, "nope.txt"), "-o", out}, exitError, "no such file"},
		{"folder as lesson", []string{"export", "--format", "gift", dir, "-o", out}, exitError, "folder"},
		{"unwritable output", []string{"export", "--format", "gift", "sample", "-o", filepath.Join(dir, "no", "such", "x.txt")}, exitError, "x.txt"},
	})
}
