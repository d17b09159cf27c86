//go:build !ci && !js && !wasm && !android && !ios && !mobile

package ui

import (
	"runtime"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// primaryScreenArea asks GLFW, which Fyne's window driver has started
// before the first window exists, for the primary monitor's work area.
// It runs on the main goroutine, as GLFW needs: in NewMain before the
// window shows, or in a menu's action.
func primaryScreenArea() (area fyne.Size, scale float32, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false // GLFW not started: leave the window as it is
		}
	}()
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return fyne.Size{}, 1, false
	}
	_, _, w, h := mon.GetWorkarea()
	return fyne.NewSize(float32(w), float32(h)), monitorScale(mon), true
}

// monitorScale is the scale Fyne gives windows on mon before the user's:
// none on macOS (its points are Fyne's units), the monitor's content
// scale on Windows, and on Linux its DPI over 120, as Fyne reckons it.
func monitorScale(mon *glfw.Monitor) float32 {
	switch runtime.GOOS {
	case "darwin":
		return 1
	case "windows":
		x, _ := mon.GetContentScale()
		return max(x, 1)
	}
	mm, _ := mon.GetPhysicalSize()
	mode := mon.GetVideoMode()
	if mm <= 0 || mode == nil {
		return 1
	}
	dpi := float32(mode.Width) / (float32(mm) / 25.4)
	if dpi > 1000 || dpi < 10 {
		return 1
	}
	return max(dpi/120, 1)
}
