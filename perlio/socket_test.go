package perlio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestEchoPerlStyle runs the socket calls of a classic perl echo client and
// server: socket, bind, listen, accept, connect, autoflushed prints and
// line reads, with addresses packed by hand.
func TestEchoPerlStyle(t *testing.T) {
	ctx := testCtx(t)
	srv, err := Socket(2, 1, 6) // socket(SOCK, PF_INET, SOCK_STREAM, 6)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if err := srv.SetSockOptInt(unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		t.Fatal(err)
	}
	if err := srv.Bind(packInet(0, loopback)); err != nil {
		t.Fatalf("bind: %v", err)
	}
	if err := srv.Listen(5); err != nil {
		t.Fatalf("listen: %v", err)
	}
	name, err := srv.SockName()
	if err != nil {
		t.Fatal(err)
	}
	port := portOf(name)
	if port == 0 || len(name) != 16 || !bytes.Equal(name[4:8], loopback[:]) {
		t.Fatalf("getsockname gave %x", name)
	}

	done := make(chan error, 1)
	go func() {
		conn, peer, err := srv.Accept(ctx)
		if err != nil {
			done <- err
			return
		}
		defer conn.Close()
		if len(peer) != 16 || !bytes.Equal(peer[4:8], loopback[:]) {
			done <- errors.New("bad peer address from accept")
			return
		}
		conn.SetAutoflush(true)
		for {
			line, ok, err := conn.ReadLine(ctx, []byte("\n"))
			if err != nil || !ok {
				done <- err
				return
			}
			if err := conn.WriteString(ctx, "echo: "+line); err != nil {
				done <- err
				return
			}
		}
	}()

	cli, err := Socket(2, 1, 6)
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	if err := cli.Connect(ctx, packInet(port, loopback)); err != nil {
		t.Fatalf("connect: %v", err)
	}
	peer, err := cli.PeerName()
	if err != nil || portOf(peer) != port {
		t.Fatalf("getpeername: %x, %v", peer, err)
	}
	cli.SetAutoflush(true) // select(SOCK); $| = 1;
	for _, msg := range []string{"hello\n", "second line\n", "x\n"} {
		if err := cli.WriteString(ctx, msg); err != nil {
			t.Fatal(err)
		}
		got, ok, err := cli.ReadLine(ctx, []byte("\n"))
		if err != nil || !ok || got != "echo: "+msg {
			t.Fatalf("got %q, %v, %v", got, ok, err)
		}
	}
	if cli.LineNo() != 3 {
		t.Errorf("$. = %d, want 3", cli.LineNo())
	}
	if err := cli.Shutdown(1); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := cli.ReadLine(ctx, []byte("\n")); ok || err != nil {
		t.Fatalf("after shutdown: ok=%v err=%v", ok, err)
	}
	if err := <-done; err != nil {
		t.Fatalf("server: %v", err)
	}
}

