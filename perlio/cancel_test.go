package perlio

import (
	"context"
	"errors"
	"os"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// cancelBound is the assertion's bound on how soon a blocked call returns
// after its context is cancelled. The target is under 100 ms; the bound is
// generous so a loaded machine does not fail the suite, and each test logs
// the measured figure.
const cancelBound = 500 * time.Millisecond

// blockedFor is how long a call is left blocked before it is cancelled.
const blockedFor = 50 * time.Millisecond

// measureCancel runs call with a context cancelled after blockedFor and
// returns the call's error and how long after the cancel it returned.
func measureCancel(t *testing.T, call func(ctx context.Context) error) (error, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cancelledAt atomic.Int64 // UnixNano; written by the timer
	timer := time.AfterFunc(blockedFor, func() {
		cancelledAt.Store(time.Now().UnixNano())
		cancel()
	})
	defer timer.Stop()
	res := make(chan error, 1)
	go func() { res <- call(ctx) }()
	select {
	case err := <-res:
		at := cancelledAt.Load()
		if at == 0 {
			t.Fatalf("call returned before being cancelled: %v", err)
		}
		return err, time.Since(time.Unix(0, at))
	case <-time.After(5 * time.Second):
		t.Fatal("call still blocked 5s after cancel")
	}
	return nil, 0
}

func checkCancel(t *testing.T, what string, err error, lat time.Duration) {
	t.Helper()
	t.Logf("%s returned %v after cancel", what, lat)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("%s: err = %v, want context.Canceled", what, err)
	}
	if lat > cancelBound {
		t.Fatalf("%s took %v to return after cancel", what, lat)
	}
}

func TestCancelAccept(t *testing.T) {
	l, addr := listenTCP(t, 5)
	err, lat := measureCancel(t, func(ctx context.Context) error {
		_, _, err := l.Accept(ctx)
		return err
	})
	checkCancel(t, "accept", err, lat)

	// The listener must still work with a fresh context.
	ctx := testCtx(t)
	c, _ := Socket(2, 1, 6)
	defer c.Close()
	if err := c.Connect(ctx, addr); err != nil {
		t.Fatal(err)
	}
	s, _, err := l.Accept(ctx)
	if err != nil {
		t.Fatalf("accept after a cancelled accept: %v", err)
	}
	s.Close()
}

func TestCancelReadLine(t *testing.T) {
	c, s := tcpPair(t)
	ctx := testCtx(t)
	// A partial line is in the buffer when the read is cancelled.
	s.SetAutoflush(true)
	if err := s.WriteString(ctx, "partial "); err != nil {
		t.Fatal(err)
	}
	err, lat := measureCancel(t, func(ctx context.Context) error {
		_, _, err := c.ReadLine(ctx, []byte("\n"))
		return err
	})
	checkCancel(t, "readline", err, lat)
	// Nothing was lost, and the handle reads normally afterwards.
	if err := s.WriteString(ctx, "line\n"); err != nil {
		t.Fatal(err)
	}
	line, ok, err := c.ReadLine(ctx, []byte("\n"))
	if line != "partial line\n" || !ok || err != nil {
		t.Fatalf("after cancel: %q %v %v", line, ok, err)
	}
}

func TestCancelReadAndEOF(t *testing.T) {
	a, _ := streamPair(t)
	err, lat := measureCancel(t, func(ctx context.Context) error {
		_, err := a.Read(ctx, 10)
		return err
	})
	checkCancel(t, "read", err, lat)
	err, lat = measureCancel(t, func(ctx context.Context) error {
		_, err := a.SysRead(ctx, 10)
		return err
	})
	checkCancel(t, "sysread", err, lat)
	err, lat = measureCancel(t, func(ctx context.Context) error {
		if !a.EOF(ctx) {
			return errors.New("eof reported false")
		}
		return ctx.Err()
	})
	checkCancel(t, "eof", err, lat)
}

