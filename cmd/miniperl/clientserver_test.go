package main

// examples/server.pl and examples/client.pl talking over loopback, with
// each side run by miniperl or by perl: whoever runs them, the client must
// print the same conversation.

import (
	"bufio"
	"io"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var (
	serverScript = filepath.Join("..", "..", "examples", "server.pl")
	clientScript = filepath.Join("..", "..", "examples", "client.pl")
)

// clientInput is what the client reads from stdin and relays.
const clientInput = "hello\nsocket world\n12345\n"

// wantTranscript is the client's whole stdout for clientInput: the
// greeting, one reversed line per input line, and the farewell sent after
// the client's ".".
const wantTranscript = "Hello from the reverse server. Send '.' to quit.\n" +
	"olleh\n" +
	"dlrow tekcos\n" +
	"54321\n" +
	"Bye.\n"

// startServer starts server.pl on port for one connection and waits until
// it has printed its "Server port:" line, which it does after listen: only
// then may a client connect. (Probing the port with a dial would use up
// the server's one connection.)
func startServer(t *testing.T, kind string, port int) *proc {
	t.Helper()
	srv := start(t, kind, []string{serverScript, strconv.Itoa(port), "1", "127.0.0.1"}, nil)
	line, err := srv.stdout.waitLine("Server port: ", readyTimeout, srv.done)
	if err != nil {
		t.Fatalf("%s server not ready: %v\nstderr:\n%s%s", kind, err, srv.stderr, srv.endReason())
	}
	if want := "Server port: " + strconv.Itoa(port); line != want {
		t.Fatalf("%s server said %q, want %q", kind, line, want)
	}
	return srv
}

// checkServerLog checks what a server that served one client printed.
func checkServerLog(t *testing.T, kind, log string, port int) {
	t.Helper()
	for _, want := range []string{
		"Server host: 127.0.0.1\n",
		"Server port: " + strconv.Itoa(port) + "\n",
		"Client host: 127.0.0.1\n",
		"Client port: ",
		"Connection closed\n",
		"Server stopped after 1 connection(s)\n",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("%s server output lacks %q; it printed:\n%s", kind, want, log)
		}
	}
}

// TestClientServer runs the example pair in all four combinations of
// {miniperl, perl} server × {miniperl, perl} client and compares the
// client transcripts with each other and with the expected conversation.
func TestClientServer(t *testing.T) {
	kinds := []string{kindMiniperl, kindPerl}
	transcripts := map[string]string{}
	var order []string
	for _, serverKind := range kinds {
		for _, clientKind := range kinds {
			name := "server=" + serverKind + "/client=" + clientKind
			t.Run(name, func(t *testing.T) {
				if (serverKind == kindPerl || clientKind == kindPerl) && perlPath() == "" {
					t.Skip("perl not found; this combination needs it")
				}
				port := freePort(t)
				srv := startServer(t, serverKind, port)

				cli := start(t, clientKind, []string{clientScript, strconv.Itoa(port)}, strings.NewReader(clientInput))
				if status := cli.wait(t, runTimeout); status != 0 {
					t.Fatalf("%s client exit status %d; stderr:\n%s", clientKind, status, cli.stderr)
				}
				got := cli.stdout.String()
				if diff := cmp.Diff(wantTranscript, got); diff != "" {
					t.Errorf("client transcript (-want +got):\n%s", diff)
				}
				if e := cli.stderr.String(); e != "" {
					t.Errorf("client wrote to stderr:\n%s", e)
				}

				if status := srv.wait(t, runTimeout); status != 0 {
					t.Errorf("%s server exit status %d; stderr:\n%s", serverKind, status, srv.stderr)
				}
				checkServerLog(t, serverKind, srv.stdout.String(), port)
				transcripts[name] = got
				order = append(order, name)
			})
		}
	}
	// Each transcript already matched wantTranscript; comparing them with
	// one another states the property itself: perl and miniperl are
	// interchangeable on either end.
	for _, name := range order[min(1, len(order)):] {
		if diff := cmp.Diff(transcripts[order[0]], transcripts[name]); diff != "" {
			t.Errorf("transcript of %s differs from %s (-%s +%s):\n%s", name, order[0], order[0], name, diff)
		}
	}
	if len(order) == 0 {
		t.Error("no combination completed")
	}
}

// TestGoClientAgainstMiniperlServer talks to server.pl run by miniperl
// from a plain Go client, line by line.
func TestGoClientAgainstMiniperlServer(t *testing.T) {
	port := freePort(t)
	srv := startServer(t, kindMiniperl, port)

	conn, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), readyTimeout)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// One deadline for the whole conversation keeps every read bounded.
	if err := conn.SetDeadline(time.Now().Add(runTimeout)); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(conn)
	readLine := func() string {
		t.Helper()
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading from the server: %v (got %q)", err, line)
		}
		return line
	}

	if got, want := readLine(), "Hello from the reverse server. Send '.' to quit.\n"; got != want {
		t.Errorf("greeting = %q, want %q", got, want)
	}
	for _, tc := range []struct{ send, want string }{
		{"hello", "olleh"},
		{"socket world", "dlrow tekcos"},
		{"12345", "54321"},
		{"", ""},
		{"a", "a"},
		{"ab cd\tef", "fe\tdc ba"},
	} {
		if _, err := conn.Write([]byte(tc.send + "\n")); err != nil {
			t.Fatal(err)
		}
		if got := readLine(); got != tc.want+"\n" {
			t.Errorf("reply to %q = %q, want %q", tc.send, got, tc.want+"\n")
		}
	}
	if _, err := conn.Write([]byte(".\n")); err != nil {
		t.Fatal(err)
	}
	if got := readLine(); got != "Bye.\n" {
		t.Errorf("farewell = %q, want %q", got, "Bye.\n")
	}
	if rest, err := r.ReadString('\n'); err != io.EOF || rest != "" {
		t.Errorf("after the farewell: %q, %v; want the connection closed (EOF)", rest, err)
	}

	if status := srv.wait(t, runTimeout); status != 0 {
		t.Errorf("server exit status %d; stderr:\n%s", status, srv.stderr)
	}
	checkServerLog(t, kindMiniperl, srv.stdout.String(), port)
}
