package interp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzCompile feeds arbitrary source to the whole front end — lexer,
// parser and compiler — which must return a program or a perl-style error,
// never panic. (Running fuzzed programs is left out: they could touch
// files and the network.)
func FuzzCompile(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/scripts/*.pl")
	for _, path := range seeds {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		prog, err := Compile("fuzz.pl", src)
		if err == nil && prog == nil {
			t.Fatal("Compile returned neither a program nor an error")
		}
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("internal error: %v", err)
		}
	})
}
