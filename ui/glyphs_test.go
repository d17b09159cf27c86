package ui

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
)

// TestWordsUseTheThemesGlyphs: every character in the text Lede shows —
// the window's strings and the messages of the packages behind it — is in
// the theme's font. A character it lacks (✔, ▸, ↑) makes Fyne find a
// system font to draw it: 13 MB more memory on a test machine, and an
// empty box on a laptop with no such font (issue 16: memory).
func TestWordsUseTheThemesGlyphs(t *testing.T) {
	var faces []*font.Face
	for _, res := range [][]byte{theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content(),
		theme.DefaultTextItalicFont().Content(), theme.DefaultTextBoldItalicFont().Content()} {
		f, err := font.ParseTTF(bytes.NewReader(res))
		if err != nil {
			t.Fatal(err)
		}
		faces = append(faces, f)
	}
	var files []string
	for _, dir := range []string{".", "../data/lesson", "../data/store", "../data/classroom", "../data/quiz", "../data/grading"} {
		found, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		files = append(files, found...)
	}
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if matchedNotShown(n) {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			for _, r := range s {
				if r < 0x80 || r == '\ufffd' {
					continue
				}
				missing := false
				for _, f := range faces {
					if _, ok := f.NominalGlyph(r); !ok {
						missing = true
					}
				}
				if missing {
					t.Errorf("%s: %q (%U) is not in the theme's font", fset.Position(lit.Pos()), r, r)
				}
			}
			return true
		})
	}
}

// matchedNotShown reports whether n builds a pattern or a set of marks
// that text is matched against (regexp.MustCompile, lazyre.New,
// newFoldMarks): its characters are read in answers and articles, never
// drawn ("−" and "≈" in the quiz's below-zero patterns).
func matchedNotShown(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		return fun.Name == "newFoldMarks"
	case *ast.SelectorExpr:
		pkg, ok := fun.X.(*ast.Ident)
		return ok && (pkg.Name == "regexp" && strings.HasPrefix(fun.Sel.Name, "MustCompile") || pkg.Name == "lazyre" && fun.Sel.Name == "New")
	}
	return false
}
