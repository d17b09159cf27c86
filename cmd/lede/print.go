package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/lede-app/lede/data/worksheet"
)

// printFlags are the flags of lede print.
type printFlags struct {
	out, file, paper    string
	large, noKey, keyOn bool
	count               int
}

func parsePrintFlags(args []string, stderr io.Writer) (printFlags, error) {
	fs := flag.NewFlagSet("lede print", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f printFlags
	fs.StringVar(&f.out, "o", "", "the PDF to write; - for standard output")
	fs.StringVar(&f.paper, "paper", "a4", "page size: a4 or letter")
	fs.BoolVar(&f.large, "large", false, "large print (18 pt instead of 12 pt)")
	fs.BoolVar(&f.noKey, "no-key", false, "the worksheet alone, without the answer key")
	fs.BoolVar(&f.keyOn, "key-only", false, "the answer key alone")
	fs.IntVar(&f.count, "count", 0, "number of questions when LESSON is an article (default 12)")
	if err := fs.Parse(interleaved(fs, args)); err != nil {
		return f, err
	}
	if fs.NArg() != 1 || f.out == "" {
		return f, errors.New("lede print needs one LESSON and -o FILE.pdf")
	}
	if f.noKey && f.keyOn {
		return f, errors.New("lede print takes --no-key or --key-only, not both")
	}
	f.file = fs.Arg(0)
	return f, nil
}

// options are the worksheet options the flags ask for, dated now.
func (f printFlags) options(now time.Time) (worksheet.Options, error) {
	paper, err := worksheet.LookupPaper(f.paper)
	if err != nil {
		return worksheet.Options{}, err
	}
	o := worksheet.Options{Paper: paper, Size: worksheet.NormalSize, Date: now}
	if f.large {
		o.Size = worksheet.LargeSize
	}
	switch {
	case f.noKey:
		o.Parts = worksheet.WorksheetOnly
	case f.keyOn:
		o.Parts = worksheet.KeyOnly
	}
	return o, nil
}

// runPrint writes a lesson's printable worksheet and answer key as a
// PDF: the article and its questions, as the lesson file gives them (a
// pack's are the teacher's).
func runPrint(args []string, stdout, stderr io.Writer) int {
	f, err := parsePrintFlags(args, stderr)
	if err != nil {
		return usageError(err, stderr)
	}
	o, err := f.options(time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitUsage
	}
	l, err := loadLesson(f.file, f.count)
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	var buf bytes.Buffer
	if _, err := worksheet.Render(&buf, l.Article, l.Questions, o); err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	if err := writeOut(f.out, buf.Bytes(), stdout); err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	return exitOK
}
