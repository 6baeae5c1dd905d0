package interp

import (
	"context"
	"encoding/binary"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioSocketINETModule is IO::Socket::INET: sockets as objects, made by new
// from named arguments. Objects are blessed glob references whose handle
// is the socket, so print $sock ..., <$sock> and the IO::Handle methods
// work on them as on any handle; the generic socket methods come from
// IO::Socket (mod_iosocket_base.go).
func ioSocketINETModule() *module {
	subs := map[string]nativeFn{
		"new":      inetNew,
		"peerhost": inetAddrPart(true, false),
		"peerport": inetAddrPart(true, true),
		"sockhost": inetAddrPart(false, false),
		"sockport": inetAddrPart(false, true),
		"peeraddr": inetRawAddr(true),
		"sockaddr": inetRawAddr(false),
	}
	return &module{name: "IO::Socket::INET", subs: subs, tags: map[string][]string{},
		isa: []string{"IO::Socket"}, also: []string{"IO::Socket"}}
}

// socketObject returns the glob behind an IO::Socket object.
func socketObject(fr *frame, args []*value.Scalar) *Glob {
	if len(args) > 0 {
		if g := fr.it.globOf(*args[0]); g != nil {
			return g
		}
	}
	fr.it.dieMsg(fr.it.withPosition("Not an IO::Socket object", fr.it.callFile, fr.it.callLine))
	return nil
}

// inetFail sets $@ to IO::Socket::INET's message and returns undef.
func inetFail(fr *frame, msg string, want wantCtx) []value.Scalar {
	*fr.it.glob("main::@").Scalar = value.StrValue("IO::Socket::INET: " + msg)
	if want == listCtx {
		return nil
	}
	return []value.Scalar{value.UndefValue()}
}

// inetNew is IO::Socket::INET->new(...).
func inetNew(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	class := classOf(argOr(args, 0))
	rest := args[1:]
	if len(rest) == 0 {
		// No arguments: an object without a socket yet, for ->socket.
		return one(it.track(newHandleObject(class, nil)))
	}
	opts := parseSocketArgs(rest, "PeerAddr")
	get := opts.get
	proto, _ := get("Proto")
	typ := unix.SOCK_STREAM
	if t, ok := opts["Type"]; ok {
		typ = int(t.Int())
	} else if strings.EqualFold(proto, "udp") {
		typ = unix.SOCK_DGRAM
	}
	if proto == "" {
		proto = "tcp"
		if typ == unix.SOCK_DGRAM {
			proto = "udp"
		}
	}
	protoNum := 0
	if e := lookupEntry(fr, "getprotobyname", []value.Scalar{value.StrValue(proto)}); len(e) == 3 {
		protoNum = int(e[2].Int())
	}

	// Addresses: "host:port" in the *Addr forms, ports also by service name.
	localHost, hasLocal := get("LocalAddr", "LocalHost")
	localPort, hasLocalPort := get("LocalPort")
	peerHost, hasPeer := get("PeerAddr", "PeerHost")
	peerPort, _ := get("PeerPort")
	if h, p, ok := strings.Cut(localHost, ":"); ok {
		localHost, localPort, hasLocalPort = h, p, true
	}
	if h, p, ok := strings.Cut(peerHost, ":"); ok {
		peerHost, peerPort = h, p
	}

	s, err := it.sockets().Socket(unix.AF_INET, typ, protoNum)
	if err != nil {
		it.setErrno(err)
		return inetFail(fr, it.errnoValue().String(), want)
	}
	fail := func(msg string) []value.Scalar {
		s.Close()
		return inetFail(fr, msg, want)
	}
	for _, o := range []struct {
		name string
		opt  int
	}{{"ReuseAddr", unix.SO_REUSEADDR}, {"Reuse", unix.SO_REUSEADDR}, {"ReusePort", unix.SO_REUSEPORT}, {"Broadcast", unix.SO_BROADCAST}} {
		if v, ok := opts[o.name]; ok && v.Bool() {
			if err := s.SetSockOptInt(unix.SOL_SOCKET, o.opt, 1); err != nil {
				it.setErrno(err)
				return fail(it.errnoValue().String())
			}
		}
	}
	_, listen := opts["Listen"]
	if hasLocal || hasLocalPort || listen {
		addr, msg := inetSockaddr(fr, localHost, localPort, proto)
		if msg != "" {
			return fail(msg)
		}
		if err := s.Bind(addr); err != nil {
			it.setErrno(err)
			return fail(it.errnoValue().String())
		}
	}
	if listen {
		backlog := int(opts["Listen"].Int())
		if backlog <= 0 {
			backlog = 5
		}
		if err := s.Listen(backlog); err != nil {
			it.setErrno(err)
			return fail(it.errnoValue().String())
		}
	}
	if hasPeer {
		addr, msg := inetSockaddr(fr, peerHost, peerPort, proto)
		if msg != "" {
			return fail(msg)
		}
		ctx := it.ctx
		if t, ok := opts["Timeout"]; ok && t.Float() > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, time.Duration(t.Float()*float64(time.Second)))
			defer cancel()
		}
		if err := s.Connect(ctx, addr); err != nil {
			it.checkCancel(err)
			if ctx.Err() == context.DeadlineExceeded {
				it.errno = int(unix.ETIMEDOUT)
				return fail("connect: timeout")
			}
			it.setErrno(err)
			return fail("connect: " + it.errnoValue().String())
		}
	}
	if v, ok := opts["Blocking"]; ok && !v.Bool() {
		s.SetBlocking(false)
	}
	return one(it.track(newSocketObject(class, s, opts["Timeout"])))
}

