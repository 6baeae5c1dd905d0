package main

// The UDP echo pair (examples/udp_*.pl: recv with the peer's address,
// send back to it) and the Unix-domain stream pair (examples/unix_*.pl)
// in all four {miniperl, perl} combinations.

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	udpInput      = "hello\nsocket world\n12345\n"
	udpTranscript = "echo: HELLO\necho: SOCKET WORLD\necho: 12345\nbye\n"
	udpServerLog  = "datagram 1: 5 bytes from 127.0.0.1\n" +
		"datagram 2: 12 bytes from 127.0.0.1\n" +
		"datagram 3: 5 bytes from 127.0.0.1\n" +
		"datagram 4: 4 bytes from 127.0.0.1\n" +
		"served 4 datagram(s) from 1 client(s)\n"

	unixTranscript = "1: hello\n2: socket world\n3: 12345\ngot 3 line(s)\n"
	unixServerLog  = "listening on PATH\n" +
		"client 1 connected, address family 1\n" +
		"client 1 sent 3 line(s)\n" +
		"server done\n"
)

// eachCombination runs fn for every {miniperl, perl} server × client.
func eachCombination(t *testing.T, fn func(t *testing.T, serverKind, clientKind string)) {
	kinds := []string{kindMiniperl, kindPerl}
	for _, serverKind := range kinds {
		for _, clientKind := range kinds {
			t.Run("server="+serverKind+"/client="+clientKind, func(t *testing.T) {
				if (serverKind == kindPerl || clientKind == kindPerl) && perlPath() == "" {
					t.Skip("perl not found; this combination needs it")
				}
				fn(t, serverKind, clientKind)
			})
		}
	}
}

// finishPair waits for the client and then the server and compares what
// they printed.
func finishPair(t *testing.T, srv, cli *proc, transcript, serverLog string) {
	t.Helper()
	if status := cli.wait(t, runTimeout); status != 0 {
		t.Fatalf("%s client exit status %d; stderr:\n%s", cli.kind, status, cli.stderr)
	}
	if diff := cmp.Diff(transcript, cli.stdout.String()); diff != "" {
		t.Errorf("%s client transcript (-want +got):\n%s", cli.kind, diff)
	}
	if status := srv.wait(t, runTimeout); status != 0 {
		t.Errorf("%s server exit status %d; stderr:\n%s", srv.kind, status, srv.stderr)
	}
	if diff := cmp.Diff(serverLog, srv.stdout.String()); diff != "" {
		t.Errorf("%s server output (-want +got):\n%s", srv.kind, diff)
	}
	if e := srv.stderr.String() + cli.stderr.String(); e != "" {
		t.Errorf("stderr not empty:\n%s", e)
	}
}

func TestUDPEcho(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	eachCombination(t, func(t *testing.T, serverKind, clientKind string) {
		// Port 0: the server binds any free port and says which.
		srv := start(t, serverKind, []string{filepath.Join(examples, "udp_server.pl"), "0", "1"}, nil)
		line, err := srv.stdout.waitLine("udp server on port ", readyTimeout, srv.done)
		if err != nil {
			t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", serverKind, err, srv.stderr, srv.endReason())
		}
		port := strings.TrimPrefix(line, "udp server on port ")
		cli := start(t, clientKind, []string{filepath.Join(examples, "udp_client.pl"), port}, strings.NewReader(udpInput))
		finishPair(t, srv, cli, udpTranscript, line+"\n"+udpServerLog)
	})
}

func TestUnixStream(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	eachCombination(t, func(t *testing.T, serverKind, clientKind string) {
		path := filepath.Join(t.TempDir(), "server.sock")
		srv := start(t, serverKind, []string{filepath.Join(examples, "unix_server.pl"), path, "1"}, nil)
		if _, err := srv.stdout.waitLine("listening on ", readyTimeout, srv.done); err != nil {
			t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", serverKind, err, srv.stderr, srv.endReason())
		}
		cli := start(t, clientKind, []string{filepath.Join(examples, "unix_client.pl"), path}, strings.NewReader(clientInput))
		finishPair(t, srv, cli, unixTranscript, strings.ReplaceAll(unixServerLog, "PATH", path))
		// The server removes its socket file when it is done.
		if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s server left %s behind (Lstat: %v)", serverKind, path, err)
		}
	})
}
