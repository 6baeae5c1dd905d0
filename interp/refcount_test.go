package interp_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/miniperl/miniperl/interp"
)

// TestScriptsRefCounted runs the whole script corpus with reference
// counting compiled in (as programs with DESTROY get it): counting must
// never change what a program prints.
func TestScriptsRefCounted(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus again with reference counting; not in -short")
	}
	for _, stem := range listScripts(t) {
		t.Run(filepath.Base(stem), func(t *testing.T) {
			t.Parallel()
			s := loadScript(t, stem)
			want := loadGolden(t, stem)
			ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
			defer cancel()
			prog, err := interp.CompileWith(s.name, s.src, interp.CompileOptions{RefCounts: true})
			var got result
			if err != nil {
				got = result{stderr: strings.TrimSuffix(err.Error(), "\n") + "\n", exit: 255}
			} else {
				var stdout, stderr bytes.Buffer
				it := interp.New(prog, interp.Config{
					Stdin: bytes.NewReader(s.stdin), Stdout: &stdout, Stderr: &stderr,
					Args: s.args, Env: scriptEnv(), ScriptName: s.name,
				})
				status := it.Run(ctx)
				got = result{stdout: stdout.String(), stderr: stderr.String(), exit: status}
			}
			compareResult(t, "miniperl (reference counted)", got, want)
		})
	}
}

// BenchmarkProgramRefCounted is BenchmarkProgram with reference counting
// compiled in, to measure what counting costs a program with DESTROY.
func BenchmarkProgramRefCounted(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(benchProgramsDir, "*.pl"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no programs in %s: %v", benchProgramsDir, err)
	}
	for _, path := range paths {
		b.Run(strings.TrimSuffix(filepath.Base(path), ".pl"), func(b *testing.B) {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			prog, err := interp.CompileWith(filepath.Base(path), src, interp.CompileOptions{RefCounts: true})
			if err != nil {
				b.Fatal(err)
			}
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
