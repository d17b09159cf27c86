package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/store"
)

// classroomFlags are the flags of the classroom verbs.
type classroomFlags struct {
	data, out, student, class string
	count, attempts           int
	reveal, counts            string
	hideScore                 bool
	files                     []string
}

func parseClassroomFlags(verb string, args []string, stderr io.Writer) (classroomFlags, error) {
	fs := flag.NewFlagSet("lede "+verb, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f classroomFlags
	fs.StringVar(&f.data, "data", "", "keep progress in this folder (also LEDE_DATA_DIR)")
	fs.StringVar(&f.out, "o", "", "the file to write")
	fs.StringVar(&f.student, "student", "", "the student's name")
	fs.StringVar(&f.class, "class", "", "the class's name")
	fs.IntVar(&f.count, "count", 0, "number of questions (default 12)")
	fs.IntVar(&f.attempts, "attempts", classroom.DefaultSettings.Attempts, "attempts allowed per question (0: no limit)")
	fs.StringVar(&f.reveal, "reveal", "", `when a question's answer shows if not got right: "" after the last try, "after-hand-in", or "never"`)
	fs.BoolVar(&f.hideScore, "hide-score", false, "keep the score off the students' end screen")
	fs.StringVar(&f.counts, "counts", "", `which try counts: "" the first right one within the tries, "first", or "last"`)
	if err := fs.Parse(interleaved(fs, args)); err != nil {
		return f, err
	}
	f.files = fs.Args()
	need := map[string]func() error{
		"pack": func() error { return want(len(f.files) == 1 && f.out != "", "lede pack needs one ARTICLE and -o FILE") },
		"results": func() error {
			return want(len(f.files) == 1 && f.out != "" && f.student != "", "lede results needs one LESSON, --student NAME and -o FILE")
		},
		"import-results": func() error { return want(len(f.files) > 0, "lede import-results needs at least one results FILE") },
		"grades":         func() error { return want(f.out != "", "lede grades needs -o FILE.csv") },
		"roster": func() error {
			return want(len(f.files) == 1 && f.class != "", "lede roster needs --class NAME and one ROSTER.csv")
		},
	}
	return f, need[verb]()
}

func want(ok bool, msg string) error {
	if ok {
		return nil
	}
	return errors.New(msg)
}

// runClassroom runs the verbs that move lessons and results between
// computers.
func runClassroom(verb string, args []string, stdout, stderr io.Writer) int {
	f, err := parseClassroomFlags(verb, args, stderr)
	if err != nil {
		return usageError(err, stderr)
	}
	err = withStore(f.data, func(st *store.Store) error {
		if studentDataVerbs[verb] {
			if err := requirePIN(st, os.Stdin, stderr); err != nil {
				return err
			}
		}
		switch verb {
		case "pack":
			return writePack(st, f)
		case "results":
			return writeResults(st, f)
		case "import-results":
			return importResults(st, f.files, stdout)
		case "grades":
			return writeGrades(st, f.out)
		}
		return importRoster(st, f, stdout)
	})
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	return exitOK
}

func withStore(data string, fn func(*store.Store) error) error {
	dir, err := dataDir(data)
	if err != nil {
		return err
	}
	st, err := store.Open(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, n := range st.Notices {
		fmt.Fprintf(os.Stderr, "lede: %s\n", n)
	}
	st.OnBusy = func() {
		fmt.Fprintln(os.Stderr, "Another copy of Lede is busy with the progress file; trying again…")
	}
	return fn(st)
}

// writeFile saves body under path, with a message that names the file.
func writeFile(path string, body []byte) error {
	if err := classroom.SaveFile(path, body); err != nil {
		return fmt.Errorf("write %q: %w", path, plainFileError(errors.Unwrap(err)))
	}
	return nil
}

// writeOut writes body to the file out names, or to stdout when out is
// "-", as the export and print verbs' -o allows.
func writeOut(out string, body []byte, stdout io.Writer) error {
	if out == "-" {
		_, err := stdout.Write(body)
		return err
	}
	return writeFile(out, body)
}

// writePack writes the lesson pack and records the lesson on this (the
// teacher's) computer, so that students' results for it can be imported.
func writePack(st *store.Store, f classroomFlags) error {
	l, err := loadLesson(f.files[0], f.count)
	if err != nil {
		return err
	}
	stored, err := st.AddLesson(l.Key, l.Article.Name(), l.Article.Source)
	if err != nil {
		return err
	}
	questions, _ := json.Marshal(l.Questions)
	settings := classroom.Settings{Attempts: f.attempts, Reveal: f.reveal, HideScore: f.hideScore, Counts: f.counts}
	if err := st.PublishLesson(stored.ID, string(questions), len(l.Questions), f.attempts); err != nil {
		return err
	}
	if err := st.SetLessonRules(stored.ID, settings); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := classroom.WritePack(&buf, l.Pack(settings, time.Now())); err != nil {
		return err
	}
	return writeFile(f.out, buf.Bytes())
}

func writeResults(st *store.Store, f classroomFlags) error {
	l, err := loadLesson(f.files[0], 0)
	if err != nil {
		return err
	}
	stored, err := st.AddLesson(l.Key, l.Article.Name(), l.Article.Source)
	if err != nil {
		return err
	}
	r, err := st.StudentResults(stored, f.student, time.Now())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := classroom.WriteResults(&buf, r); err != nil {
		return err
	}
	return writeFile(f.out, buf.Bytes())
}

// importReport is printed, one JSON line per file.
type importReport struct {
	File    string `json:"file"`
	Student string `json:"student,omitempty"`
	store.ImportReport
	Error string `json:"error,omitempty"`
}

// importResults merges each results file in its own transaction: a bad
// file is reported and skipped, the others are imported.
func importResults(st *store.Store, files []string, stdout io.Writer) error {
	enc := json.NewEncoder(stdout)
	failed := 0
	for _, path := range files {
		rep := importReport{File: path}
		if err := importOne(st, path, &rep); err != nil {
			rep.Error = err.Error()
			failed++
		}
		enc.Encode(rep)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d results files could not be imported (see above); the others were", failed, len(files))
	}
	return nil
}

func importOne(st *store.Store, path string, rep *importReport) error {
	raw, err := store.ReadResultsFile(path)
	if err != nil {
		return plainFileError(err)
	}
	r, report, err := st.ImportResultsFile(filepath.Base(path), raw)
	rep.Student, rep.ImportReport = r.Student, report
	return err
}

func writeGrades(st *store.Store, out string) error {
	var buf bytes.Buffer
	if err := st.WriteGradeSheet(&buf); err != nil {
		return err
	}
	return writeFile(out, buf.Bytes())
}

func importRoster(st *store.Store, f classroomFlags, stdout io.Writer) error {
	raw, err := os.ReadFile(f.files[0])
	if err != nil {
		return fmt.Errorf("read roster %q: %w", f.files[0], plainFileError(err))
	}
	names, err := classroom.ReadRoster(raw)
	if err != nil {
		return fmt.Errorf("read roster %q: %w", f.files[0], err)
	}
	c, err := st.AddClass(f.class, names)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "{\"class\": %q, \"students\": %d}\n", c.Name, len(names))
	return nil
}
