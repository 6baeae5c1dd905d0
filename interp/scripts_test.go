package interp_test

// The script corpus: every testdata/scripts/NAME.pl runs through the
// interpreter in-process and must print exactly what perl printed when the
// golden files were made. The golden files are never written by hand:
//
//	go test ./interp -run TestScripts -update
//	go test ./interp -run TestScripts -update -update.match '^regex_'
//
// regenerates them all from perl (it refuses to run without perl).
//
// Files of one script, all beside NAME.pl:
//
//	NAME.out   expected stdout (required, may be empty)
//	NAME.err   expected stderr (compared only when the file exists)
//	NAME.exit  expected exit status (only when not 0)
//	NAME.in    stdin (optional; empty input otherwise)
//	NAME.args  arguments, one a line (optional); "a\n\nb\n" is "a", "", "b"

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/miniperl/miniperl/interp"
)

var (
	update      = flag.Bool("update", false, "rewrite the golden files of testdata/scripts from perl's output")
	updateMatch = flag.String("update.match", "", "with -update, rewrite only the goldens of scripts whose name matches this regular expression")
)

const (
	// scriptsDir is the corpus, relative to this package's directory (go
	// test runs in it).
	scriptsDir = "../testdata/scripts"
	// scriptTimeout bounds one run of one script. The scripts are small;
	// only a hang comes near it.
	scriptTimeout = 10 * time.Second
	// stopGrace is how long a run may take to return once its context has
	// expired before the harness gives up on it.
	stopGrace = 5 * time.Second
)

// Extensions of the files that belong to a script.
var scriptFileExts = []string{".pl", ".out", ".err", ".exit", ".in", ".args"}

// script is one test program with its inputs.
type script struct {
	name  string   // base name as perl is given it, e.g. "fizzbuzz.pl"
	stem  string   // path without ".pl", the prefix of the golden files
	src   []byte   // program text
	stdin []byte   // contents of NAME.in, nil without one
	args  []string // lines of NAME.args
}

// result is what one run of a script produced.
type result struct {
	stdout string
	stderr string
	exit   int
}

// golden is what a script is expected to produce.
type golden struct {
	stdout    string
	stderr    string
	hasStderr bool // NAME.err exists; otherwise stderr is not compared
	exit      int
}

// listScripts returns the stems of all scripts, sorted. An empty corpus
// is a failure: a harness that finds nothing must not pass.
func listScripts(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(scriptsDir, "*.pl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no scripts found in %s", scriptsDir)
	}
	sort.Strings(paths)
	stems := make([]string, len(paths))
	for i, p := range paths {
		stems[i] = strings.TrimSuffix(p, ".pl")
	}
	return stems
}

// readOptional returns a file's contents, or ok=false when it does not
// exist. Any other error fails the test.
func readOptional(t *testing.T, path string) (data []byte, ok bool) {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, false
	}
	if err != nil {
		t.Fatal(err)
	}
	return b, true
}

// parseArgs splits a .args file into arguments, one a line. A final
// newline ends the last line rather than starting an empty one, so that
// an empty argument needs an explicit empty line.
func parseArgs(data []byte) []string {
	if len(data) == 0 {
		return nil
	}
	s := strings.TrimSuffix(string(data), "\n")
	return strings.Split(s, "\n")
}

// loadScript reads a script and its inputs.
func loadScript(t *testing.T, stem string) script {
	t.Helper()
	src, err := os.ReadFile(stem + ".pl")
	if err != nil {
		t.Fatal(err)
	}
	s := script{name: filepath.Base(stem) + ".pl", stem: stem, src: src}
	s.stdin, _ = readOptional(t, stem+".in")
	if a, ok := readOptional(t, stem+".args"); ok {
		s.args = parseArgs(a)
	}
	return s
}

// loadGolden reads the expected results of a script. A missing .out is a
// failure, never a silent pass.
func loadGolden(t *testing.T, stem string) golden {
	t.Helper()
	out, ok := readOptional(t, stem+".out")
	if !ok {
		t.Fatalf("missing golden %s.out: run `go test ./interp -run TestScripts -update` with perl installed", stem)
	}
	g := golden{stdout: string(out)}
	if e, ok := readOptional(t, stem+".err"); ok {
		g.stderr, g.hasStderr = string(e), true
	}
	if x, ok := readOptional(t, stem+".exit"); ok {
		n, err := strconv.Atoi(strings.TrimSpace(string(x)))
		if err != nil {
			t.Fatalf("%s.exit: %v", stem, err)
		}
		if n == 0 {
			t.Fatalf("%s.exit says 0; a zero status is written as no .exit file", stem)
		}
		g.exit = n
	}
	return g
}

