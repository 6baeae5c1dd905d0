package main

// The modern-style example pairs — examples/inet_*.pl (use Socket) and
// examples/iosocket_*.pl (IO::Socket::INET) — in all four {miniperl, perl}
// combinations over loopback.

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// examplePair is a server and client script and what they print for
// clientInput.
type examplePair struct {
	server, client string
	// clientArgs are the client's arguments before the port.
	clientArgs []string
	// ready is the start of the server's line saying it listens.
	ready      string
	transcript string
	// serverLog is what the server prints, with PORT for the port.
	serverLog string
}

var modernPairs = map[string]examplePair{
	"use Socket": {
		server: "inet_server.pl", client: "inet_client.pl", clientArgs: []string{"127.0.0.1"},
		ready: "server started on port ",
		transcript: "Hello from the server on localhost. Say quit to leave.\n" +
			"HELLO\nSOCKET WORLD\n12345\nGoodbye.\n",
		serverLog: "server started on port PORT\nconnection from localhost [127.0.0.1]\nserved 1 client(s)\n",
	},
	"IO::Socket::INET": {
		server: "iosocket_server.pl", client: "iosocket_client.pl",
		ready:      "listening on ",
		transcript: "welcome\n1 words, 5 chars\n2 words, 12 chars\n1 words, 5 chars\n",
		serverLog:  "listening on 127.0.0.1:PORT\nclient 127.0.0.1 connected\ndone\n",
	},
}

func TestModernClientServer(t *testing.T) {
	kinds := []string{kindMiniperl, kindPerl}
	for name, pair := range modernPairs {
		for _, serverKind := range kinds {
			for _, clientKind := range kinds {
				t.Run(name+"/server="+serverKind+"/client="+clientKind, func(t *testing.T) {
					runPair(t, pair, serverKind, clientKind)
				})
			}
		}
	}
}

func runPair(t *testing.T, pair examplePair, serverKind, clientKind string) {
	if (serverKind == kindPerl || clientKind == kindPerl) && perlPath() == "" {
		t.Skip("perl not found; this combination needs it")
	}
	examples := filepath.Join("..", "..", "examples")
	port := strconv.Itoa(freePort(t))
	srv := start(t, serverKind, []string{filepath.Join(examples, pair.server), port, "1"}, nil)
	if _, err := srv.stdout.waitLine(pair.ready, readyTimeout, srv.done); err != nil {
		t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", serverKind, err, srv.stderr, srv.endReason())
	}
	args := append(append([]string{filepath.Join(examples, pair.client)}, pair.clientArgs...), port)
	cli := start(t, clientKind, args, strings.NewReader(clientInput))
	if status := cli.wait(t, runTimeout); status != 0 {
		t.Fatalf("%s client exit status %d; stderr:\n%s", clientKind, status, cli.stderr)
	}
	if diff := cmp.Diff(pair.transcript, cli.stdout.String()); diff != "" {
		t.Errorf("client transcript (-want +got):\n%s", diff)
	}
	if status := srv.wait(t, runTimeout); status != 0 {
		t.Errorf("%s server exit status %d; stderr:\n%s", serverKind, status, srv.stderr)
	}
	wantLog := strings.ReplaceAll(pair.serverLog, "PORT", port)
	if diff := cmp.Diff(wantLog, srv.stdout.String()); diff != "" {
		t.Errorf("%s server output (-want +got):\n%s", serverKind, diff)
	}
	if e := srv.stderr.String() + cli.stderr.String(); e != "" {
		t.Errorf("stderr not empty:\n%s", e)
	}
}
