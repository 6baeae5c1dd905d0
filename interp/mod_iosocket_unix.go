package interp

import (
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioSocketUNIXModule is IO::Socket::UNIX: Unix-domain sockets made from
// Peer, Local, Listen and Type.
func ioSocketUNIXModule() *module {
	subs := map[string]nativeFn{
		"new":      unixNew,
		"hostpath": unixPath(false),
		"peerpath": unixPath(true),
	}
	return &module{name: "IO::Socket::UNIX", subs: subs, tags: map[string][]string{},
		isa: []string{"IO::Socket"}, also: []string{"IO::Socket"}}
}

// unixNew is IO::Socket::UNIX->new(...); one argument is the Peer path.
// Like the perl module it leaves $@ alone when socket, bind or listen
// fail ($! says why) and sets it to "connect: ..." when connect does.
func unixNew(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	class := classOf(argOr(args, 0))
	rest := args[1:]
	opts := parseSocketArgs(rest, "Peer")
	typ := unix.SOCK_STREAM
	if t, ok := opts["Type"]; ok && !t.IsUndef() {
		typ = int(t.Int())
	}
	s, err := it.sockets().Socket(unix.AF_UNIX, typ, 0)
	if err != nil {
		it.setErrno(err)
		return failUndef(want)
	}
	g := newSocketObject(class, s, opts["Timeout"])
	fail := func() []value.Scalar {
		s.Close()
		return failUndef(want)
	}
	if l, ok := opts["Local"]; ok && !l.IsUndef() {
		if err := s.Bind(perlio.SockaddrToBytes(&unix.SockaddrUnix{Name: l.String()})); err != nil {
			it.setErrno(err)
			return fail()
		}
	}
	if l, ok := opts["Listen"]; ok && !l.IsUndef() {
		n := int(l.Int())
		if n <= 0 {
			n = 5
		}
		if err := s.Listen(n); err != nil {
			it.setErrno(err)
			return fail()
		}
	}
	if p, ok := opts["Peer"]; ok && !p.IsUndef() {
		addr := perlio.SockaddrToBytes(&unix.SockaddrUnix{Name: p.String()})
		if msg := connectWithTimeout(fr, s, addr, socketTimeout(g)); msg != "" {
			*it.glob("main::@").Scalar = value.StrValue(msg)
			return fail()
		}
	}
	if v, ok := opts["Blocking"]; ok && !v.Bool() {
		s.SetBlocking(false)
	}
	return one(it.track(g))
}

// unixPath is hostpath/peerpath: the path of the local or peer address.
func unixPath(peer bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		b := socketAddr(fr, args, peer)
		if len(b) < 2 {
			return one(value.UndefValue())
		}
		// An unnamed socket's address is the family alone: its path is "".
		path := string(b[2:])
		if path != "" && path[0] != 0 {
			// A path ends at its NUL; an abstract name keeps its lead NUL.
			if i := strings.IndexByte(path, 0); i >= 0 {
				path = path[:i]
			}
		}
		return one(value.StrValue(path))
	}
}
