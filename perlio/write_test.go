package perlio

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// peerHas reports whether the peer of a stream socket can read want within
// a short wait, without blocking the test.
func peerHas(t *testing.T, peer *Handle, want string) bool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	p, err := peer.Read(ctx, len(want))
	if errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if err != nil {
		t.Fatalf("peer read: %v", err)
	}
	if string(p) != want {
		t.Fatalf("peer read %q, want %q", p, want)
	}
	return true
}

func TestBufferedVersusAutoflush(t *testing.T) {
	ctx := testCtx(t)
	a, b := tcpPair(t)

	// Without $| the line stays in the buffer until a flush.
	if err := a.WriteString(ctx, "buffered\n"); err != nil {
		t.Fatal(err)
	}
	if a.Pending() != len("buffered\n") {
		t.Fatalf("pending %d", a.Pending())
	}
	if peerHas(t, b, "buffered\n") {
		t.Fatal("unflushed output reached the peer")
	}
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	if !peerHas(t, b, "buffered\n") {
		t.Fatal("flushed output did not reach the peer")
	}

	// With $| = 1 every print goes out at once.
	a.SetAutoflush(true)
	if !a.Autoflush() {
		t.Fatal("Autoflush() false after SetAutoflush(true)")
	}
	if err := a.WriteString(ctx, "now"); err != nil {
		t.Fatal(err)
	}
	if !peerHas(t, b, "now") {
		t.Fatal("autoflushed output did not reach the peer")
	}

	// A full buffer is written out without $|.
	a.SetAutoflush(false)
	big := strings.Repeat("z", bufSize+10)
	if err := a.WriteString(ctx, big); err != nil {
		t.Fatal(err)
	}
	if !peerHas(t, b, big) {
		t.Fatal("output larger than the buffer was held back")
	}
}

func TestUnbufferedLikeStderr(t *testing.T) {
	ctx := testCtx(t)
	var out bytes.Buffer
	h := NewWriter("STDERR", &out)
	h.SetUnbuffered(true)
	h.WriteString(ctx, "warn")
	if out.String() != "warn" || h.Autoflush() {
		t.Fatalf("out %q, $| %v", out.String(), h.Autoflush())
	}
}

func TestHostWriterBuffersUntilClose(t *testing.T) {
	ctx := testCtx(t)
	var out bytes.Buffer
	h := NewWriter("STDOUT", &out)
	h.WriteString(ctx, "a\n")
	h.Write(ctx, []byte("b\n"))
	if out.Len() != 0 {
		t.Fatalf("written before flush: %q", out.String())
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if out.String() != "a\nb\n" {
		t.Fatalf("after close: %q", out.String())
	}
	if err := h.WriteString(ctx, "late"); err != unix.EBADF {
		t.Fatalf("print on closed handle: %v", err)
	}
}

func TestCRLFOutput(t *testing.T) {
	ctx := testCtx(t)
	var out bytes.Buffer
	h := NewWriter("out", &out)
	h.SetBinmode(":crlf")
	h.WriteString(ctx, "a\nb\n")
	h.SetBinmode(":raw")
	h.WriteString(ctx, "c\n")
	h.Flush()
	if out.String() != "a\r\nb\r\nc\n" {
		t.Fatalf("%q", out.String())
	}
}

func TestSysWrite(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	a.WriteString(ctx, "buffered ")
	n, err := a.SysWrite(ctx, []byte("direct "))
	if n != 7 || err != nil {
		t.Fatalf("syswrite %d %v", n, err)
	}
	a.Flush()
	if !peerHas(t, b, "direct buffered ") {
		t.Fatal("syswrite did not bypass the buffer")
	}
}

type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) { return 0, unix.ENOSPC }

func TestWriteErrorCarriesErrno(t *testing.T) {
	ctx := testCtx(t)
	h := NewWriter("out", failingWriter{})
	h.SetAutoflush(true)
	err := h.WriteString(ctx, "x")
	if e, ok := ErrnoOf(err); !ok || e != unix.ENOSPC {
		t.Fatalf("err %v", err)
	}
	if h.Err() == nil {
		t.Fatal("error not recorded on the handle")
	}
	h.ClearErr()
	if h.Err() != nil {
		t.Fatal("ClearErr kept the error")
	}
}
