package main

// Cancelling the context given to run must stop a script promptly even
// when it is blocked in a system call, as a server in accept() or a client
// waiting for a line usually is: that is how an embedding host shuts a
// script down.

import (
	"context"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// cancelLatency is the most run may take to return after its context is
// cancelled.
const cancelLatency = 100 * time.Millisecond

// settleTime is how long a script is left after it announced that it is
// about to block, so that it is really inside the blocking call when the
// context is cancelled (nothing outside the interpreter can observe that
// moment more precisely).
const settleTime = 50 * time.Millisecond

// blockedInAccept listens on a loopback port that nobody connects to.
const blockedInAccept = `
socket(SOCK, 2, 1, 6) or die "socket: $!\n";
bind(SOCK, pack('S n a4 x8', 2, 0, pack('C4', 127, 0, 0, 1))) or die "bind: $!\n";
listen(SOCK, 5) or die "listen: $!\n";
$| = 1;
print "blocking\n";
accept(NEWSOCK, SOCK);
print "returned\n";
`

// blockedInRead connects to the port in $ARGV[0], where a peer accepts
// and then says nothing, and waits for a line.
const blockedInRead = `
my ($port) = @ARGV;
socket(SOCK, 2, 1, 6) or die "socket: $!\n";
connect(SOCK, pack('S n a4 x8', 2, $port, pack('C4', 127, 0, 0, 1))) or die "connect: $!\n";
$| = 1;
print "blocking\n";
my $line = <SOCK>;
print "returned\n";
`

// busyLoop never blocks and never ends: cancellation must be checked
// while it runs, not only in system calls.
const busyLoop = `
$| = 1;
print "blocking\n";
my $i = 0;
while (1) {
    $i++;
}
print "returned\n";
`

// silentPeer accepts loopback connections and never writes to them. It
// returns its port; everything is closed when the test ends.
func silentPeer(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
		wg    sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return // the listener was closed
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().(*net.TCPAddr).Port
}

// TestCancelStopsBlockedScript cancels scripts blocked in accept, in a
// socket read, and in an endless loop, and requires run to return within
// cancelLatency.
func TestCancelStopsBlockedScript(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		args func(t *testing.T) []string // script arguments
	}{
		{"accept", blockedInAccept, nil},
		{"read", blockedInRead, func(t *testing.T) []string { return []string{strconv.Itoa(silentPeer(t))} }},
		{"loop", busyLoop, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"-e", tc.src}
			if tc.args != nil {
				args = append(args, tc.args(t)...)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var (
				stdout = newSyncBuffer()
				stderr = newSyncBuffer()
				done   = make(chan struct{})
				status int
				err    error
			)
			go func() {
				defer close(done)
				status, err = runInProcess(ctx, args, nil, stdout, stderr)
			}()
			if _, werr := stdout.waitLine("blocking", readyTimeout, done); werr != nil {
				cancel()
				<-done
				t.Fatalf("script did not get to the blocking call: %v\nstderr:\n%s\nrun error: %v", werr, stderr, err)
			}
			time.Sleep(settleTime)
			select {
			case <-done:
				t.Fatalf("script ended before it was cancelled (status %d, error %v); stdout:\n%s\nstderr:\n%s", status, err, stdout, stderr)
			default:
			}

			cancelled := time.Now()
			cancel()
			select {
			case <-done:
			case <-time.After(stopTimeout):
				t.Fatalf("run still blocked %v after cancel", stopTimeout)
			}
			latency := time.Since(cancelled)
			t.Logf("run returned %v after cancel, status %d", latency, status)
			if err != nil {
				t.Fatal(err)
			}
			if latency > cancelLatency {
				t.Errorf("run returned %v after cancel, want at most %v", latency, cancelLatency)
			}
			if out := stdout.String(); strings.Contains(out, "returned") {
				t.Errorf("the blocking call returned instead of the script being stopped; stdout:\n%s", out)
			}
		})
	}
}
