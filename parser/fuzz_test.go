package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary source to the lexer and parser: they must
// return a tree or an error, never panic or hang.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/scripts/*.pl")
	ex, _ := filepath.Glob("../examples/*.pl")
	for _, path := range append(seeds, ex...) {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`print SOCK "x";`))
	f.Add([]byte(`$x = "@{[ 1+ ]}";`))
	f.Fuzz(func(t *testing.T, src []byte) {
		prog, err := Parse("fuzz.pl", src)
		if err == nil && prog == nil {
			t.Fatal("Parse returned neither a program nor an error")
		}
	})
}
