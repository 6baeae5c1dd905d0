package perlio

import (
	"bytes"
	"encoding/hex"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

func TestSockaddrInetMatchesPerlPack(t *testing.T) {
	// What perl -e 'print unpack "H*", pack("S n a4 x8", 2, 8080, "\x7f\0\0\1")'
	// prints on x86_64.
	want, _ := hex.DecodeString("02001f907f0000010000000000000000")
	if got := packInet(8080, loopback); !bytes.Equal(got, want) {
		t.Fatalf("hand-packed address %x, want %x", got, want)
	}
	got := SockaddrToBytes(&unix.SockaddrInet4{Port: 8080, Addr: loopback})
	if !bytes.Equal(got, want) {
		t.Fatalf("SockaddrToBytes = %x, want %x", got, want)
	}
}

func TestSockaddrAgainstPerlSocketModule(t *testing.T) {
	out := runPerl(t, `use Socket qw(:all);
		print unpack("H*", pack_sockaddr_in(80, inet_aton("10.1.2.3"))), "\n";
		print unpack("H*", pack_sockaddr_in6(443, inet_pton(AF_INET6, "::1"), 7)), "\n";
		print unpack("H*", pack_sockaddr_un("/tmp/s.sock")), "\n";`, nil)
	lines := strings.Fields(string(out))
	if len(lines) != 3 {
		t.Fatalf("perl printed %q", out)
	}
	var six [16]byte
	six[15] = 1
	for i, sa := range []unix.Sockaddr{
		&unix.SockaddrInet4{Port: 80, Addr: [4]byte{10, 1, 2, 3}},
		&unix.SockaddrInet6{Port: 443, Addr: six, ZoneId: 7},
		&unix.SockaddrUnix{Name: "/tmp/s.sock"},
	} {
		if got := hex.EncodeToString(SockaddrToBytes(sa)); got != lines[i] {
			t.Errorf("%T: got %s, perl packs %s", sa, got, lines[i])
		}
	}
}

func TestSockaddrRoundTrip(t *testing.T) {
	var v6 [16]byte
	copy(v6[:], []byte{0x20, 0x01, 0x0d, 0xb8, 15: 0x42})
	for _, sa := range []unix.Sockaddr{
		&unix.SockaddrInet4{Port: 0, Addr: [4]byte{0, 0, 0, 0}},
		&unix.SockaddrInet4{Port: 65535, Addr: [4]byte{192, 0, 2, 1}},
		&unix.SockaddrInet6{Port: 8080, Addr: v6},
		&unix.SockaddrInet6{Port: 1, Addr: v6, ZoneId: 3},
		&unix.SockaddrUnix{Name: "/tmp/some/socket"},
		&unix.SockaddrUnix{Name: "@abstract-name"},
		&unix.SockaddrUnix{Name: ""},
	} {
		b := SockaddrToBytes(sa)
		back, err := BytesToSockaddr(b)
		if err != nil {
			t.Errorf("%#v: %v", sa, err)
			continue
		}
		if !reflect.DeepEqual(back, sa) {
			t.Errorf("round trip of %#v gave %#v", sa, back)
		}
	}
	if n := len(SockaddrToBytes(&unix.SockaddrInet6{})); n != SizeofSockaddrInet6 {
		t.Errorf("AF_INET6 length %d", n)
	}
	if n := len(SockaddrToBytes(&unix.SockaddrUnix{Name: "/x"})); n != SizeofSockaddrUnix {
		t.Errorf("AF_UNIX length %d", n)
	}
}

func TestBytesToSockaddrKernelForms(t *testing.T) {
	// getsockname on a bound Unix socket returns family + path + NUL.
	b := append([]byte{1, 0}, "/tmp/x.sock\x00"...)
	sa, err := BytesToSockaddr(b)
	if err != nil || sa.(*unix.SockaddrUnix).Name != "/tmp/x.sock" {
		t.Errorf("kernel-length Unix address: %#v, %v", sa, err)
	}
	// An unbound one returns the family alone.
	sa, err = BytesToSockaddr([]byte{1, 0})
	if err != nil || sa.(*unix.SockaddrUnix).Name != "" {
		t.Errorf("unnamed Unix address: %#v, %v", sa, err)
	}
	// The old 24-byte sockaddr_in6 is still accepted.
	if _, err := BytesToSockaddr(SockaddrToBytes(&unix.SockaddrInet6{Port: 9})[:24]); err != nil {
		t.Errorf("24-byte AF_INET6: %v", err)
	}
}

func TestBytesToSockaddrErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		b    []byte
		want unix.Errno
	}{
		{"empty", nil, unix.EINVAL},
		{"one byte", []byte{2}, unix.EINVAL},
		{"short inet", packInet(80, loopback)[:15], unix.EINVAL},
		{"short inet6", SockaddrToBytes(&unix.SockaddrInet6{})[:23], unix.EINVAL},
		{"long unix", append([]byte{1, 0}, make([]byte, 109)...), unix.EINVAL},
		{"unknown family", []byte{0xff, 0x7f, 0, 0}, unix.EAFNOSUPPORT},
		{"AF_UNSPEC", make([]byte, 16), unix.EAFNOSUPPORT},
	} {
		_, err := BytesToSockaddr(c.b)
		if err != c.want {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}
