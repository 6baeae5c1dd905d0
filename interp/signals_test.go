package interp

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// runWithSignal runs src, sends sig once the script has printed "ready",
// and returns its status and output.
func runWithSignal(t *testing.T, src string, sig os.Signal) (int, string) {
	t.Helper()
	prog, err := Compile("sig.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sigs := make(chan os.Signal, 1)
	out := &syncBuffer{}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- New(prog, Config{Stdout: out, Stderr: out, Signals: sigs}).Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "ready") {
		if time.Now().After(deadline) {
			t.Fatalf("script never got ready; output %q", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	sigs <- sig
	select {
	case status := <-done:
		return status, out.String()
	case <-time.After(5 * time.Second):
		t.Fatal("the signal did not end the blocked script")
	}
	return 0, ""
}

// TestSignalHandlerInterruptsAccept: $SIG{INT} runs when the host's
// SIGINT arrives, also while the script is blocked in accept.
func TestSignalHandlerInterruptsAccept(t *testing.T) {
	src := `use IO::Socket::INET;
$SIG{INT} = sub { print "caught $_[0]\n"; exit 7 };
my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 1) or die;
$| = 1;
print "ready\n";
$l->accept;
print "not reached\n";
`
	status, out := runWithSignal(t, src, unix.SIGINT)
	if status != 7 || out != "ready\ncaught INT\n" {
		t.Errorf("status %d, output %q; want 7 and the handler's line", status, out)
	}
}

// TestSignalDefaultEndsRun: with no handler SIGTERM ends the run with
// status 128+15, as it ends perl.
func TestSignalDefaultEndsRun(t *testing.T) {
	src := "$| = 1; print \"ready\\n\"; 1 while 1;\n"
	status, _ := runWithSignal(t, src, unix.SIGTERM)
	if status != 128+15 {
		t.Errorf("status %d, want %d", status, 128+15)
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
