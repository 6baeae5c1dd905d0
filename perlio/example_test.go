package perlio_test

import (
	"context"
	"fmt"
	"time"

	"github.com/miniperl/miniperl/perlio"
	"golang.org/x/sys/unix"
)

// The calls behind a perl echo over loopback:
//
//	socket(SERVER, 2, 1, 6); bind(SERVER, pack('S n a4 x8', 2, 0, "\x7f\0\0\1"));
//	listen(SERVER, 5); ... connect(CLIENT, getsockname(SERVER));
//	accept(CONN, SERVER); select(CONN); $| = 1; print CONN "hi\n"; <CLIENT>
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	server, _ := perlio.Socket(2, 1, 6)
	defer server.Close()
	server.Bind(perlio.SockaddrToBytes(&unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	server.Listen(5)
	addr, _ := server.SockName()

	client, _ := perlio.Socket(2, 1, 6)
	defer client.Close()
	if err := client.Connect(ctx, addr); err != nil {
		e, _ := perlio.ErrnoOf(err)
		fmt.Println("connect:", perlio.ErrnoText(e))
		return
	}
	conn, _, _ := server.Accept(ctx)
	defer conn.Close()
	conn.SetAutoflush(true)
	conn.WriteString(ctx, "hi\n")

	line, _, _ := client.ReadLine(ctx, []byte("\n"))
	fmt.Printf("%q $.=%d\n", line, client.LineNo())
	// Output: "hi\n" $.=1
}
