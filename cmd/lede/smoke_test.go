//go:build !ci

package main

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/app"
)

// TestSmokeScreenshot builds the real binary, opens the real window on the
// sample lesson under the display (Xvfb in `make test`), checks an answer
// and renders the window to PNG, then checks the picture is a real one.
func TestSmokeScreenshot(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		if os.Getenv("LEDE_REQUIRE_DISPLAY") != "" {
			t.Fatal("no DISPLAY: run this test under xvfb-run (make test-smoke)")
		}
		t.Skip("no DISPLAY: run under xvfb-run (make test-smoke)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "lede")
	build := exec.Command("go", "build", "-tags", "no_animations", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	shot := filepath.Join(dir, "shot.png")
	cmd := exec.Command(bin, "--data", filepath.Join(dir, "data"), "--screenshot", shot, "--question", "2", "--answer", "no")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lede --screenshot: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 1000 || b.Dy() < 700 {
		t.Errorf("screenshot is %v; want about 1200×800", b.Size())
	}
	if n := distinctColours(img, 64); n < 64 {
		t.Errorf("screenshot has %d distinct colours; a blank window has a handful", n)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "lede.db")); err != nil {
		t.Errorf("--data did not hold the database: %v", err)
	}
}

func distinctColours(img image.Image, enough int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= enough {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// TestSmokeNoAnimations: the app is built without Fyne's animations. A
// blinking cursor repaints the whole window about ten times a second:
// a fifth of a laptop's core while a student only reads (issue 16).
func TestSmokeNoAnimations(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no DISPLAY: run under xvfb-run (make test-smoke)")
	}
	a := app.NewWithID("org.lede.test")
	if a.Settings().ShowAnimations() {
		t.Error("Fyne's animations are on: build with -tags no_animations (the Makefile's APP_TAGS)")
	}
}