// scriptEnv is the environment of every run, in-process or perl's: the
// test's own, without the PERL* variables that would change perl's
// behaviour (PERL5OPT, PERL5LIB, PERL_UNICODE...), and in the C locale so
// that $! reads the same everywhere.
func scriptEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PERL") || strings.HasPrefix(kv, "LC_") || strings.HasPrefix(kv, "LANG") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}

// runMiniperl compiles and runs a script in-process the way cmd/miniperl
// does: the file name in messages and $0 are the script's base name, a
// compile error goes to stderr with status 255. A panic in the
// interpreter, or a run that outlives its deadline, fails the test
// instead of taking the whole test binary down.
func runMiniperl(t *testing.T, s script) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()

	type outcome struct {
		res   result
		panic string
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{panic: fmt.Sprintf("%v\n%s", r, debug.Stack())}
			}
		}()
		prog, err := interp.Compile(s.name, s.src)
		if err != nil {
			done <- outcome{res: result{
				stderr: strings.TrimSuffix(err.Error(), "\n") + "\n",
				exit:   255,
			}}
			return
		}
		var stdout, stderr bytes.Buffer
		it := interp.New(prog, interp.Config{
			Stdin:      bytes.NewReader(s.stdin),
			Stdout:     &stdout,
			Stderr:     &stderr,
			Args:       s.args,
			Env:        scriptEnv(),
			ScriptName: s.name,
		})
		status := it.Run(ctx)
		done <- outcome{res: result{stdout: stdout.String(), stderr: stderr.String(), exit: status}}
	}()

	select {
	case o := <-done:
		if o.panic != "" {
			t.Fatalf("interpreter panicked running %s: %s", s.name, o.panic)
		}
		return o.res
	case <-time.After(scriptTimeout + stopGrace):
		// The goroutine is abandoned: nothing else can be done with a run
		// that ignores its context.
		t.Fatalf("%s still running %v after its %v deadline", s.name, stopGrace, scriptTimeout)
		return result{}
	}
}

// runPerl runs a script under perl as `perl NAME.pl args...` from the
// scripts directory, so perl's messages name the file the same way.
func runPerl(perl string, s script) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, perl, append([]string{s.name}, s.args...)...)
	cmd.Dir = scriptsDir
	cmd.Env = scriptEnv()
	cmd.Stdin = bytes.NewReader(s.stdin)
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		return res, fmt.Errorf("perl %s: no result within %v", s.name, scriptTimeout)
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		res.exit = exitErr.ExitCode()
	case errors.As(err, &exitErr) && signalOf(exitErr) > 0:
		// Killed by a signal (SIGPIPE, SIGALRM): a shell's 128 + N, which
		// is the status miniperl returns for the same ending.
		res.exit = 128 + signalOf(exitErr)
	default:
		// Killed by a signal or not started: no status to record.
		return res, fmt.Errorf("perl %s: %v; stderr:\n%s", s.name, err, stderr.String())
	}
	return res, nil
}

// compareResult reports every difference between a run and the goldens.
func compareResult(t *testing.T, who string, got result, want golden) {
	t.Helper()
	if diff := cmp.Diff(want.stdout, got.stdout); diff != "" {
		t.Errorf("%s stdout differs from the golden (-want +got):\n%s", who, diff)
	}
	if want.hasStderr {
		if diff := cmp.Diff(want.stderr, got.stderr); diff != "" {
			t.Errorf("%s stderr differs from the golden (-want +got):\n%s", who, diff)
		}
	} else if got.stderr != "" {
		t.Logf("%s stderr (not compared, no .err golden):\n%s", who, got.stderr)
	}
	if got.exit != want.exit {
		t.Errorf("%s exit status = %d, want %d; stderr:\n%s", who, got.exit, want.exit, got.stderr)
	}
}

