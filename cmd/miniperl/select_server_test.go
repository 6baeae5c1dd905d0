package main

// examples/select_server.pl, a server multiplexing its clients with
// 4-argument select, and examples/frame_server.pl, a length-prefixed
// binary protocol over sysread/syswrite, each driven by plain Go clients
// over loopback and run by miniperl and by perl with the same expectations.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var (
	selectServerScript = filepath.Join("..", "..", "examples", "select_server.pl")
	frameServerScript  = filepath.Join("..", "..", "examples", "frame_server.pl")
)

// selectClients is how many clients talk to the select server at once.
const selectClients = 3

// bothKinds runs test once with miniperl and once with perl, skipping the
// perl run when perl is not installed.
func bothKinds(t *testing.T, test func(t *testing.T, kind string)) {
	for _, kind := range []string{kindMiniperl, kindPerl} {
		t.Run(kind, func(t *testing.T) {
			if kind == kindPerl && perlPath() == "" {
				t.Skip("perl not found; the same test under perl needs it")
			}
			test(t, kind)
		})
	}
}

// dialLoopback connects to a server on 127.0.0.1, with one deadline for
// the whole conversation so that no read or write can hang the test.
func dialLoopback(t *testing.T, port string) net.Conn {
	t.Helper()
	conn, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", port), readyTimeout)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if err := conn.SetDeadline(time.Now().Add(runTimeout)); err != nil {
		t.Fatal(err)
	}
	return conn
}

// selectClient is one connection to the select server.
type selectClient struct {
	conn net.Conn
	r    *bufio.Reader
	id   int // the number the server gave it in its welcome
}

// linesFor is how many lines the client numbered id sends: different for
// each client, so the server's per-client counts show whose lines it
// attributed to whom.
func linesFor(id int) int { return 2*id + 1 }

