package interp_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/miniperl/miniperl/interp"
)

// benchProgramsDir holds the programs of the perl comparison suite
// (bench/cmd/compare), relative to this package's directory.
const benchProgramsDir = "../bench/programs"

// BenchmarkStartup measures the in-process cost of starting a script:
// compiling, setting up and running the empty program `1;`.
func BenchmarkStartup(b *testing.B) {
	src := []byte("1;")
	b.ReportAllocs()
	for b.Loop() {
		prog, err := interp.Compile("-e", src)
		if err != nil {
			b.Fatal(err)
		}
		if status := interp.New(prog, interp.Config{}).Run(context.Background()); status != 0 {
			b.Fatalf("exit status %d", status)
		}
	}
}

// BenchmarkCompileExample measures parsing and compiling
// examples/server.pl, a typical small socket script.
func BenchmarkCompileExample(b *testing.B) {
	src, err := os.ReadFile("../examples/server.pl")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := interp.Compile("server.pl", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProgram runs each bench/programs/*.pl in-process, compiled
// once, with its output discarded: the interpreter's share of what
// bench/cmd/compare measures, without process start-up, and the place to
// take CPU profiles from:
//
//	go test ./interp -run '^$' -bench 'Program/int_loop' -cpuprofile cpu.out
func BenchmarkProgram(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(benchProgramsDir, "*.pl"))
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Fatalf("no programs in %s", benchProgramsDir)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".pl")
		b.Run(name, func(b *testing.B) {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			prog, err := interp.Compile(filepath.Base(path), src)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				var stderr strings.Builder
				it := interp.New(prog, interp.Config{Stdout: io.Discard, Stderr: &stderr})
				if status := it.Run(context.Background()); status != 0 {
					b.Fatalf("exit status %d: %s", status, stderr.String())
				}
			}
		})
	}
}
