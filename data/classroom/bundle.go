package classroom

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/grading"
	"github.com/lede-app/lede/data/quiz"
)

// A lesson bundle carries several lessons from one teacher's library to
// another's, on a USB stick or a shared drive. It is an archive like the
// others (a manifest with each entry's checksum) holding bundle.json, the
// list of its lessons with the sharing teacher's tags, and each lesson as
// a lesson pack, byte for byte a .ledelesson file under lessons/: every
// pack is read and checked as one opened alone would be.
const (
	bundleFormat  = "lede-lesson-bundle"
	bundleVersion = 1
	// BundleExt is a lesson bundle's file extension.
	BundleExt = ".ledebundle"
	// MaxBundle bounds a bundle file; readers check it before reading.
	MaxBundle = 64 << 20
	// MaxBundleLessons bounds the lessons in one bundle: a department's
	// year of lessons, far fewer than a file swelled by hand.
	MaxBundleLessons = 200
)

// Errors for bundles Lede will not read or write, in a teacher's words.
var (
	ErrBundleTooLarge = fmt.Errorf("this bundle is larger than Lede's limit of %d MB or %d lessons: share the lessons in two bundles",
		MaxBundle>>20, MaxBundleLessons)
	ErrPackNotBundle = errors.New("this is a single lesson pack, not a bundle of lessons: open it with File › Open lesson")
	// ErrUnusable is a lesson in a bundle that Lede cannot ask or check:
	// a question with no answer key or with evidence outside its article,
	// settings no Lede writes, or an article that is not the one the
	// lesson's key names.
	ErrUnusable = errors.New("a lesson in this bundle cannot be used")
	// ErrEmptyBundle is a bundle asked for with no lesson in it.
	ErrEmptyBundle = errors.New("choose at least one lesson to put in the bundle")
)

// bundleLimits: each entry is a lesson pack, at most as large as one.
var bundleLimits = limits{file: MaxBundle, entry: MaxFile, entries: MaxBundleLessons + 1, total: 2 * MaxBundle,
	tooLarge: ErrBundleTooLarge}

// BundleLesson is one lesson in a bundle: the pack and the library's
// details that travel with it.
type BundleLesson struct {
	Pack
	// Tags are the sharing teacher's tags ("year 8 elections").
	Tags string
	// Site is the publication the article names. ReadBundle reads it from
	// the article; WriteBundle does not write it.
	Site string
}

// bundleIndex is bundle.json: the lessons in order, each with its file.
type bundleIndex struct {
	Lessons []bundleEntry `json:"lessons"`
}

type bundleEntry struct {
	File  string `json:"file"`
	Key   string `json:"key"`
	Title string `json:"title"`
	Tags  string `json:"tags,omitempty"`
}

// Bounds on the words a bundle carries besides its packs.
const (
	maxTitle = 500
	maxTags  = 500
	// maxAttempts bounds the tries a lesson may allow: no teacher sets
	// more, and a hand-made file should not ask for a million.
	maxAttempts = 100
)

// KeyOf is the key of a lesson whose article text (as Lede read it) is
// source: the first 8 bytes of its SHA-256, in hex, as data/lesson makes
// it. The same article is the same lesson on every computer.
func KeyOf(source string) string {
	sum := sha256.Sum256([]byte(source))
	return hex.EncodeToString(sum[:8])
}

// WriteBundle writes lessons, in the order given, as a lesson bundle
// (.ledebundle). Each must be a lesson a pack can hold; two lessons with
// one key are refused, as ReadBundle would refuse them.
func WriteBundle(w io.Writer, lessons []BundleLesson) error {
	if len(lessons) == 0 {
		return fmt.Errorf("write lesson bundle: %w", ErrEmptyBundle)
	}
	if len(lessons) > MaxBundleLessons {
		return fmt.Errorf("write lesson bundle: %w", ErrBundleTooLarge)
	}
	entries := map[string][]byte{}
	var index bundleIndex
	seen := map[string]bool{}
	size := 0
	for i, l := range lessons {
		if seen[l.Key] {
			return fmt.Errorf("write lesson bundle: the lesson %q is in it twice", l.Title)
		}
		seen[l.Key] = true
		var pack bytes.Buffer
		if err := WritePack(&pack, l.Pack); err != nil {
			return fmt.Errorf("write lesson bundle: %q: %w", l.Title, err)
		}
		if size += pack.Len(); size > MaxBundle {
			return fmt.Errorf("write lesson bundle: %w", ErrBundleTooLarge)
		}
		name := fmt.Sprintf("lessons/%03d-%s.ledelesson", i+1, slug(l.Title))
		entries[name] = pack.Bytes()
		index.Lessons = append(index.Lessons, bundleEntry{File: name, Key: l.Key, Title: l.Title,
			Tags: strings.Join(strings.Fields(l.Tags), " ")})
	}
	body, err := json.MarshalIndent(index, "", "  ")
	if err != nil {
		return fmt.Errorf("write lesson bundle: %w", err)
	}
	entries["bundle.json"] = body
	return writeArchive(w, bundleFormat, bundleVersion, entries)
}

