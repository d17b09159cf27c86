package main

import (
	"fmt"
	"io"
	"os"

	"github.com/lede-app/lede/data/eval"
)

// runEval runs an evaluation set: "lede eval headlines|answers FILE.jsonl".
func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 || (args[0] != "headlines" && args[0] != "answers") {
		fmt.Fprintf(stderr, "lede: eval needs a task and a file, e.g. lede eval headlines FILE.jsonl\n\n%s", usage)
		return exitUsage
	}
	f, err := os.Open(args[1])
	if err != nil {
		fmt.Fprintf(stderr, "lede: %v\n", err)
		return exitError
	}
	defer f.Close()
	var table string
	if args[0] == "headlines" {
		sum, e := eval.Headlines(f, stdout)
		table, err = sum.Table(), e
	} else {
		sum, e := eval.Answers(f, stdout)
		table, err = sum.Table(), e
	}
	if err != nil {
		fmt.Fprintf(stderr, "lede: %s: %v\n", args[1], err)
		return exitError
	}
	fmt.Fprint(stderr, table)
	return exitOK
}