// writeGolden replaces a script's golden files with a perl result. Empty
// stderr and status 0 are written as no file, so stale ones are removed.
func writeGolden(stem string, r result) error {
	if err := os.WriteFile(stem+".out", []byte(r.stdout), 0o644); err != nil {
		return err
	}
	if err := writeOrRemove(stem+".err", r.stderr); err != nil {
		return err
	}
	exit := ""
	if r.exit != 0 {
		exit = strconv.Itoa(r.exit) + "\n"
	}
	return writeOrRemove(stem+".exit", exit)
}

// writeOrRemove writes content to path, or removes path when content is
// empty.
func writeOrRemove(path, content string) error {
	if content == "" {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	return os.WriteFile(path, []byte(content), 0o644)
}

// updateGoldens regenerates every golden from perl, one script at a time
// (scripts share nothing, but perl's output must not depend on load).
func updateGoldens(t *testing.T, stems []string) {
	t.Helper()
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Fatalf("-update makes the goldens from perl, and perl is not on PATH: %v", err)
	}
	only, err := regexp.Compile(*updateMatch)
	if err != nil {
		t.Fatalf("-update.match: %v", err)
	}
	n := 0
	for _, stem := range stems {
		if !only.MatchString(filepath.Base(stem)) {
			continue
		}
		n++
		s := loadScript(t, stem)
		r, err := runPerl(perl, s)
		if err != nil {
			t.Fatal(err)
		}
		if err := writeGolden(stem, r); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("rewrote the goldens of %d scripts from %s", n, perl)
}

// TestScripts runs every script of the corpus through the interpreter and
// compares stdout, stderr (when NAME.err exists) and the exit status with
// the goldens.
func TestScripts(t *testing.T) {
	stems := listScripts(t)
	if *update {
		updateGoldens(t, stems)
	}
	for _, stem := range stems {
		t.Run(filepath.Base(stem), func(t *testing.T) {
			// Scripts may run side by side: those that touch files use
			// /tmp names of their own, and sockets bind port 0.
			t.Parallel()
			s := loadScript(t, stem)
			want := loadGolden(t, stem)
			got := runMiniperl(t, s)
			compareResult(t, "miniperl", got, want)
		})
	}
}

// TestGoldensMatchPerl checks that the goldens are still what perl
// prints, so a hand-edited or stale golden cannot pass unnoticed.
func TestGoldensMatchPerl(t *testing.T) {
	perl, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not found; goldens used alone")
	}
	if v, err := exec.Command(perl, "-e", "print $^V").Output(); err == nil {
		t.Logf("checking goldens against %s %s", perl, v)
	}
	for _, stem := range listScripts(t) {
		t.Run(filepath.Base(stem), func(t *testing.T) {
			t.Parallel()
			s := loadScript(t, stem)
			want := loadGolden(t, stem)
			got, err := runPerl(perl, s)
			if err != nil {
				t.Fatal(err)
			}
			compareResult(t, "perl", got, want)
			// Unlike miniperl's, perl's stderr is the golden's definition:
			// output it prints with no .err file means the goldens are stale.
			if !want.hasStderr && got.stderr != "" {
				t.Errorf("perl wrote to stderr but there is no %s.err; run with -update:\n%s", stem, got.stderr)
			}
		})
	}
}

// TestScriptFilesBelongToScripts fails on golden or input files whose
// script is gone, which -update would otherwise leave behind, and on
// files the harness would silently ignore.
func TestScriptFilesBelongToScripts(t *testing.T) {
	entries, err := os.ReadDir(scriptsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatalf("%s is empty", scriptsDir)
	}
	for _, e := range entries {
		name := e.Name()
		ext := filepath.Ext(name)
		known := false
		for _, x := range scriptFileExts {
			known = known || ext == x
		}
		if e.IsDir() || !known {
			t.Errorf("%s: not part of the script corpus (expected NAME%s)", name, strings.Join(scriptFileExts, ", NAME"))
			continue
		}
		if ext == ".pl" {
			continue
		}
		if _, err := os.Stat(filepath.Join(scriptsDir, strings.TrimSuffix(name, ext)+".pl")); err != nil {
			t.Errorf("%s has no script: %v", name, err)
		}
	}
}

// signalOf is the signal that ended a process, or 0.
func signalOf(e *exec.ExitError) int {
	if ws, ok := e.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return int(ws.Signal())
	}
	return 0
}
