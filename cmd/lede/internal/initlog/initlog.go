// Package initlog holds back what packages log while the program starts.
// Fyne's translations, set up when its packages are initialised, log
// "Error parsing user locale C" under the C locale — Debian's default
// for scripts and services — so every headless verb printed three lines
// of noise on stderr. This package is initialised before Fyne's: Go
// initialises packages in import-path order as their imports allow
// (the spec's "Package initialization"), and Fyne's lang package waits
// for github.com/nicksnyder/go-i18n, which sorts after this one. A test
// runs the built binary under LANG=C.UTF-8 to keep that true.
package initlog

import (
	"bytes"
	"io"
	"log"
	"sync"
)

var (
	mu   sync.Mutex
	held bytes.Buffer
)

func init() { log.SetOutput(writer{}) }

type writer struct{}

func (writer) Write(p []byte) (int, error) {
	mu.Lock()
	defer mu.Unlock()
	return held.Write(p)
}

// Release sends later log lines to w, and the lines held back since the
// program started too when replay is true (the window shows Fyne's
// messages as before; headless verbs drop them).
func Release(w io.Writer, replay bool) {
	mu.Lock()
	defer mu.Unlock()
	if replay {
		w.Write(held.Bytes())
	}
	held.Reset()
	log.SetOutput(w)
}
