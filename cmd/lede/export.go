package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/lede-app/lede/data/export"
)

// exportFlags are the flags of lede export.
type exportFlags struct {
	format, out, file string
	count             int
}

func parseExportFlags(args []string, stderr io.Writer) (exportFlags, error) {
	fs := flag.NewFlagSet("lede export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f exportFlags
	fs.StringVar(&f.format, "format", "", "moodle (Moodle XML), gift (Moodle's text format), qti12 (a QTI 1.2 package for Canvas), qti (a QTI 2.1 package for Schoology, Blackboard, Brightspace) or xlsx or csv (a spreadsheet for quiz games)")
	fs.StringVar(&f.out, "o", "", "the file to write; - for standard output")
	fs.IntVar(&f.count, "count", 0, "number of questions when LESSON is an article (default 12)")
	if err := fs.Parse(interleaved(fs, args)); err != nil {
		return f, err
	}
	if fs.NArg() != 1 || f.out == "" {
		return f, errors.New("lede export needs --format moodle|gift|qti|qti12|xlsx|csv, one LESSON and -o FILE")
	}
	f.file = fs.Arg(0)
	return f, nil
}

// runExport writes a lesson's quiz for a learning platform or a quiz
// game: the article and its questions, as the lesson file gives them (a
// pack's are the teacher's). A question the format cannot hold is named
// on stderr, with the reason; the export still succeeds.
func runExport(args []string, stdout, stderr io.Writer) int {
	f, err := parseExportFlags(args, stderr)
	if err != nil {
		return usageError(err, stderr)
	}
	format, err := export.Lookup(f.format)
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
	if err := format.Write(&buf, l.Article, l.Questions); err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	if err := writeOut(f.out, buf.Bytes(), stdout); err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	if format.LeftOut != nil {
		for _, o := range format.LeftOut(l.Questions) {
			fmt.Fprintf(stderr, "lede: left out question %d (%s, %s): %s\n", o.Number, o.ID, o.Kind, o.Why)
		}
	}
	return exitOK
}
