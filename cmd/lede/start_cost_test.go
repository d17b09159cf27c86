package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// initLine is one package's line of GODEBUG=inittrace=1: "init PKG @T ms,
// CLOCK ms clock, BYTES bytes, ALLOCS allocs".
var initLine = regexp.MustCompile(`^init (\S+) @\S+ ms, (\S+) ms clock, (\d+) bytes, \d+ allocs`)

// TestVerbsPayLittleBeforeWork: Lede's own packages allocate under 4 MiB
// while they start, before main: every verb pays for that, `lede help`
// too (issue 16, CLI start: every verb paid about 50 ms loading the
// sentence splitter's data and compiling the rules' patterns). Counted in
// bytes, not milliseconds, so a loaded machine cannot make it pass or
// fail: the rules' ~230 patterns compiled at start allocate about 52 MB
// (lazyre.New compiling at once), the lazy start about 0.5 MB.
func TestVerbsPayLittleBeforeWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "lede")
	if out, err := exec.Command("go", "build", "-tags", "ci", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("lede help: %v\n%s", err, stderr.String())
	}
	var total int
	var clock float64
	seen := 0
	for line := range strings.Lines(stderr.String()) {
		m := initLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil || !strings.HasPrefix(m[1], "github.com/lede-app/lede/") {
			continue
		}
		seen++
		n, _ := strconv.Atoi(m[3])
		ms, _ := strconv.ParseFloat(m[2], 64)
		total += n
		clock += ms
	}
	if seen == 0 {
		t.Fatalf("GODEBUG=inittrace=1 printed no line for Lede's packages:\n%s", stderr.String())
	}
	t.Logf("%d of Lede's packages started in %.1f ms, allocating %d bytes", seen, clock, total)
	if total > 4<<20 {
		t.Errorf("Lede's packages allocate %d bytes before main; want under 4 MiB (patterns compiled, or data loaded, at start?)", total)
	}
}
