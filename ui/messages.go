package ui

import (
	"errors"
	"strings"
	"unicode"

	"github.com/lede-app/lede/data/article"
	"github.com/lede-app/lede/data/classroom"
	"github.com/lede-app/lede/data/lesson"
	"github.com/lede-app/lede/data/store"
)

// friendlyMessages say what went wrong, and what to do, in a teacher's or
// a student's words.
var friendlyMessages = []struct {
	err  error
	text string
}{
	{store.ErrCorrupt, "Lede's progress file is damaged, so answers cannot be saved. Ask your teacher: the file can be moved aside and Lede will start a new one."},
	{store.ErrReadOnly, "Lede cannot save answers: this computer does not let it write in its folder. Ask your teacher to check where Lede keeps its data."},
	{store.ErrLocked, "Lede is already open in another window. Close the other copy and try again; your answer is still here."},
	{store.ErrNewer, "This progress file comes from a newer version of Lede. Please update Lede on this computer."},
	{article.ErrEmpty, "That file is empty: there is no article in it."},
	{article.ErrBinary, "That is not a text file. Save the article as plain text (.txt) and open it again."},
	{article.ErrNotUTF8, "Lede cannot read the letters in that file. Open it in Notepad or a word processor, save it again as plain text (.txt; where it asks for an encoding, choose UTF-8), and open that in Lede."},
	{article.ErrTooLarge, "That file is too long to be a news article."},
	{article.ErrNoBody, "No article text was found in that file."},
}

// plainErrors already speak to a teacher: their own text is the message.
var plainErrors = []error{
	classroom.ErrNotLede, classroom.ErrNewer, classroom.ErrTampered, classroom.ErrUnsafe,
	classroom.ErrTooLarge, classroom.ErrNoNames, store.ErrBadPIN,
	classroom.ErrBundleTooLarge, classroom.ErrPackNotBundle, classroom.ErrUnusable, classroom.ErrEmptyBundle,
	article.ErrPDF, article.ErrZipped, article.ErrOldWord, article.ErrRTF, store.ErrNotFound, store.ErrInternal, store.ErrBusy, store.ErrNotAFile, store.ErrDamagedQuestions, lesson.ErrPackMismatch, lesson.ErrResultsFile,
}

// Friendly returns the plain-words message for an error.
func Friendly(err error) string {
	var wait *store.WaitError
	if errors.As(err, &wait) {
		return "Too many wrong PINs. Wait " + store.RoundWait(wait.Wait) + ", then try again."
	}
	for _, m := range friendlyMessages {
		if errors.Is(err, m.err) {
			return m.text
		}
	}
	for _, p := range plainErrors {
		if errors.Is(err, p) {
			// Drop the "store: import results:" context before the plain
			// words; keep the detail after a bare "not found:".
			msg := err.Error()
			if i := strings.Index(msg, p.Error()); i >= 0 {
				msg = msg[i:]
			}
			if rest, ok := strings.CutPrefix(msg, store.ErrNotFound.Error()+": "); ok {
				msg = rest
			}
			return asSentence(msg)
		}
	}
	return "Something went wrong: " + err.Error()
}

// asSentence is msg with a capital and a closing full stop, where it
// has none: the message for a Word file ended on "… Paste an article"
// (an independent audit of issue 11).
func asSentence(msg string) string {
	msg = upperFirst(strings.TrimSpace(msg))
	if msg != "" && !strings.ContainsAny(msg[len(msg)-1:], ".!?)”\"") {
		msg += "."
	}
	return msg
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
