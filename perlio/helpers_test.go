package perlio

import (
	"bytes"
	"context"
	"encoding/binary"
	"os/exec"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// testCtx is a context every test call runs under, so no test can hang.
func testCtx(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// packInet packs an AF_INET address by hand the way perl's
// pack('S n a4 x8', AF_INET, $port, $ip) does: family in host order, port
// in network order, 4 address bytes, 8 zero bytes.
func packInet(port int, ip [4]byte) []byte {
	b := make([]byte, 16)
	binary.NativeEndian.PutUint16(b[0:], 2)
	binary.BigEndian.PutUint16(b[2:], uint16(port))
	copy(b[4:], ip[:])
	return b
}

var loopback = [4]byte{127, 0, 0, 1}

// portOf is the port in a packed AF_INET or AF_INET6 address.
func portOf(b []byte) int { return int(binary.BigEndian.Uint16(b[2:])) }

// listenTCP makes a listening socket on 127.0.0.1 with a kernel-chosen port
// and returns it with its packed address.
func listenTCP(t testing.TB, backlog int) (*Handle, []byte) {
	t.Helper()
	l, err := Socket(unix.AF_INET, unix.SOCK_STREAM, unix.IPPROTO_TCP)
	if err != nil {
		t.Fatalf("socket: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	if err := l.SetSockOptInt(unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		t.Fatalf("setsockopt: %v", err)
	}
	if err := l.Bind(packInet(0, loopback)); err != nil {
		t.Fatalf("bind: %v", err)
	}
	if err := l.Listen(backlog); err != nil {
		t.Fatalf("listen: %v", err)
	}
	name, err := l.SockName()
	if err != nil {
		t.Fatalf("getsockname: %v", err)
	}
	return l, name
}

// tcpPair returns two connected TCP handles over loopback.
func tcpPair(t testing.TB) (client, server *Handle) {
	t.Helper()
	ctx := testCtx(t)
	l, addr := listenTCP(t, 5)
	c, err := Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Connect(ctx, addr); err != nil {
		t.Fatalf("connect: %v", err)
	}
	s, _, err := l.Accept(ctx)
	if err != nil {
		t.Fatalf("accept: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return c, s
}

// streamPair returns two connected Unix stream socket handles.
func streamPair(t testing.TB) (*Handle, *Handle) {
	t.Helper()
	a, b, err := SocketPair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b
}

// needPerl returns perl's path or skips the test.
func needPerl(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("perl")
	if err != nil {
		t.Skip("perl not installed: skipping the comparison with perl")
	}
	return p
}

// runPerl runs a perl one-liner with stdin and returns its output.
func runPerl(t *testing.T, script string, stdin []byte, args ...string) []byte {
	t.Helper()
	perl := needPerl(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, perl, append([]string{"-e", script}, args...)...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("perl: %v", err)
	}
	return out
}
