package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/lede-app/lede/assets"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/quiz"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

const usage = `Usage:
  lede [--data DIR] [FILE]                      open Lede on FILE (default: the sample lesson)
  lede --version                                print the version, as Help ▸ About shows it
  lede --screenshot PATH [--question N] [--answer TEXT] [--show review|dashboard] [FILE]
                                                render the window to a PNG and exit
  lede extract FILE                             print the article, its facts and flags as JSON
  lede quiz FILE [--count N]                    print the generated questions as JSON
  lede check FILE --question ID --answer TEXT   check one answer and print the verdict as JSON
  lede export --format moodle|gift|qti|qti12|xlsx|csv LESSON -o OUT [--count N]
                                                the article and its quiz for Moodle's question bank (Moodle
                                                XML or GIFT), for Canvas (qti12, a QTI 1.2 zip), for
                                                Schoology, Blackboard or Brightspace (qti, a QTI 2.1 zip), or
                                                the questions to pick answers from as a spreadsheet for quiz
                                                games (.xlsx or CSV); LESSON is an article or a pack
  lede print LESSON -o OUT.pdf [--paper a4|letter] [--large] [--no-key|--key-only] [--count N]
                                                a worksheet to print (the article with numbered paragraphs,
                                                the questions with answer lines and tick boxes), then the
                                                answer key on a sheet of its own
  lede eval headlines FILE.jsonl                judge each headline against its body (JSON Lines),
                                                then print a summary line and a table on stderr
  lede eval answers FILE.jsonl                  check each candidate answer against its key (JSON Lines),
                                                then the accept and false-accept rates

Classroom files (the teacher's computer and the students' laptops):
  lede pack ARTICLE -o LESSON.ledelesson [--count N] [--attempts N] [--reveal after-hand-in|never] [--hide-score]
                                                [--counts first|last]
                                                a lesson pack to hand out; students open it like an article
  lede results LESSON --student NAME -o NAME.lederesults
                                                a student's answers to hand back
  lede import-results FILE...                   merge students' results files (importing twice adds nothing)
  lede grades -o GRADES.csv                     one row per student and lesson, for Excel or LibreOffice
  lede roster --class NAME ROSTER.csv           add a class of students from a spreadsheet

Lesson bundles (a department's lessons on a USB stick or a shared drive):
  lede bundle LESSON... -o LESSONS.ledebundle [--all] [--count N]
                                                several lessons in one file; a lesson this computer's library
                                                holds goes in as it stands here (your edits, settings, tags);
                                                --all: every lesson in the library but the archived
  lede import-bundle FILE [--keep|--replace]    add a bundle's lessons to the library, all or none; where you
                                                made a lesson your own and the bundle's differs, yours is kept
                                                (--keep, the default, and it says so) unless --replace;
                                                importing the same bundle twice adds nothing

FILE "sample" means the bundled sample lesson. --data DIR (or LEDE_DATA_DIR)
keeps progress in DIR instead of the user's app data folder. With a teacher
PIN set, results, import-results, grades, roster and import-bundle ask for
it at the terminal, or read it from LEDE_PIN.
`

// headlessVerbs run without a window.
var headlessVerbs = map[string]bool{"extract": true, "quiz": true, "check": true, "export": true, "print": true, "eval": true, "pack": true,
	"results": true, "import-results": true, "grades": true, "roster": true, "bundle": true, "import-bundle": true,
	"help": true, "-h": true, "--help": true, "-help": true, "--version": true, "-version": true, "version": true}

// classroomVerbs keep progress, so they take --data.
var classroomVerbs = map[string]bool{"pack": true, "results": true, "import-results": true, "grades": true, "roster": true,
	"bundle": true, "import-bundle": true}

// takeDataFlag removes --data DIR (or -data, or --data=DIR) wherever it
// is, up to a "--", and returns the rest and DIR.
func takeDataFlag(args []string) (rest []string, data string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(rest, args[i:]...), data
		case (a == "--data" || a == "-data") && i+1 < len(args):
			data = args[i+1]
			i++
		case strings.HasPrefix(a, "--data=") || strings.HasPrefix(a, "-data="):
			_, data, _ = strings.Cut(a, "=")
		default:
			rest = append(rest, a)
		}
	}
	return rest, data
}

// isHeadless reports whether args name a verb that runs without a window.
func isHeadless(args []string) bool { return len(args) > 0 && headlessVerbs[args[0]] }

// run dispatches to a verb or to the window and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	// --data is global: before or after the verb, as people type it.
	args, data := takeDataFlag(args)
	if data != "" && (len(args) == 0 || !isHeadless(args) || classroomVerbs[args[0]]) {
		args = append(args, "--data", data)
	}
	if len(args) > 0 {
		switch args[0] {
		case "extract", "quiz", "check":
			return runVerb(args[0], args[1:], stdout, stderr)
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "print":
			return runPrint(args[1:], stdout, stderr)
		case "eval":
			return runEval(args[1:], stdout, stderr)
		case "pack", "results", "import-results", "grades", "roster":
			return runClassroom(args[0], args[1:], stdout, stderr)
		case "bundle", "import-bundle":
			return runBundle(args[0], args[1:], stdout, stderr)
		case "help", "-h", "--help", "-help":
			fmt.Fprint(stdout, usage)
			return exitOK
		case "version", "--version", "-version":
			// What IT checks after deploying: the same version as Help ▸ About.
			fmt.Fprintln(stdout, "lede", versionOrUnknown())
			return exitOK
		}
	}
	return runWindow(args, stderr)
}

