package main

import (
	"fmt"
	"io"
	"os"

	"github.com/lede-app/lede/data/eval"
)

// runEval runs an evaluation set: "lede eval headlines FILE.jsonl".
func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 || args[0] != "headlines" {
		fmt.Fprintf(stderr, "lede: eval needs a task and a file, e.g. lede eval headlines FILE.jsonl\n\n%s", usage)
		return exitUsage
	}
	f, err := os.Open(args[1])
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	defer f.Close()
	sum, err := eval.Headlines(f, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "lede: %s: %v\n", args[1], err)
		return exitError
	}
	fmt.Fprint(stderr, sum.Table())
	return exitOK
}
