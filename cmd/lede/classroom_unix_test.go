//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImportResultsRefusesDevicesAndPipes: `lede import-results` reads
// only ordinary files, checked before they are opened (issue 16: a link
// to /dev/zero grew until the system killed Lede; a pipe blocked).
func TestImportResultsRefusesDevicesAndPipes(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "pipe.lederesults")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan string)
	go func() {
		_, out, errs := runCLI("import-results", "/dev/zero", pipe, "--data", t.TempDir())
		done <- out + errs
	}()
	select {
	case said := <-done:
		if strings.Count(said, "not an ordinary file") != 2 {
			t.Errorf("said %q; want both refused as not ordinary files", said)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("import-results blocked on a pipe or a device")
	}
}
