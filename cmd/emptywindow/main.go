// Command emptywindow is the baseline Lede's start-up, idle and memory
// figures are measured against (docs/benchmarks.md): a Fyne window of
// Lede's size showing one label, doing nothing, built with the same tags.
// It takes Lede's --screenshot PATH and --timings, measured the same way
// (cmd/internal/winshot). A measuring instrument: never packaged.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"github.com/lede-app/lede/cmd/internal/winshot"
)

func main() {
	start := time.Now()
	screenshot := flag.String("screenshot", "", "render the window to this PNG file and exit")
	timings := flag.Bool("timings", false, "print the time to the first frame on stderr")
	flag.Parse()
	a := app.NewWithID("org.lede.baseline")
	w := a.NewWindow("Empty window")
	w.SetContent(widget.NewLabel("An empty window, for comparison."))
	w.Resize(fyne.NewSize(1200, 800))
	code := 0
	go func() {
		if *timings {
			if err := winshot.WaitFirstFrame(w); err == nil {
				fmt.Fprintf(os.Stderr, "first frame: %d ms\n", time.Since(start).Milliseconds())
			}
		}
		if *screenshot != "" {
			if err := winshot.Capture(w, *screenshot, 0); err != nil {
				fmt.Fprintln(os.Stderr, "emptywindow:", err)
				code = 1
			}
			fyne.Do(a.Quit)
		}
	}()
	w.ShowAndRun()
	os.Exit(code)
}
