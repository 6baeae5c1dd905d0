package main

// examples/inet_server.pl and examples/inet_client.pl, the modern
// `use strict; use Socket;` pair, in all four {miniperl, perl}
// combinations over loopback.

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	inetServerScript = filepath.Join("..", "..", "examples", "inet_server.pl")
	inetClientScript = filepath.Join("..", "..", "examples", "inet_client.pl")
)

// wantInetTranscript is inet_client.pl's stdout for clientInput.
const wantInetTranscript = "Hello from the server on localhost. Say quit to leave.\n" +
	"HELLO\n" +
	"SOCKET WORLD\n" +
	"12345\n" +
	"Goodbye.\n"

func TestInetClientServer(t *testing.T) {
	kinds := []string{kindMiniperl, kindPerl}
	for _, serverKind := range kinds {
		for _, clientKind := range kinds {
			t.Run("server="+serverKind+"/client="+clientKind, func(t *testing.T) {
				if (serverKind == kindPerl || clientKind == kindPerl) && perlPath() == "" {
					t.Skip("perl not found; this combination needs it")
				}
				port := strconv.Itoa(freePort(t))
				srv := start(t, serverKind, []string{inetServerScript, port, "1"}, nil)
				if _, err := srv.stdout.waitLine("server started on port ", readyTimeout, srv.done); err != nil {
					t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", serverKind, err, srv.stderr, srv.endReason())
				}
				cli := start(t, clientKind, []string{inetClientScript, "127.0.0.1", port}, strings.NewReader(clientInput))
				if status := cli.wait(t, runTimeout); status != 0 {
					t.Fatalf("%s client exit status %d; stderr:\n%s", clientKind, status, cli.stderr)
				}
				if diff := cmp.Diff(wantInetTranscript, cli.stdout.String()); diff != "" {
					t.Errorf("client transcript (-want +got):\n%s", diff)
				}
				if status := srv.wait(t, runTimeout); status != 0 {
					t.Errorf("%s server exit status %d; stderr:\n%s", serverKind, status, srv.stderr)
				}
				wantLog := "server started on port " + port + "\n" +
					"connection from localhost [127.0.0.1]\n" +
					"served 1 client(s)\n"
				if diff := cmp.Diff(wantLog, srv.stdout.String()); diff != "" {
					t.Errorf("%s server output (-want +got):\n%s", serverKind, diff)
				}
				if e := srv.stderr.String() + cli.stderr.String(); e != "" {
					t.Errorf("stderr not empty:\n%s", e)
				}
			})
		}
	}
}