func TestCancelWrite(t *testing.T) {
	a, _ := streamPair(t)
	ctx := testCtx(t)
	// Fill the socket buffers so the next write blocks.
	a.SetBlocking(false)
	chunk := make([]byte, 64<<10)
	for {
		_, err := a.SysWrite(ctx, chunk)
		if err == unix.EAGAIN {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	a.SetBlocking(true)
	err, lat := measureCancel(t, func(ctx context.Context) error {
		return a.Write(ctx, chunk)
	})
	checkCancel(t, "write", err, lat)
}

func TestCancelConnect(t *testing.T) {
	// A listener that never accepts, with its accept queue full, makes
	// the kernel drop further SYNs, so the next connect blocks.
	l, addr := listenTCP(t, 0)
	_ = l
	ctx := testCtx(t)
	var fillers []*Handle
	defer func() {
		for _, h := range fillers {
			h.Close()
		}
	}()
	blocked := false
	for range 8 {
		c, _ := Socket(2, 1, 6)
		fillers = append(fillers, c)
		short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		err := c.Connect(short, addr)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			blocked = true
			break
		}
		if err != nil {
			t.Fatalf("filling the backlog: %v", err)
		}
	}
	if !blocked {
		t.Skip("could not make connect block on this kernel")
	}
	c, _ := Socket(2, 1, 6)
	defer c.Close()
	err, lat := measureCancel(t, func(ctx context.Context) error {
		return c.Connect(ctx, addr)
	})
	checkCancel(t, "connect", err, lat)
}

// TestCancelBlockingHostPipe covers a host descriptor the poller does not
// take: a pipe in blocking mode, as STDIN often is.
func TestCancelBlockingHostPipe(t *testing.T) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	r := os.NewFile(uintptr(p[0]), "stdin-pipe")
	w := os.NewFile(uintptr(p[1]), "stdin-writer")
	defer r.Close()
	defer w.Close()
	h := NewReader("STDIN", r)
	if h.wait != waitPoll {
		t.Fatalf("blocking pipe got wait kind %d", h.wait)
	}
	err, lat := measureCancel(t, func(ctx context.Context) error {
		_, _, err := h.ReadLine(ctx, []byte("\n"))
		return err
	})
	checkCancel(t, "readline on a blocking pipe", err, lat)
	if fl, _ := unix.FcntlInt(uintptr(p[0]), unix.F_GETFL, 0); fl&unix.O_NONBLOCK != 0 {
		t.Error("the host's descriptor was made non-blocking")
	}
	w.WriteString("data\n")
	line, ok, err := h.ReadLine(testCtx(t), []byte("\n"))
	if line != "data\n" || !ok || err != nil {
		t.Fatalf("after cancel: %q %v %v", line, ok, err)
	}
	h.Close()
	if _, err := unix.FcntlInt(uintptr(p[0]), unix.F_GETFD, 0); err != nil {
		t.Error("closing a host handle closed the host's descriptor")
	}
}

// TestCancelNoLeak checks that cancelled and completed calls leave no
// goroutines behind.
func TestCancelNoLeak(t *testing.T) {
	a, b := streamPair(t)
	ctx := testCtx(t)
	b.SetAutoflush(true)
	before := runtime.NumGoroutine()
	for range 200 {
		c, cancel := context.WithCancel(ctx)
		if err := b.WriteString(c, "x\n"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := a.ReadLine(c, []byte("\n")); err != nil {
			t.Fatal(err)
		}
		cancel()
	}
	for range 20 {
		c, cancel := context.WithTimeout(ctx, time.Millisecond)
		_, _, err := a.ReadLine(c, []byte("\n"))
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("timed-out read: %v", err)
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines before, %d after", before, n)
	}
}

// TestCancelBlockingHostPipeWrite covers output to a full blocking pipe,
// as STDOUT is when the host's reader stops reading.
func TestCancelBlockingHostPipeWrite(t *testing.T) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	r := os.NewFile(uintptr(p[0]), "reader")
	w := os.NewFile(uintptr(p[1]), "stdout-pipe")
	defer r.Close()
	defer w.Close()
	h := NewWriter("STDOUT", w)
	if h.wait != waitPoll {
		t.Fatalf("blocking pipe got wait kind %d", h.wait)
	}
	ctx := testCtx(t)
	h.SetBlocking(false)
	chunk := make([]byte, 64<<10)
	total := 0
	for {
		n, err := h.SysWrite(ctx, chunk)
		total += n
		if err == unix.EAGAIN || (err == nil && n < len(chunk)) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("pipe full after %d bytes", total)
	h.SetBlocking(true)
	err, lat := measureCancel(t, func(ctx context.Context) error {
		return h.Write(ctx, chunk)
	})
	checkCancel(t, "write to a full blocking pipe", err, lat)
}
