package main

// Helpers shared by the command's tests: running miniperl in-process and
// perl as a child process behind one interface, and waiting for output.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"
)

// This package has no golden files; the flag is accepted so that
// `go test ./... -update`, which passes it to every package, does not fail
// here while it regenerates the script goldens in interp.
var _ = flag.Bool("update", false, "no effect in this package (goldens live in interp)")

const (
	// runTimeout bounds any single program run in these tests.
	runTimeout = 20 * time.Second
	// readyTimeout bounds the wait for a server to say it is listening.
	readyTimeout = 10 * time.Second
	// stopTimeout bounds the wait for a program to end after it has been
	// cancelled or killed during cleanup.
	stopTimeout = 5 * time.Second
)

// Interpreter kinds a test can run a program with.
const (
	kindMiniperl = "miniperl" // in-process, through run
	kindPerl     = "perl"     // the reference perl, as a child process
)

// testEnv is the environment given to every program: the test's own
// without PERL* variables that would change perl's behaviour, in the C
// locale so that $! reads the same everywhere.
func testEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PERL") || strings.HasPrefix(kv, "LC_") || strings.HasPrefix(kv, "LANG") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}

// perlPath returns the path of perl, or "" when it is not installed.
func perlPath() string {
	p, err := exec.LookPath("perl")
	if err != nil {
		return ""
	}
	return p
}

// needPerl returns perl's path or skips the test.
func needPerl(t *testing.T) string {
	t.Helper()
	p := perlPath()
	if p == "" {
		t.Skip("perl not found; this comparison needs the reference perl")
	}
	return p
}

// syncBuffer collects a program's output. It is safe for concurrent use
// (the program writes while the test reads) and lets the test wait for a
// line to appear.
type syncBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{} // closed and replaced on every write
}

func newSyncBuffer() *syncBuffer {
	return &syncBuffer{changed: make(chan struct{})}
}

// Write appends p and wakes up waiters.
func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n, err := b.buf.Write(p)
	close(b.changed)
	b.changed = make(chan struct{})
	return n, err
}

// String returns everything written so far.
func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitLine waits until a complete line starting with prefix has been
// written and returns it without its newline. It gives up after timeout,
// or as soon as ended is closed (the writer is gone, nothing more will
// come).
func (b *syncBuffer) waitLine(prefix string, timeout time.Duration, ended <-chan struct{}) (string, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		b.mu.Lock()
		text := b.buf.String()
		changed := b.changed
		b.mu.Unlock()
		for _, line := range strings.SplitAfter(text, "\n") {
			if strings.HasSuffix(line, "\n") && strings.HasPrefix(line, prefix) {
				return strings.TrimSuffix(line, "\n"), nil
			}
		}
		select {
		case <-changed:
		case <-ended:
			// One last look: the final write may have raced with the end.
			if b.String() != text {
				continue
			}
			return "", fmt.Errorf("program ended before printing a line starting with %q; it printed:\n%s", prefix, text)
		case <-deadline.C:
			return "", fmt.Errorf("no line starting with %q within %v; output so far:\n%s", prefix, timeout, text)
		}
	}
}

// proc is a running program, miniperl in-process or perl as a child.
type proc struct {
	kind   string
	stdout *syncBuffer
	stderr *syncBuffer
	done   chan struct{} // closed when the program has ended
	status int           // exit status, valid once done is closed
	err    error         // why there is no status (panic, start failure)
	cancel context.CancelFunc
}

// start runs args (as given to miniperl or perl) with the given stdin. It
// returns at once; the program is cancelled or killed, and waited for, at
// the end of the test whatever happens.
func start(t *testing.T, kind string, args []string, stdin io.Reader) *proc {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	p := &proc{
		kind:   kind,
		stdout: newSyncBuffer(),
		stderr: newSyncBuffer(),
		done:   make(chan struct{}),
		cancel: cancel,
	}
	switch kind {
	case kindMiniperl:
		go func() {
			defer close(p.done)
			p.status, p.err = runInProcess(ctx, args, stdin, p.stdout, p.stderr)
		}()
	case kindPerl:
		perl := needPerl(t)
		cmd := exec.CommandContext(ctx, perl, args...)
		cmd.Env = testEnv()
		cmd.Stdin = stdin
		cmd.Stdout = p.stdout
		cmd.Stderr = p.stderr
		// Do not let Wait hang on output pipes once perl has been killed.
		cmd.WaitDelay = stopTimeout
		if err := cmd.Start(); err != nil {
			cancel()
			t.Fatalf("starting perl: %v", err)
		}
		go func() {
			defer close(p.done)
			err := cmd.Wait()
			var exitErr *exec.ExitError
			switch {
			case err == nil:
			case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
				p.status = exitErr.ExitCode()
			default:
				p.err = fmt.Errorf("perl: %v", err)
			}
		}()
	default:
		cancel()
		t.Fatalf("unknown interpreter kind %q", kind)
	}
	t.Cleanup(func() {
		p.cancel()
		select {
		case <-p.done:
		case <-time.After(stopTimeout):
			t.Errorf("%s program %q still running %v after it was cancelled", kind, args, stopTimeout)
		}
	})
	return p
}

// wait waits for the program to end and returns its exit status; it
// fails the test if the program does not end in time or has no status.
func (p *proc) wait(t *testing.T, timeout time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(timeout):
		p.cancel()
		t.Fatalf("%s program did not end within %v; stdout:\n%s\nstderr:\n%s", p.kind, timeout, p.stdout, p.stderr)
	}
	if p.err != nil {
		t.Fatalf("%s program failed: %v\nstdout:\n%s\nstderr:\n%s", p.kind, p.err, p.stdout, p.stderr)
	}
	return p.status
}

// endReason describes how the program ended, for failure messages: its
// status or error once it has ended, "" while it runs.
func (p *proc) endReason() string {
	select {
	case <-p.done:
	default:
		return ""
	}
	if p.err != nil {
		return "\nit failed: " + p.err.Error()
	}
	return fmt.Sprintf("\nit exited with status %d", p.status)
}

// runInProcess calls run as main does. A panic in the interpreter is
// returned as an error, so one broken feature fails one test instead of
// the whole test binary.
func runInProcess(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (status int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("miniperl panicked: %v\n%s", r, debug.Stack())
		}
	}()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	return run(ctx, args, stdin, stdout, stderr, testEnv()), nil
}

// freePort returns a loopback TCP port that was free a moment ago: the
// system picks it for a listener that is closed at once. Each test takes
// a fresh one, because the port a server used lingers in TIME_WAIT and
// the examples do not set SO_REUSEADDR.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return port
}