// TestSelectServer has three Go clients connected to select_server.pl at
// the same time, all greeted before any of them sends, then chatting
// concurrently; they leave one by one and the server stops after the third.
func TestSelectServer(t *testing.T) {
	bothKinds(t, func(t *testing.T, kind string) {
		port := strconv.Itoa(freePort(t))
		srv := start(t, kind, []string{selectServerScript, port, strconv.Itoa(selectClients)}, nil)
		if _, err := srv.stdout.waitLine("select server on port ", readyTimeout, srv.done); err != nil {
			t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", kind, err, srv.stderr, srv.endReason())
		}

		// Connect all clients concurrently; each learns its number.
		clients := make([]*selectClient, selectClients)
		var wg sync.WaitGroup
		errs := make(chan error, selectClients)
		for i := range clients {
			conn := dialLoopback(t, port)
			c := &selectClient{conn: conn, r: bufio.NewReader(conn)}
			clients[i] = c
			wg.Add(1)
			go func() {
				defer wg.Done()
				line, err := c.r.ReadString('\n')
				if err != nil {
					errs <- fmt.Errorf("reading the welcome: %v (got %q)", err, line)
					return
				}
				n, err := fmt.Sscanf(line, "welcome, you are client %d\n", &c.id)
				if err != nil || n != 1 {
					errs <- fmt.Errorf("welcome = %q", line)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		// All are connected and greeted: the server is holding them at
		// once. Now they talk at the same time.
		seen := map[int]bool{}
		for _, c := range clients {
			if c.id < 1 || c.id > selectClients || seen[c.id] {
				t.Fatalf("client numbers %v are not 1..%d once each", seen, selectClients)
			}
			seen[c.id] = true
		}
		talkErrs := make(chan error, selectClients)
		for _, c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				talkErrs <- c.talk()
			}()
		}
		wg.Wait()
		close(talkErrs)
		for err := range talkErrs {
			if err != nil {
				t.Error(err)
			}
		}
		if t.Failed() {
			return
		}

		// Leave in number order, each after the last one's departure is
		// logged, so the server's log has one possible order.
		byID := map[int]*selectClient{}
		for _, c := range clients {
			byID[c.id] = c
		}
		for id := 1; id <= selectClients; id++ {
			byID[id].conn.Close()
			prefix := fmt.Sprintf("client %d disconnected", id)
			if _, err := srv.stdout.waitLine(prefix, readyTimeout, srv.done); err != nil {
				t.Fatalf("%s server: %v\nstderr:\n%s%s", kind, err, srv.stderr, srv.endReason())
			}
		}
		if status := srv.wait(t, runTimeout); status != 0 {
			t.Errorf("%s server exit status %d; stderr:\n%s", kind, status, srv.stderr)
		}

		var want strings.Builder
		fmt.Fprintf(&want, "select server on port %s\n", port)
		for id := 1; id <= selectClients; id++ {
			fmt.Fprintf(&want, "client %d connected\n", id)
		}
		for id := 1; id <= selectClients; id++ {
			fmt.Fprintf(&want, "client %d disconnected after %d line(s)\n", id, linesFor(id))
		}
		fmt.Fprintf(&want, "served %d client(s)\n", selectClients)
		if diff := cmp.Diff(want.String(), srv.stdout.String()); diff != "" {
			t.Errorf("%s server output (-want +got):\n%s", kind, diff)
		}
		if e := srv.stderr.String(); e != "" {
			t.Errorf("%s server wrote to stderr:\n%s", kind, e)
		}
	})
}

// talk sends the client's lines and checks each echo. The first line goes
// out in two pieces with a pause between, so the server must keep a
// partial line until the rest arrives.
func (c *selectClient) talk() error {
	for i := 1; i <= linesFor(c.id); i++ {
		line := fmt.Sprintf("line %d of client %d", i, c.id)
		if i == 1 {
			if _, err := io.WriteString(c.conn, line[:4]); err != nil {
				return err
			}
			time.Sleep(20 * time.Millisecond)
			if _, err := io.WriteString(c.conn, line[4:]+"\n"); err != nil {
				return err
			}
		} else if _, err := io.WriteString(c.conn, line+"\n"); err != nil {
			return err
		}
		got, err := c.r.ReadString('\n')
		if err != nil {
			return fmt.Errorf("client %d: reading the echo of %q: %v (got %q)", c.id, line, err, got)
		}
		if want := fmt.Sprintf("[%d] %s\n", c.id, line); got != want {
			return fmt.Errorf("client %d: echo = %q, want %q", c.id, got, want)
		}
	}
	return nil
}

// TestFrameServer sends pack("N/a*") frames of up to 1 MB to
// frame_server.pl and checks that each answer is the payload reversed.
func TestFrameServer(t *testing.T) {
	// Empty, tiny, odd, and two of about 1 MB, which no single read or
	// write carries whole.
	frameSizes := []int{0, 1, 1000, 1 << 20, 1<<20 + 7}
	bothKinds(t, func(t *testing.T, kind string) {
		port := strconv.Itoa(freePort(t))
		srv := start(t, kind, []string{frameServerScript, port, "1"}, nil)
		if _, err := srv.stdout.waitLine("frame server on port ", readyTimeout, srv.done); err != nil {
			t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", kind, err, srv.stderr, srv.endReason())
		}
		conn := dialLoopback(t, port)
		rng := rand.New(rand.NewPCG(1, 2))
		total := 0
		for _, size := range frameSizes {
			payload := make([]byte, size)
			for i := range payload {
				payload[i] = byte(rng.UintN(256))
			}
			total += size
			frame := binary.BigEndian.AppendUint32(nil, uint32(size))
			frame = append(frame, payload...)
			// The server reads the whole frame before answering, so
			// writing all of it first cannot deadlock.
			if _, err := conn.Write(frame); err != nil {
				t.Fatalf("writing a %d-byte frame: %v", size, err)
			}
			var head [4]byte
			if _, err := io.ReadFull(conn, head[:]); err != nil {
				t.Fatalf("reading the answer to a %d-byte frame: %v\nserver stderr:\n%s", size, err, srv.stderr)
			}
			if n := binary.BigEndian.Uint32(head[:]); n != uint32(size) {
				t.Fatalf("answer to a %d-byte frame announces %d bytes", size, n)
			}
			got := make([]byte, size)
			if _, err := io.ReadFull(conn, got); err != nil {
				t.Fatalf("reading the answer to a %d-byte frame: %v", size, err)
			}
			for i, j := 0, len(payload)-1; i < j; i, j = i+1, j-1 {
				payload[i], payload[j] = payload[j], payload[i]
			}
			if !bytes.Equal(got, payload) {
				t.Fatalf("answer to a %d-byte frame is not the payload reversed", size)
			}
		}
		conn.Close()
		if status := srv.wait(t, runTimeout); status != 0 {
			t.Errorf("%s server exit status %d; stderr:\n%s", kind, status, srv.stderr)
		}
		want := fmt.Sprintf("frame server on port %s\nclient 1: %d frame(s), %d byte(s)\nserved 1 client(s)\n",
			port, len(frameSizes), total)
		if diff := cmp.Diff(want, srv.stdout.String()); diff != "" {
			t.Errorf("%s server output (-want +got):\n%s", kind, diff)
		}
		if e := srv.stderr.String(); e != "" {
			t.Errorf("%s server wrote to stderr:\n%s", kind, e)
		}
	})
}

// Scripts blocked in the calls of this file's examples, for
// TestCancelStopsSysio. Each connects to a silent peer on the port in
// $ARGV[0], says "blocking" and waits for data that never comes.
const (
	sysioConnect = `
use Socket;
socket(my $s, PF_INET, SOCK_STREAM, 0) or die "socket: $!\n";
connect($s, sockaddr_in($ARGV[0], INADDR_LOOPBACK)) or die "connect: $!\n";
$| = 1;
print "blocking\n";
`
	blockedInSelect = sysioConnect + `
my $rin = '';
vec($rin, fileno($s), 1) = 1;
select(my $rout = $rin, undef, undef, undef);
print "returned\n";
`
	blockedInSelectTimeout = sysioConnect + `
select(undef, undef, undef, 3600);
print "returned\n";
`
	blockedInSysread = sysioConnect + `
sysread($s, my $buf, 10);
print "returned\n";
`
	blockedInReadLength = sysioConnect + `
read($s, my $buf, 10);
print "returned\n";
`
	blockedInRecv = sysioConnect + `
recv($s, my $buf, 10, 0);
print "returned\n";
`
)

// TestCancelStopsSysio cancels scripts blocked in select, sysread, read
// and recv, and requires run to return within cancelLatency without the
// blocked call returning to the script.
func TestCancelStopsSysio(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"select", blockedInSelect},
		{"select-timeout", blockedInSelectTimeout},
		{"sysread", blockedInSysread},
		{"read", blockedInReadLength},
		{"recv", blockedInRecv},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			args := []string{"-e", tc.src, strconv.Itoa(silentPeer(t))}
			stdout, stderr := newSyncBuffer(), newSyncBuffer()
			done := make(chan struct{})
			var err error
			go func() {
				defer close(done)
				_, err = runInProcess(ctx, args, nil, stdout, stderr)
			}()
			if _, werr := stdout.waitLine("blocking", readyTimeout, done); werr != nil {
				cancel()
				<-done
				t.Fatalf("script did not get to the blocking call: %v\nstderr:\n%s", werr, stderr)
			}
			time.Sleep(settleTime)
			select {
			case <-done:
				t.Fatalf("script ended before it was cancelled; stdout:\n%s\nstderr:\n%s", stdout, stderr)
			default:
			}
			cancelled := time.Now()
			cancel()
			select {
			case <-done:
			case <-time.After(stopTimeout):
				t.Fatalf("run still blocked %v after cancel", stopTimeout)
			}
			if err != nil {
				t.Fatal(err)
			}
			if latency := time.Since(cancelled); latency > cancelLatency {
				t.Errorf("run returned %v after cancel, want at most %v", latency, cancelLatency)
			}
			if out := stdout.String(); strings.Contains(out, "returned") {
				t.Errorf("the blocking call returned instead of the script being stopped; stdout:\n%s", out)
			}
		})
	}
}
