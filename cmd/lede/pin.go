package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/lede-app/lede/data/store"
)

// studentDataVerbs read or change students' answers, grades or names.
// With a teacher PIN set on this computer they ask for it, as the
// window's Teacher menu does: otherwise the PIN would guard only the
// window, and anyone at the laptop could type `lede grades`.
var studentDataVerbs = map[string]bool{"results": true, "import-results": true, "grades": true, "roster": true}

// pinEnv lets a script give the PIN without a terminal.
const pinEnv = "LEDE_PIN"

var errNeedPIN = errors.New("this computer has a teacher PIN: run the command in a terminal and type the PIN when asked, or give it in LEDE_PIN")
var errWrongPIN = errors.New("that teacher PIN is not right")

// requirePIN asks for the teacher PIN when one is set: from LEDE_PIN, or
// typed at the terminal without being shown. Wrong PINs count against
// the same limit as in the window.
func requirePIN(st *store.Store, stdin *os.File, stderr io.Writer) error {
	has, err := st.HasTeacherPIN()
	if err != nil || !has {
		return err
	}
	pin, given := os.LookupEnv(pinEnv)
	if !given {
		fd := int(stdin.Fd())
		if !term.IsTerminal(fd) {
			return errNeedPIN
		}
		fmt.Fprint(stderr, "Teacher PIN: ")
		typed, err := term.ReadPassword(fd)
		fmt.Fprintln(stderr)
		if err != nil {
			return fmt.Errorf("read the PIN: %w", err)
		}
		pin = string(typed)
	}
	ok, err := st.CheckTeacherPIN(pin)
	switch {
	case err != nil:
		return err
	case !ok:
		return errWrongPIN
	}
	return nil
}