// inetSockaddr packs host and port (a number or a service name) into a
// sockaddr_in, or returns IO::Socket::INET's message for a bad one.
func inetSockaddr(fr *frame, host, port, proto string) ([]byte, string) {
	ip := []byte{0, 0, 0, 0}
	if host != "" {
		v := inetAton(fr, []*value.Scalar{ptr(value.StrValue(host))}, scalarCtx)[0]
		if v.IsUndef() {
			return nil, "Bad hostname '" + host + "'"
		}
		ip = []byte(v.String())
	}
	n, err := strconv.Atoi(port)
	if err != nil && port != "" {
		// "http", or "http(80)" with a fallback number.
		name, fallback, _ := strings.Cut(strings.TrimSuffix(port, ")"), "(")
		e := lookupEntry(fr, "getservbyname", []value.Scalar{value.StrValue(name), value.StrValue(proto)})
		switch {
		case len(e) >= 3:
			n = int(e[2].Int())
		case fallback != "":
			n, _ = strconv.Atoi(fallback)
		default:
			return nil, "Bad service '" + port + "'"
		}
	}
	b := make([]byte, perlio.SizeofSockaddrInet)
	binary.LittleEndian.PutUint16(b, unix.AF_INET)
	binary.BigEndian.PutUint16(b[2:], uint16(n))
	copy(b[4:], ip)
	return b, ""
}

// inetAddrPart is peerhost/peerport/sockhost/sockport, for IPv4 and
// IPv6 sockets.
func inetAddrPart(peer, port bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		ip, p, ok := ipAddrPort(socketAddr(fr, args, peer))
		if !ok {
			return one(value.UndefValue())
		}
		if port {
			return one(value.IntValue(int64(p)))
		}
		return one(value.StrValue(ip.String()))
	}
}

// inetRawAddr is peeraddr/sockaddr: the packed address (4 bytes for
// IPv4, 16 for IPv6).
func inetRawAddr(peer bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		ip, _, ok := ipAddrPort(socketAddr(fr, args, peer))
		if !ok {
			return one(value.UndefValue())
		}
		return one(value.StrValue(string(ip.AsSlice())))
	}
}

// ipAddrPort reads the address and port of a packed sockaddr_in or
// sockaddr_in6.
func ipAddrPort(b []byte) (netip.Addr, int, bool) {
	if len(b) < 2 {
		return netip.Addr{}, 0, false
	}
	switch binary.NativeEndian.Uint16(b) {
	case unix.AF_INET:
		if len(b) >= 8 {
			return netip.AddrFrom4([4]byte(b[4:8])), int(binary.BigEndian.Uint16(b[2:])), true
		}
	case unix.AF_INET6:
		if len(b) >= 24 {
			return netip.AddrFrom16([16]byte(b[8:24])), int(binary.BigEndian.Uint16(b[2:])), true
		}
	}
	return netip.Addr{}, 0, false
}