// verbFlags are the flags of the headless verbs.
type verbFlags struct {
	count    int
	question string
	answer   string
	file     string
}

func parseVerbFlags(verb string, args []string, stderr io.Writer) (verbFlags, error) {
	fs := flag.NewFlagSet("lede "+verb, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f verbFlags
	fs.IntVar(&f.count, "count", quiz.DefaultCount, "number of questions")
	fs.StringVar(&f.question, "question", "", "question ID (from lede quiz) or number, 1 for the first")
	fs.StringVar(&f.answer, "answer", "", "the answer to check")
	if err := fs.Parse(interleaved(fs, args)); err != nil {
		return f, err
	}
	if fs.NArg() != 1 {
		return f, fmt.Errorf("lede %s needs exactly one article FILE", verb)
	}
	f.file = fs.Arg(0)
	if verb == "check" && f.question == "" {
		return f, errors.New("lede check needs --question ID")
	}
	return f, nil
}

// usageError says what was wrong with a command line, then the usage,
// and gives the exit code for it; --help has printed its own text.
func usageError(err error, stderr io.Writer) int {
	if !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stderr, "lede: %v\n\n%s", err, usage)
	}
	return exitUsage
}

// interleaved moves flags before positional arguments so that "FILE -o
// OUT" parses like "-o OUT FILE". A flag takes the next argument as its
// value unless it has one ("--count=5") or is a switch of fs (a bool flag
// such as --large or --hide-score), so "lede pack --hide-score FILE -o
// OUT" keeps FILE.
func interleaved(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			if i+1 < len(args) && !hasValue(a) && !isSwitch(fs, a) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

// isSwitch reports whether flagArg ("--large") names a bool flag of fs.
func isSwitch(fs *flag.FlagSet, flagArg string) bool {
	f := fs.Lookup(strings.TrimLeft(flagArg, "-"))
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

func hasValue(flagArg string) bool {
	for _, r := range flagArg {
		if r == '=' {
			return true
		}
	}
	return false
}

func runVerb(verb string, args []string, stdout, stderr io.Writer) int {
	f, err := parseVerbFlags(verb, args, stderr)
	if err != nil {
		return usageError(err, stderr)
	}
	l, err := loadLesson(f.file, f.count)
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	var out any
	switch verb {
	case "extract":
		out = struct {
			*lesson.Lesson
			Questions []quiz.Question `json:"questions,omitempty"`
		}{Lesson: l}
	case "quiz":
		out = l.Questions
	case "check":
		q, ok := findQuestion(l.Questions, f.question)
		if !ok {
			fmt.Fprintf(stderr, "lede: no question %q in %s (run lede quiz to list them)\n", f.question, f.file)
			return exitError
		}
		out = quiz.Check(q, f.answer)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "lede: write output: %v\n", err)
		return exitError
	}
	return exitOK
}

// findQuestion finds a question by ID or by its 1-based number.
func findQuestion(qs []quiz.Question, ref string) (quiz.Question, bool) {
	if q, ok := quiz.Find(qs, ref); ok {
		return q, true
	}
	if n, err := strconv.Atoi(ref); err == nil && n >= 1 && n <= len(qs) {
		return qs[n-1], true
	}
	return quiz.Question{}, false
}

// loadLesson reads an article file ("sample" or "" for the bundled one)
// and builds its lesson, with errors that name the file.
func loadLesson(path string, count int) (*lesson.Lesson, error) {
	raw, name, err := lessonFile(path)
	if err != nil {
		return nil, err
	}
	l, err := lesson.Open(raw, count)
	if err != nil {
		return nil, fmt.Errorf("open lesson %q: %w", name, err)
	}
	return l, nil
}

// readLesson is loadLesson's first stage (lesson.Read): the article, its
// key and settings, without facts or generated questions. The window
// shows its first screen from it and completes it after.
func readLesson(path string) (*lesson.Lesson, error) {
	raw, name, err := lessonFile(path)
	if err != nil {
		return nil, err
	}
	l, err := lesson.Read(raw)
	if err != nil {
		return nil, fmt.Errorf("open lesson %q: %w", name, err)
	}
	return l, nil
}

// lessonFile reads the file at path, or the sample lesson when path is
// empty or "sample", and returns it with the name to show in errors.
func lessonFile(path string) (raw []byte, name string, err error) {
	raw, name = assets.SampleLesson, assets.SampleLessonName
	if path != "" && path != "sample" {
		info, err := os.Stat(path)
		if err != nil {
			return nil, "", fmt.Errorf("open lesson %q: %w", path, plainFileError(err))
		}
		if info.IsDir() {
			return nil, "", fmt.Errorf("open lesson %q: that is a folder, not an article file", path)
		}
		if info.Size() > 16<<20 {
			return nil, "", fmt.Errorf("open lesson %q: the file is larger than 16 MB, too large to be a lesson", path)
		}
		raw, err = os.ReadFile(path)
		if err != nil {
			return nil, "", fmt.Errorf("open lesson %q: %w", path, plainFileError(err))
		}
		name = filepath.Base(path)
	}
	return raw, name, nil
}

func plainFileError(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("there is no such file")
	case errors.Is(err, os.ErrPermission):
		return errors.New("you do not have permission to read it")
	}
	return err
}

// dataDir returns where progress is kept: --data, else LEDE_DATA_DIR,
// else the user's configuration folder.
func dataDir(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("LEDE_DATA_DIR"); env != "" {
		return env, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the app data folder: %w (use --data DIR)", err)
	}
	return filepath.Join(base, "Lede"), nil
}