// ReadBundle reads a lesson bundle whole, refusing it — every lesson in
// it — if any part is damaged, altered, unsafe, too large, of a newer
// version, or a lesson Lede cannot use: it is checked as a teacher's
// lesson pack is when a student opens it, and besides, each lesson's key
// must be its article's. An error about one lesson names it.
func ReadBundle(raw []byte) ([]BundleLesson, error) {
	entries, err := readArchiveWithin(raw, bundleFormat, bundleVersion, bundleLimits)
	if errors.Is(err, ErrNotLede) {
		if _, perr := ReadPack(raw); perr == nil {
			return nil, ErrPackNotBundle
		}
	}
	if err != nil {
		return nil, err
	}
	var index bundleIndex
	if err := json.Unmarshal(entries["bundle.json"], &index); err != nil || len(index.Lessons) == 0 {
		return nil, ErrNotLede
	}
	if len(index.Lessons) != len(entries)-1 {
		return nil, fmt.Errorf("%w: its list of lessons does not match the lessons it holds", ErrNotLede)
	}
	out := make([]BundleLesson, 0, len(index.Lessons))
	keys := map[string]bool{}
	for i, e := range index.Lessons {
		body, ok := entries[e.File]
		if !ok || e.File == "bundle.json" || !strings.HasPrefix(e.File, "lessons/") {
			return nil, fmt.Errorf("%w: its list of lessons does not match the lessons it holds", ErrNotLede)
		}
		delete(entries, e.File) // a file listed twice is then missing
		l, err := readBundleLesson(body, e)
		if err != nil {
			return nil, lessonError{n: i + 1, title: e.Title, err: err}
		}
		if keys[l.Key] {
			return nil, lessonError{n: i + 1, title: e.Title, err: fmt.Errorf("%w: the bundle holds this lesson twice", ErrNotLede)}
		}
		keys[l.Key] = true
		out = append(out, l)
	}
	return out, nil
}

// readBundleLesson reads and checks one lesson of a bundle.
func readBundleLesson(raw []byte, e bundleEntry) (BundleLesson, error) {
	p, err := ReadPack(raw)
	if err != nil {
		return BundleLesson{}, err
	}
	if p.Key != e.Key || p.Title != e.Title {
		return BundleLesson{}, ErrTampered
	}
	if !plainText(p.Title, maxTitle) || strings.TrimSpace(p.Title) == "" || !plainText(e.Tags, maxTags) {
		return BundleLesson{}, fmt.Errorf("%w: its title or tags are not a lesson's", ErrNotLede)
	}
	if err := checkSettings(p.Settings); err != nil {
		return BundleLesson{}, err
	}
	if KeyOf(p.Article) != p.Key {
		return BundleLesson{}, fmt.Errorf("%w: its article is not the one its key names, so it could pass for another lesson", ErrUnusable)
	}
	a, err := article.Read([]byte(p.Article))
	if err != nil {
		return BundleLesson{}, fmt.Errorf("%w: %w", ErrUnusable, err)
	}
	if err := quiz.ValidateAll(p.Questions, len(a.Source), len(a.Sentences)); err != nil {
		return BundleLesson{}, fmt.Errorf("%w: %w", ErrUnusable, err)
	}
	return BundleLesson{Pack: p, Tags: strings.Join(strings.Fields(e.Tags), " "), Site: a.Site}, nil
}

// checkSettings refuses settings that no Lede writes.
func checkSettings(s Settings) error {
	switch {
	case s.Attempts < 0 || s.Attempts > maxAttempts:
		return fmt.Errorf("%w: it allows %d tries per question", ErrUnusable, s.Attempts)
	case s.Reveal != RevealAfterLastTry && s.Reveal != RevealAfterHandIn && s.Reveal != RevealNever:
		return fmt.Errorf("%w: it shows answers %q, which Lede does not know", ErrUnusable, s.Reveal)
	case !slices.Contains(grading.Rules, s.Counts):
		return fmt.Errorf("%w: it counts the %q try, which Lede does not know", ErrUnusable, s.Counts)
	}
	return nil
}

// plainText reports whether s is valid UTF-8 of at most max bytes with
// no control characters.
func plainText(s string, max int) bool {
	return len(s) <= max && utf8.ValidString(s) && !strings.ContainsFunc(s, unicode.IsControl)
}

// lessonError is a bundle refused for one of its lessons: the reason in
// plain words first (so a message may start there), then which lesson.
type lessonError struct {
	n     int
	title string
	err   error
}

func (e lessonError) Error() string {
	title := e.title
	if !plainText(title, maxTitle) {
		title = "with no usable title"
	}
	return fmt.Sprintf("%v (the bundle's lesson %d, %q)", e.err, e.n, title)
}

func (e lessonError) Unwrap() error { return e.err }

// slug makes a title a short, plain file name: lower-case letters and
// digits with hyphens, at most 40 bytes; "lesson" when nothing is left.
func slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(title) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		} else {
			hyphen = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	if b.Len() == 0 {
		return "lesson"
	}
	return b.String()
}
