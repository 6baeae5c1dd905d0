package main

// Fault tests over loopback: a half-closed connection, a connection reset
// by the peer in the middle of a read, and thousands of sequential
// connections through one accept loop without leaking descriptors.

import (
	"bufio"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var faultDir = filepath.Join("testdata", "fault")

// waitPort waits for a script's "port N" line and returns N.
func waitPort(t *testing.T, p *proc) string {
	t.Helper()
	line, err := p.stdout.waitLine("port ", readyTimeout, p.done)
	if err != nil {
		t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", p.kind, err, p.stderr, p.endReason())
	}
	return strings.TrimPrefix(line, "port ")
}

// TestHalfClose: the client shuts down its writing half; the server reads
// to EOF and still answers on the other half, which the client reads to
// EOF. All four {miniperl, perl} combinations.
func TestHalfClose(t *testing.T) {
	const transcript = "shutdown: 1\n" +
		"write after shutdown: failed: Broken pipe\n" +
		"answer: you sent 3 line(s)\n" +
		"answer: last was: line 3\n" +
		"answer: closing now\n" +
		"eof: 1\n"
	const serverLog = "server read 3 line(s) to EOF\nserver done\n"
	eachCombination(t, func(t *testing.T, serverKind, clientKind string) {
		srv := start(t, serverKind, []string{filepath.Join(faultDir, "halfclose_server.pl")}, nil)
		port := waitPort(t, srv)
		cli := start(t, clientKind, []string{filepath.Join(faultDir, "halfclose_client.pl"), port}, nil)
		finishPair(t, srv, cli, transcript, "port "+port+"\n"+serverLog)
	})
}

// resetServer accepts one connection, sends two lines, waits for the
// client's "go" and resets the connection (SO_LINGER 0, then close), so
// the client's next read fails with ECONNRESET.
func resetServer(t *testing.T) (port string, done <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	errc := make(chan error, 1)
	go func() {
		defer ln.Close()
		c, err := ln.Accept()
		if err != nil {
			errc <- err
			return
		}
		conn := c.(*net.TCPConn)
		conn.SetDeadline(time.Now().Add(runTimeout))
		if _, err := conn.Write([]byte("one\ntwo\n")); err != nil {
			errc <- err
			return
		}
		line, err := bufio.NewReader(conn).ReadString('\n')
		if err != nil || line != "go\n" {
			errc <- err
			conn.Close()
			return
		}
		conn.SetLinger(0)
		errc <- conn.Close()
	}()
	t.Cleanup(func() { ln.Close() })
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port), errc
}

// TestPeerReset: a script reading with readline or sysread when the peer
// resets the connection sees perl's $! ("Connection reset by peer"), and
// ends as perl's does (die with $! exits with the errno, 104).
func TestPeerReset(t *testing.T) {
	needPerl(t)
	for _, mode := range []string{"readline", "sysread"} {
		t.Run(mode, func(t *testing.T) {
			type result struct {
				stdout, stderr string
				status         int
			}
			results := map[string]result{}
			for _, kind := range []string{kindPerl, kindMiniperl} {
				port, served := resetServer(t)
				cli := start(t, kind, []string{filepath.Join(faultDir, "reset_client.pl"), port, mode}, nil)
				status := cli.wait(t, runTimeout)
				if err := <-served; err != nil {
					t.Fatalf("%s: the resetting server failed: %v", kind, err)
				}
				results[kind] = result{cli.stdout.String(), cli.stderr.String(), status}
			}
			perl, mini := results[kindPerl], results[kindMiniperl]
			if !strings.Contains(perl.stdout, "Connection reset by peer") || perl.status != 104 {
				t.Fatalf("perl did not see a reset (status %d):\n%s%s", perl.status, perl.stdout, perl.stderr)
			}
			if diff := cmp.Diff(perl, mini, cmp.AllowUnexported(result{})); diff != "" {
				t.Errorf("miniperl differs from perl (-perl +miniperl):\n%s", diff)
			}
		})
	}
}

// openFDs counts this process's open descriptors.
func openFDs(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("cannot count descriptors: %v", err)
	}
	return len(entries)
}

// TestAcceptLoopDescriptors: 5,000 sequential connections through one
// accept loop of a miniperl script run in this process. The number of
// open descriptors is no higher after 4,900 connections than after 100 (no
// descriptor per connection is left open), and once the script has ended
// it is back to what it was before.
func TestAcceptLoopDescriptors(t *testing.T) {
	const n = 5000
	// The runtime's network poller opens its descriptors on first use:
	// make sure that has happened before counting.
	freePort(t)
	before := openFDs(t)
	srv := start(t, kindMiniperl, []string{filepath.Join(faultDir, "accept_loop.pl"), strconv.Itoa(n)}, nil)
	addr := net.JoinHostPort("127.0.0.1", waitPort(t, srv))
	deadline := time.Now().Add(2 * runTimeout)
	var early int
	for i := 1; i <= n; i++ {
		c, err := net.DialTimeout("tcp", addr, readyTimeout)
		if err != nil {
			t.Fatalf("connection %d: %v%s", i, err, srv.endReason())
		}
		c.SetDeadline(deadline)
		if _, err := c.Write([]byte("hello\n")); err != nil {
			t.Fatalf("connection %d: write: %v", i, err)
		}
		// The whole answer up to EOF: the script has closed its end.
		got, err := io.ReadAll(c)
		if err != nil || string(got) != strconv.Itoa(i)+" hello\n" {
			t.Fatalf("connection %d: got %q, %v; stderr:\n%s", i, got, err, srv.stderr)
		}
		c.Close()
		switch i {
		case 100, n - 100:
			if _, err := srv.stdout.waitLine("served "+strconv.Itoa(i), readyTimeout, srv.done); err != nil {
				t.Fatal(err)
			}
			if i == 100 {
				early = openFDs(t)
			} else if late := openFDs(t); late > early {
				// (Fewer is possible: the collector may close files
				// an earlier test left unreachable.)
				t.Errorf("open descriptors: %d after 100 connections, %d after %d", early, late, i)
			}
		}
	}
	if status := srv.wait(t, runTimeout); status != 0 {
		t.Fatalf("server exit status %d; stderr:\n%s", status, srv.stderr)
	}
	if !strings.HasSuffix(srv.stdout.String(), "done 5000\n") {
		t.Errorf("server output ends %q", srv.stdout.String()[max(0, len(srv.stdout.String())-50):])
	}
	if after := openFDs(t); after > before {
		t.Errorf("open descriptors: %d before the script, %d after it ended", before, after)
	}
}
