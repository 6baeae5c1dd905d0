package perlio

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestNilHostStreams(t *testing.T) {
	ctx := testCtx(t)
	in := NewReader("STDIN", nil)
	if _, ok, err := in.ReadLine(ctx, []byte("\n")); ok || err != nil {
		t.Fatalf("nil reader: ok=%v err=%v", ok, err)
	}
	out := NewWriter("STDOUT", nil)
	if err := out.WriteString(ctx, "dropped\n"); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	if in.Fd() != -1 || in.IsSocket() || in.IsTerminal() {
		t.Fatal("Go stream handle claims a descriptor")
	}
}

// TestHostPipeIsCancellable covers a host *os.File that Go's poller
// manages (os.Pipe's ends are), read through its descriptor.
func TestHostPipeIsCancellable(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	h := NewReader("STDIN", r)
	if h.Fd() < 0 || h.wait != waitPoller {
		t.Fatalf("fd %d, wait kind %d", h.Fd(), h.wait)
	}
	err, lat := measureCancel(t, func(ctx context.Context) error {
		_, _, err := h.ReadLine(ctx, []byte("\n"))
		return err
	})
	checkCancel(t, "readline on a host pipe", err, lat)
	w.WriteString("later\n")
	if l, ok, err := h.ReadLine(testCtx(t), []byte("\n")); l != "later\n" || !ok || err != nil {
		t.Fatalf("after cancel: %q %v %v", l, ok, err)
	}
}

func TestHostSocketRecognised(t *testing.T) {
	a, _ := streamPair(t)
	d, err := a.Dup()
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if !d.IsSocket() || !d.Blocking() {
		t.Fatalf("dup of a socket: socket=%v blocking=%v", d.IsSocket(), d.Blocking())
	}
	// As inetd hands a connection to a script on STDIN.
	nfd, err := unix.Dup(a.Fd())
	if err != nil {
		t.Fatal(err)
	}
	f := os.NewFile(uintptr(nfd), "inetd")
	defer f.Close()
	h := NewReader("STDIN", f)
	if !h.IsSocket() {
		t.Fatal("host socket not recognised")
	}
	if _, err := h.SockName(); err != nil {
		t.Fatalf("getsockname on a host socket: %v", err)
	}
}

func TestDatagramSocketPair(t *testing.T) {
	ctx := testCtx(t)
	a, b, err := SocketPair(unix.AF_UNIX, unix.SOCK_DGRAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	defer b.Close()
	a.Send(ctx, []byte("one"), 0, nil)
	a.Send(ctx, []byte("two"), 0, nil)
	for _, want := range []string{"one", "two"} {
		p, _, err := b.Recv(ctx, 100, 0)
		if string(p) != want || err != nil {
			t.Fatalf("recv %q %v, want %q", p, err, want)
		}
	}
}

func TestSelectBadDescriptor(t *testing.T) {
	// A number no descriptor has: a just-closed one could be reused at
	// once, even by Select's own eventfd.
	const fd = 1 << 20
	if _, _, _, err := Select(testCtx(t), []int{fd}, nil, nil, 0); err != unix.EBADF {
		t.Fatalf("select on closed descriptor: %v", err)
	}
}

func TestSelectCancel(t *testing.T) {
	a, _ := streamPair(t)
	err, lat := measureCancel(t, func(ctx context.Context) error {
		_, _, _, err := Select(ctx, []int{a.Fd()}, nil, nil, -1)
		return err
	})
	checkCancel(t, "select", err, lat)
}

func TestNonBlockingRead(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	a.SetBlocking(false)
	start := time.Now()
	if _, _, err := a.ReadLine(ctx, []byte("\n")); err != unix.EAGAIN {
		t.Fatalf("non-blocking read with no data: %v", err)
	}
	if time.Since(start) > time.Second {
		t.Fatal("non-blocking read waited")
	}
	b.SysWrite(ctx, []byte("ok\n"))
	time.Sleep(10 * time.Millisecond)
	if l, _, err := a.ReadLine(ctx, []byte("\n")); l != "ok\n" || err != nil {
		t.Fatalf("%q %v", l, err)
	}
}

func TestLayersRecorded(t *testing.T) {
	h := NewWriter("out", &bytes.Buffer{})
	if err := h.SetBinmode(":raw:utf8"); err != nil {
		t.Fatal(err)
	}
	if !h.UTF8() || len(h.Layers()) != 2 {
		t.Fatalf("layers %v utf8 %v", h.Layers(), h.UTF8())
	}
	if err := h.SetBinmode(""); err != nil || h.UTF8() {
		t.Fatalf("binmode(FH): %v utf8 %v", err, h.UTF8())
	}
	err := h.SetBinmode(":encoding(latin-9)")
	if err == nil || err.Error() != `Cannot find encoding "latin-9"` {
		t.Fatalf("unknown encoding: %v", err)
	}
	if err := h.SetBinmode(":bogus"); err == nil || err.Error() != `Unknown PerlIO layer "bogus"` {
		t.Fatalf("unknown layer: %v", err)
	}
}
