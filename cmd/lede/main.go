// Command lede is Lede, the media-literacy reading app. With no verb it
// opens the window on a lesson (the bundled sample when no file is given);
// with a verb it runs the same pipeline headless and prints JSON:
//
//	lede [--data DIR] [FILE]                 open the app
//	lede --screenshot PATH [--question N] [--answer TEXT] [FILE]
//	lede extract FILE                         article, facts and flags
//	lede quiz FILE [--count N]                the generated questions
//	lede check FILE --question ID --answer TEXT
//	lede export --format moodle|gift|qti|qti12|xlsx|csv LESSON -o OUT
//	                                          for Moodle, Canvas, other platforms or a quiz game
package main

import (
	"os"
	"time"

	"github.com/lede-app/lede/cmd/lede/internal/initlog"
)

// started is when the program started, near enough: package variables
// are set before main runs. --timings counts from it.
var started = time.Now()

func main() {
	// The verb may come after the global --data (takeDataFlag).
	verbArgs, _ := takeDataFlag(os.Args[1:])
	initlog.Release(os.Stderr, !isHeadless(verbArgs))
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// version is FyneApp.toml's version, set by the Makefile's -ldflags
// (-X main.version=…) for builds that fyne package does not make.
var version string

// versionOrUnknown is the build's version, or says it was built without
// one (a plain go build, not make).
func versionOrUnknown() string {
	if version == "" {
		return "(version unknown: built without make)"
	}
	return version
}

// appVersion is the version to show: the packaged app's metadata, else
// the build's.
func appVersion(packaged string) string {
	if packaged != "" {
		return packaged
	}
	return version
}
