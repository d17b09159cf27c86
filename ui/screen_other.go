//go:build ci || js || wasm || android || ios || mobile

package ui

import "fyne.io/fyne/v2"

// primaryScreenArea is unknown here (tests, and systems where the
// operating system sizes the window itself).
func primaryScreenArea() (fyne.Size, float32, bool) { return fyne.Size{}, 1, false }