func TestEchoIPv6(t *testing.T) {
	ctx := testCtx(t)
	l, err := Socket(unix.AF_INET6, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Skipf("no IPv6 sockets: %v", err)
	}
	defer l.Close()
	var one [16]byte
	one[15] = 1
	if err := l.Bind(SockaddrToBytes(&unix.SockaddrInet6{Addr: one})); err != nil {
		t.Skipf("cannot bind ::1: %v", err)
	}
	if err := l.Listen(1); err != nil {
		t.Fatal(err)
	}
	name, _ := l.SockName()
	if len(name) != SizeofSockaddrInet6 {
		t.Fatalf("getsockname length %d", len(name))
	}
	c, _ := Socket(unix.AF_INET6, unix.SOCK_STREAM, 0)
	defer c.Close()
	if err := c.Connect(ctx, name); err != nil {
		t.Fatal(err)
	}
	s, peer, err := l.Accept(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sa, err := BytesToSockaddr(peer)
	if err != nil || sa.(*unix.SockaddrInet6).Addr != one {
		t.Fatalf("peer %x: %v", peer, err)
	}
	if err := c.WriteString(ctx, "six\n"); err != nil {
		t.Fatal(err)
	}
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	if line, ok, err := s.ReadLine(ctx, []byte("\n")); line != "six\n" || !ok || err != nil {
		t.Fatalf("got %q %v %v", line, ok, err)
	}
}

func TestEchoUnixSocket(t *testing.T) {
	ctx := testCtx(t)
	path := filepath.Join(t.TempDir(), "echo.sock")
	addr := SockaddrToBytes(&unix.SockaddrUnix{Name: path})
	l, err := Socket(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := l.Bind(addr); err != nil {
		t.Fatal(err)
	}
	if err := l.Listen(1); err != nil {
		t.Fatal(err)
	}
	name, _ := l.SockName()
	if want := 2 + len(path) + 1; len(name) != want {
		t.Errorf("getsockname length %d, want %d (family, path, NUL)", len(name), want)
	}
	if sa, _ := BytesToSockaddr(name); sa.(*unix.SockaddrUnix).Name != path {
		t.Errorf("getsockname path %q", sa.(*unix.SockaddrUnix).Name)
	}
	c, _ := Socket(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	defer c.Close()
	if err := c.Connect(ctx, addr); err != nil {
		t.Fatal(err)
	}
	s, peer, err := l.Accept(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(peer) != 2 {
		t.Errorf("unnamed peer address %x", peer)
	}
	s.SetAutoflush(true)
	if err := s.WriteString(ctx, "one\ntwo\n"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	lines, err := c.ReadLines(ctx, []byte("\n"))
	if err != nil || len(lines) != 2 || lines[1] != "two\n" {
		t.Fatalf("lines %q, %v", lines, err)
	}
}

func TestConnectRefused(t *testing.T) {
	ctx := testCtx(t)
	// Bind a port and close it without listening: nobody is there.
	probe, addr := listenTCP(t, 1)
	probe.Close()
	c, _ := Socket(2, 1, 6)
	defer c.Close()
	err := c.Connect(ctx, addr)
	if err != unix.ECONNREFUSED {
		t.Fatalf("connect: %v, want ECONNREFUSED", err)
	}
	e, _ := ErrnoOf(err)
	if ErrnoText(e) != "Connection refused" {
		t.Fatalf("$! = %q", ErrnoText(e))
	}
}

func TestBindTwice(t *testing.T) {
	_, addr := listenTCP(t, 1)
	s, _ := Socket(2, 1, 6)
	defer s.Close()
	err := s.Bind(addr)
	e, ok := ErrnoOf(err)
	if !ok || ErrnoText(e) != "Address already in use" {
		t.Fatalf("second bind: %v", err)
	}
}

func TestSocketErrors(t *testing.T) {
	ctx := testCtx(t)
	s, _ := Socket(2, 1, 6)
	if err := s.Bind(packInet(0, loopback)[:8]); err != unix.EINVAL {
		t.Errorf("short address: %v, want EINVAL", err)
	}
	if _, err := s.PeerName(); err != unix.ENOTCONN {
		t.Errorf("getpeername unconnected: %v", err)
	}
	if err := s.WriteString(ctx, "x"); err != nil {
		t.Errorf("buffered print on unconnected socket: %v", err)
	}
	if err := s.Flush(); err != unix.EPIPE {
		t.Errorf("flush on unconnected socket: %v, want EPIPE", err)
	}
	s.Close()
	if err := s.Bind(packInet(0, loopback)); err != unix.EBADF {
		t.Errorf("bind on closed: %v", err)
	}
	if _, ok, err := s.ReadLine(ctx, []byte("\n")); ok || err != unix.EBADF {
		t.Errorf("readline on closed: %v", err)
	}
	if err := s.Close(); err != unix.EBADF {
		t.Errorf("second close: %v", err)
	}
	if s.Fd() != -1 || s.Opened() {
		t.Errorf("closed handle still looks open")
	}
	if _, err := Socket(12345, 1, 0); err != unix.EAFNOSUPPORT {
		t.Errorf("bad family: %v", err)
	}
	r := NewReader("STDIN", bytes.NewReader(nil))
	if err := r.Listen(1); err != unix.ENOTSOCK {
		t.Errorf("listen on a Go stream: %v", err)
	}
}

func TestBrokenPipe(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	b.Close()
	a.SetAutoflush(true)
	err := a.WriteString(ctx, "anyone?\n")
	if e, _ := ErrnoOf(err); e != unix.EPIPE || ErrnoText(e) != "Broken pipe" {
		t.Fatalf("write to closed peer: %v", err)
	}
}

func TestDatagramSendRecv(t *testing.T) {
	ctx := testCtx(t)
	a, _ := Socket(unix.AF_INET, unix.SOCK_DGRAM, unix.IPPROTO_UDP)
	defer a.Close()
	b, _ := Socket(unix.AF_INET, unix.SOCK_DGRAM, unix.IPPROTO_UDP)
	defer b.Close()
	if err := a.Bind(packInet(0, loopback)); err != nil {
		t.Fatal(err)
	}
	if err := b.Bind(packInet(0, loopback)); err != nil {
		t.Fatal(err)
	}
	aName, _ := a.SockName()
	bName, _ := b.SockName()
	n, err := b.Send(ctx, []byte("ping"), 0, aName)
	if err != nil || n != 4 {
		t.Fatalf("send: %d %v", n, err)
	}
	data, from, err := a.Recv(ctx, 100, 0)
	if err != nil || string(data) != "ping" || !bytes.Equal(from, bName) {
		t.Fatalf("recv: %q from %x (want %x), %v", data, from, bName, err)
	}
	if _, _, err := a.Recv(ctx, 100, unix.MSG_DONTWAIT); err != unix.EAGAIN {
		t.Fatalf("empty MSG_DONTWAIT recv: %v", err)
	}
}

func TestStreamRecvHasEmptyAddress(t *testing.T) {
	ctx := testCtx(t)
	c, s := tcpPair(t)
	if _, err := c.Send(ctx, []byte("hi"), 0, nil); err != nil {
		t.Fatal(err)
	}
	data, from, err := s.Recv(ctx, 10, 0)
	if err != nil || string(data) != "hi" || len(from) != 0 {
		t.Fatalf("recv %q from %x: %v", data, from, err)
	}
}

func TestNetPolicy(t *testing.T) {
	ctx := testCtx(t)
	var seen []string
	deny := &Sockets{Policy: func(op string, family int, addr []byte) error {
		seen = append(seen, op)
		if op == "connect" && family == unix.AF_INET && binary.BigEndian.Uint16(addr[2:]) == 1 {
			return unix.EACCES
		}
		return nil
	}}
	l, addr := listenTCP(t, 1)
	_ = l
	s, err := deny.Socket(2, 1, 6)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Connect(ctx, packInet(1, loopback)); err != unix.EACCES {
		t.Fatalf("denied connect: %v", err)
	}
	if err := s.Connect(ctx, addr); err != nil {
		t.Fatalf("allowed connect: %v", err)
	}
	want := []string{"socket", "connect", "connect"}
	if len(seen) != len(want) {
		t.Fatalf("policy saw %v, want %v", seen, want)
	}
	none := &Sockets{Policy: func(op string, family int, addr []byte) error { return unix.EPERM }}
	if _, err := none.Socket(2, 1, 6); err != unix.EPERM {
		t.Fatalf("denied socket: %v", err)
	}
}

func TestSocketReceiveTimeout(t *testing.T) {
	ctx := testCtx(t)
	a, _ := streamPair(t)
	tv := make([]byte, 16)
	binary.NativeEndian.PutUint64(tv[8:], 50000) // 50 ms
	if err := a.SetSockOpt(unix.SOL_SOCKET, unix.SO_RCVTIMEO, tv); err != nil {
		t.Fatal(err)
	}
	if got, err := a.GetSockOpt(unix.SOL_SOCKET, unix.SO_RCVTIMEO); err != nil || len(got) != 16 {
		t.Fatalf("getsockopt SO_RCVTIMEO: %x %v", got, err)
	}
	start := time.Now()
	_, ok, err := a.ReadLine(ctx, []byte("\n"))
	el := time.Since(start)
	if ok || err != unix.EAGAIN {
		t.Fatalf("timed-out read: ok=%v err=%v", ok, err)
	}
	if el < 40*time.Millisecond || el > 2*time.Second {
		t.Fatalf("timeout took %v", el)
	}
}

func TestNonBlockingAccept(t *testing.T) {
	ctx := testCtx(t)
	l, _ := listenTCP(t, 1)
	l.SetBlocking(false)
	if _, _, err := l.Accept(ctx); err != unix.EAGAIN {
		t.Fatalf("non-blocking accept with no client: %v", err)
	}
	s, err := Socket(2, unix.SOCK_STREAM|unix.SOCK_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Blocking() {
		t.Fatal("SOCK_NONBLOCK socket reports blocking")
	}
}

func TestGetSockOptInt(t *testing.T) {
	s, _ := Socket(2, 1, 6)
	defer s.Close()
	if err := s.SetSockOptInt(unix.SOL_SOCKET, unix.SO_KEEPALIVE, 1); err != nil {
		t.Fatal(err)
	}
	v, err := s.GetSockOpt(unix.SOL_SOCKET, unix.SO_KEEPALIVE)
	if err != nil || len(v) != 4 || binary.NativeEndian.Uint32(v) != 1 {
		t.Fatalf("SO_KEEPALIVE = %x, %v", v, err)
	}
}

func TestSelect(t *testing.T) {
	ctx := testCtx(t)
	a, b := streamPair(t)
	r, w, _, err := Select(ctx, []int{a.Fd()}, []int{b.Fd()}, nil, 0)
	if err != nil || len(r) != 0 || len(w) != 1 {
		t.Fatalf("idle select: r=%v w=%v %v", r, w, err)
	}
	b.SetAutoflush(true)
	b.WriteString(ctx, "x")
	r, _, _, err = Select(ctx, []int{a.Fd()}, nil, nil, time.Second)
	if err != nil || len(r) != 1 {
		t.Fatalf("select after write: r=%v %v", r, err)
	}
	start := time.Now()
	r, _, _, err = Select(ctx, []int{b.Fd()}, nil, nil, 30*time.Millisecond)
	if err != nil || len(r) != 0 || time.Since(start) < 25*time.Millisecond {
		t.Fatalf("select timeout: r=%v %v after %v", r, err, time.Since(start))
	}
}
