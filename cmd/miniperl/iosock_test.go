package main

// IO::Socket::UNIX and IO::Socket::IP example pairs in all four
// {miniperl, perl} combinations: a Unix-domain socket in a temporary
// directory, and IO::Socket::IP over 127.0.0.1 and ::1 (skipped when the
// machine has no IPv6 loopback).

import (
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sockPair is a server and client script with their arguments and what
// they print for clientInput.
type sockPair struct {
	server, client         string
	serverArgs, clientArgs []string
	ready                  string
	transcript, serverLog  string
}

func runSockPair(t *testing.T, pair sockPair, serverKind, clientKind string) {
	t.Helper()
	if (serverKind == kindPerl || clientKind == kindPerl) && perlPath() == "" {
		t.Skip("perl not found; this combination needs it")
	}
	examples := filepath.Join("..", "..", "examples")
	srv := start(t, serverKind, append([]string{filepath.Join(examples, pair.server)}, pair.serverArgs...), nil)
	if _, err := srv.stdout.waitLine(pair.ready, readyTimeout, srv.done); err != nil {
		t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", serverKind, err, srv.stderr, srv.endReason())
	}
	cli := start(t, clientKind, append([]string{filepath.Join(examples, pair.client)}, pair.clientArgs...), strings.NewReader(clientInput))
	if status := cli.wait(t, runTimeout); status != 0 {
		t.Fatalf("%s client exit status %d; stderr:\n%s", clientKind, status, cli.stderr)
	}
	if diff := cmp.Diff(pair.transcript, cli.stdout.String()); diff != "" {
		t.Errorf("client transcript (-want +got):\n%s", diff)
	}
	if status := srv.wait(t, runTimeout); status != 0 {
		t.Errorf("%s server exit status %d; stderr:\n%s", serverKind, status, srv.stderr)
	}
	if diff := cmp.Diff(pair.serverLog, srv.stdout.String()); diff != "" {
		t.Errorf("%s server output (-want +got):\n%s", serverKind, diff)
	}
	if e := srv.stderr.String() + cli.stderr.String(); e != "" {
		t.Errorf("stderr not empty:\n%s", e)
	}
}

func TestUnixSocketClientServer(t *testing.T) {
	kinds := []string{kindMiniperl, kindPerl}
	for _, serverKind := range kinds {
		for _, clientKind := range kinds {
			t.Run("server="+serverKind+"/client="+clientKind, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "line.sock")
				runSockPair(t, sockPair{
					server: "iosocket_unix_server.pl", client: "iosocket_unix_client.pl",
					serverArgs: []string{path, "1"}, clientArgs: []string{path},
					ready:      "listening on ",
					transcript: "connected to the server\nwelcome\nHELLO (5)\nSOCKET WORLD (12)\n12345 (5)\n",
					serverLog:  "listening on " + path + "\nclient connected to " + path + "\ndone\n",
				}, serverKind, clientKind)
			})
		}
	}
}

// haveIPv6Loopback reports whether ::1 can be listened on.
func haveIPv6Loopback() bool {
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		return false
	}
	ln.Close()
	return true
}

// freePort6 is freePort on ::1.
func freePort6(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return port
}

func TestIOSocketIPClientServer(t *testing.T) {
	kinds := []string{kindMiniperl, kindPerl}
	for _, host := range []string{"127.0.0.1", "::1"} {
		for _, serverKind := range kinds {
			for _, clientKind := range kinds {
				t.Run(host+"/server="+serverKind+"/client="+clientKind, func(t *testing.T) {
					var port, listening, family string
					if host == "::1" {
						if !haveIPv6Loopback() {
							t.Skip("no IPv6 loopback (::1) on this machine")
						}
						port = strconv.Itoa(freePort6(t))
						listening, family = "[::1]:"+port, "6"
					} else {
						port = strconv.Itoa(freePort(t))
						listening, family = "127.0.0.1:"+port, "4"
					}
					runSockPair(t, sockPair{
						server: "ip_server.pl", client: "ip_client.pl",
						serverArgs: []string{host, port, "1"}, clientArgs: []string{host, port},
						ready:      "listening on ",
						transcript: "connected to " + host + "\nwelcome over IPv" + family + "\n1 words\n2 words\n1 words\n",
						serverLog:  "listening on " + listening + "\nclient " + host + " connected\ndone\n",
					}, serverKind, clientKind)
				})
			}
		}
	}
}
