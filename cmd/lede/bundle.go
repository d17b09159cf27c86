package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/store"
)

// bundleFlags are the flags of lede bundle and lede import-bundle.
type bundleFlags struct {
	data, out     string
	count         int
	all           bool
	replace, keep bool
	files         []string
}

func parseBundleFlags(verb string, args []string, stderr io.Writer) (bundleFlags, error) {
	fs := flag.NewFlagSet("lede "+verb, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f bundleFlags
	fs.StringVar(&f.data, "data", "", "keep progress in this folder (also LEDE_DATA_DIR)")
	if verb == "bundle" {
		fs.StringVar(&f.out, "o", "", "the bundle to write; - for standard output")
		fs.IntVar(&f.count, "count", 0, "number of questions for an article this computer's library does not hold (default 12)")
		fs.BoolVar(&f.all, "all", false, "every lesson in this computer's library, archived ones left out")
	} else {
		fs.BoolVar(&f.replace, "replace", false, "where you made a lesson your own and the bundle's differs, take the bundle's")
		fs.BoolVar(&f.keep, "keep", false, "where you made a lesson your own and the bundle's differs, keep yours (the default)")
	}
	if err := fs.Parse(interleaved(fs, args)); err != nil {
		return f, err
	}
	f.files = fs.Args()
	if verb == "bundle" {
		return f, want((len(f.files) > 0 || f.all) && f.out != "", "lede bundle needs LESSON files or --all, and -o FILE")
	}
	if f.replace && f.keep {
		return f, errors.New("lede import-bundle takes --replace or --keep, not both")
	}
	return f, want(len(f.files) == 1, "lede import-bundle needs one bundle FILE")
}

// runBundle runs lede bundle and lede import-bundle, which carry lessons
// between teachers' libraries.
func runBundle(verb string, args []string, stdout, stderr io.Writer) int {
	f, err := parseBundleFlags(verb, args, stderr)
	if err != nil {
		return usageError(err, stderr)
	}
	err = withStore(f.data, func(st *store.Store) error {
		if verb == "bundle" {
			return writeBundle(st, f, stdout)
		}
		if err := requirePIN(st, os.Stdin, stderr); err != nil {
			return err
		}
		return importBundle(st, f, stdout, stderr)
	})
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	return exitOK
}

// writeBundle writes the lessons named as one bundle. A lesson this
// computer's library holds goes in as it stands here — the teacher's
// edited questions, settings and tags — whether named by its file or by
// --all; any other file's as Lede opens it.
func writeBundle(st *store.Store, f bundleFlags, stdout io.Writer) error {
	now := time.Now()
	var lessons []classroom.BundleLesson
	if f.all {
		lib, err := st.Library(false)
		if err != nil {
			return err
		}
		ids := make([]int64, len(lib))
		for i, l := range lib {
			ids[len(lib)-1-i] = l.ID // oldest first
		}
		if lessons, err = st.BundleLessons(ids, now); err != nil {
			return err
		}
	}
	for _, file := range f.files {
		l, err := loadLesson(file, f.count)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(lessons, func(b classroom.BundleLesson) bool { return b.Key == l.Key }) {
			continue // named twice, or already in the library's
		}
		if pub, err := st.LessonByKey(l.Key); err == nil && pub.QuestionsJSON != "" {
			if mine, err := st.BundleLessons([]int64{pub.ID}, now); err == nil {
				lessons = append(lessons, mine...)
				continue
			}
		}
		lessons = append(lessons, classroom.BundleLesson{Pack: l.Pack(l.Settings, now), Site: l.Article.Site})
	}
	if len(lessons) == 0 {
		return errors.New("there are no lessons in this computer's library to bundle")
	}
	var buf bytes.Buffer
	if err := classroom.WriteBundle(&buf, lessons); err != nil {
		return err
	}
	return writeOut(f.out, buf.Bytes(), stdout)
}

// bundleReport is lede import-bundle's output.
type bundleReport struct {
	File string `json:"file"`
	store.BundleReport
}

// importBundle reads a bundle whole, then adds its lessons in one
// transaction: a bundle Lede cannot use changes nothing. Where the
// teacher made a lesson their own and the bundle's differs, theirs is
// kept unless --replace; each kept lesson is named on stderr.
func importBundle(st *store.Store, f bundleFlags, stdout, stderr io.Writer) error {
	path := f.files[0]
	lessons, err := readBundleFile(path)
	if err != nil {
		return fmt.Errorf("import %q: %w; nothing was imported", path, err)
	}
	theirs := map[string]bool{}
	for _, l := range lessons {
		theirs[l.Key] = f.replace
	}
	rep, err := st.ImportBundle(lessons, theirs)
	if err != nil {
		return fmt.Errorf("import %q: %w; nothing was imported", path, err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(bundleReport{File: path, BundleReport: rep}); err != nil {
		return err
	}
	for _, l := range rep.Lessons {
		if l.Result == store.BundleKept {
			fmt.Fprintf(stderr, "lede: kept your own version of %q; the bundle's differs (run again with --replace to take it)\n", l.Title)
		}
	}
	return nil
}

// readBundleFile reads and checks a bundle file, no larger than a bundle
// may be.
func readBundleFile(path string) ([]classroom.BundleLesson, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, plainFileError(err)
	}
	if info.IsDir() {
		return nil, errors.New("that is a folder, not a bundle file")
	}
	if info.Size() > classroom.MaxBundle {
		return nil, classroom.ErrBundleTooLarge
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, plainFileError(err)
	}
	return classroom.ReadBundle(raw)
}
