package regex

import (
	"strings"
	"testing"
)

var benchLine = "configuration_key   the value of this line, with some words in it\n"

var benchText = strings.Repeat("the quick brown fox jumps over the lazy dog\n", 200) + "needle here\n"

func benchEngines(b *testing.B, pat string, run func(b *testing.B, re *Regexp)) {
	for _, e := range []struct {
		name string
		opts Options
	}{{"auto", Options{}}, {"backtrack", Options{BacktrackOnly: true}}} {
		b.Run(e.name, func(b *testing.B) {
			re, err := CompileOptions(pat, "", e.opts)
			if err != nil {
				b.Fatal(err)
			}
			run(b, re)
		})
	}
}

// BenchmarkLiteral searches 9 KB of text for a literal near its end.
func BenchmarkLiteral(b *testing.B) {
	benchEngines(b, `needle`, func(b *testing.B, re *Regexp) {
		var sc Scratch
		b.SetBytes(int64(len(benchText)))
		for i := 0; i < b.N; i++ {
			if loc, _ := re.Exec(&sc, benchText, 0, 0); loc == nil {
				b.Fatal("no match")
			}
		}
	})
}

// BenchmarkLineParse parses a key and a value out of one line.
func BenchmarkLineParse(b *testing.B) {
	benchEngines(b, `^(\w+)\s+(.*)$`, func(b *testing.B, re *Regexp) {
		b.SetBytes(int64(len(benchLine)))
		for i := 0; i < b.N; i++ {
			line := benchLine
			if loc, ok := re.MatchAt(line, 0); !ok || loc[5] != len(line)-1 {
				b.Fatal("bad match", loc)
			}
		}
	})
}

// BenchmarkSplitSpace splits 9 KB of text on /\s+/.
func BenchmarkSplitSpace(b *testing.B) {
	benchEngines(b, `\s+`, func(b *testing.B, re *Regexp) {
		var sc Scratch
		b.SetBytes(int64(len(benchText)))
		for i := 0; i < b.N; i++ {
			if f, err := re.SplitIndex(&sc, benchText, 0); err != nil || len(f) != 2*1802 {
				b.Fatal("bad split", len(f)/2, err)
			}
		}
	})
}

// BenchmarkTrCount counts lowercase letters, tr/a-z//.
func BenchmarkTrCount(b *testing.B) {
	tr, err := CompileTr("a-z", "", "")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		if _, n := tr.Apply(benchText); n == 0 {
			b.Fatal("no count")
		}
	}
}

// BenchmarkTrMap maps lowercase to uppercase, tr/a-z/A-Z/.
func BenchmarkTrMap(b *testing.B) {
	tr, err := CompileTr("a-z", "A-Z", "")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		tr.Apply(benchText)
	}
}

// BenchmarkCompile compiles a mid-sized pattern.
func BenchmarkCompile(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Compile(`(?<key>\w+)\s*=\s*(?<val>"[^"]*"|\S+)(?:\s*#.*)?$`, "i"); err != nil {
			b.Fatal(err)
		}
	}
}
