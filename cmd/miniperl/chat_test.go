package main

// examples/chat_server.pl (IO::Socket::INET + IO::Select) serving three
// plain Go clients at once over loopback, under miniperl and under perl.

import (
	"bufio"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestChatServerThreeClients(t *testing.T) {
	for _, kind := range []string{kindMiniperl, kindPerl} {
		t.Run(kind, func(t *testing.T) {
			if kind == kindPerl && perlPath() == "" {
				t.Skip("perl not found; this run needs it")
			}
			port := strconv.Itoa(freePort(t))
			srv := start(t, kind, []string{filepath.Join("..", "..", "examples", "chat_server.pl"), port, "3"}, nil)
			if _, err := srv.stdout.waitLine("chat on port ", readyTimeout, srv.done); err != nil {
				t.Fatalf("server not ready: %v\nstderr:\n%s%s", err, srv.stderr, srv.endReason())
			}
			type client struct {
				conn net.Conn
				r    *bufio.Reader
			}
			var clients []client
			for i := 1; i <= 3; i++ {
				conn, err := net.DialTimeout("tcp", "127.0.0.1:"+port, readyTimeout)
				if err != nil {
					t.Fatal(err)
				}
				defer conn.Close()
				conn.SetDeadline(time.Now().Add(runTimeout))
				c := client{conn, bufio.NewReader(conn)}
				// Reading the greeting before the next client connects
				// makes the user numbers predictable.
				if line, err := c.r.ReadString('\n'); err != nil || line != "you are user"+strconv.Itoa(i)+"\n" {
					t.Fatalf("client %d greeting %q, %v", i, line, err)
				}
				clients = append(clients, c)
			}
			say := func(from int, text string) {
				t.Helper()
				if _, err := clients[from].conn.Write([]byte(text + "\n")); err != nil {
					t.Fatal(err)
				}
				for i, c := range clients {
					if i == from {
						continue
					}
					want := "user" + strconv.Itoa(from+1) + ": " + text + "\n"
					if line, err := c.r.ReadString('\n'); err != nil || line != want {
						t.Fatalf("client %d got %q, %v; want %q", i+1, line, err, want)
					}
				}
			}
			say(0, "hello all")
			say(2, "hi from three")
			say(1, strings.Repeat("x", 3000))
			for _, c := range clients {
				c.conn.Close()
			}
			if status := srv.wait(t, runTimeout); status != 0 {
				t.Fatalf("server exit status %d; stderr:\n%s", status, srv.stderr)
			}
			if out := srv.stdout.String(); !strings.HasSuffix(out, "all 3 clients left\n") {
				t.Errorf("server output:\n%s", out)
			}
		})
	}
}
