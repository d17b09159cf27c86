package quiz

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// TestEveryKindIsComplete parses this package for Kind constants and
// checks each has a full entry in the kinds table: a kind added without
// a checker would otherwise be judged by some other kind's rules.
func TestEveryKindIsComplete(t *testing.T) {
	names, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	found := 0
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			v, ok := n.(*ast.ValueSpec)
			if !ok || v.Type == nil || len(v.Values) != 1 {
				return true
			}
			if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "Kind" {
				return true
			}
			lit, ok := v.Values[0].(*ast.BasicLit)
			if !ok {
				return true
			}
			name, _ := strconv.Unquote(lit.Value)
			found++
			spec, ok := kinds[Kind(name)]
			switch {
			case !ok:
				t.Errorf("kind %q has no entry in the kinds table", name)
			case spec.Label == "" || spec.check == nil:
				t.Errorf("kind %q lacks a label or a checker", name)
			}
			return true
		})
	}
	if found < 8 {
		t.Fatalf("found %d Kind constants; the parse missed some", found)
	}
}

func TestUnknownKindIsNotGuessed(t *testing.T) {
	q := Question{Kind: "essay", Answer: "Paris", Accepted: []string{"Paris"}}
	if r := Check(q, "Paris"); r.Verdict != Unclear {
		t.Errorf("an unknown kind was judged %v; want unclear", r.Verdict)
	}
}
