package interp

import (
	"context"
	"encoding/binary"
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
// work on them as on any handle.
func ioSocketINETModule() *module {
	subs := map[string]nativeFn{
		"new":        inetNew,
		"accept":     inetAccept,
		"peerhost":   inetAddrPart(true, false),
		"peerport":   inetAddrPart(true, true),
		"sockhost":   inetAddrPart(false, false),
		"sockport":   inetAddrPart(false, true),
		"peeraddr":   inetRawAddr(true),
		"sockaddr":   inetRawAddr(false),
		"peername":   inetName(true),
		"sockname":   inetName(false),
		"connected":  inetConnected,
		"send":       inetSend,
		"recv":       inetRecv,
		"shutdown":   inetShutdown,
		"sockopt":    inetSockopt,
		"setsockopt": inetSockopt,
		"protocol": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{objField(fr, a, "proto")}
		},
		"timeout": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{objField(fr, a, "timeout")}
		},
	}
	return &module{name: "IO::Socket::INET", subs: subs, tags: map[string][]string{}}
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

// objField reads a setting new stored in the object's hash slot.
func objField(fr *frame, args []*value.Scalar, key string) value.Scalar {
	return socketObject(fr, args).Hash.Get(key)
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
	opts := map[string]value.Scalar{}
	rest := args[1:]
	if len(rest) == 1 {
		opts["PeerAddr"] = *rest[0]
	}
	for i := 0; i+1 < len(rest); i += 2 {
		opts[rest[i].String()] = *rest[i+1]
	}
	get := func(names ...string) (string, bool) {
		for _, n := range names {
			if v, ok := opts[n]; ok && !v.IsUndef() {
				return v.String(), true
			}
		}
		return "", false
	}
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
		return inetFail(fr, "socket: "+it.errnoValue().String(), want)
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
				return fail("sockopt: " + it.errnoValue().String())
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
			return fail("bind: " + it.errnoValue().String())
		}
	}
	if listen {
		backlog := int(opts["Listen"].Int())
		if backlog <= 0 {
			backlog = 5
		}
		if err := s.Listen(backlog); err != nil {
			it.setErrno(err)
			return fail("listen: " + it.errnoValue().String())
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
	s.SetAutoflush(true) // IO::Socket turns autoflush on for its sockets
	g := &Glob{Pkg: "IO::Socket::INET", Name: "$sock", Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash(), IO: s, blessed: class}
	*g.Hash.Elem("proto") = value.StrValue(proto)
	if t, ok := opts["Timeout"]; ok {
		*g.Hash.Elem("timeout") = t
	}
	return []value.Scalar{value.RefValue(g)}
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

// inetAccept is $server->accept: a new object for the connection, and in
// list context the peer's packed address too.
func inetAccept(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	if g.IO == nil {
		it.errno = int(unix.EBADF)
		return inetFail(fr, "accept: "+it.errnoValue().String(), want)
	}
	ctx := it.ctx
	if t := g.Hash.Get("timeout"); t.Float() > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Duration(t.Float()*float64(time.Second)))
		defer cancel()
	}
	conn, peer, err := g.IO.Accept(ctx)
	if err != nil {
		it.checkCancel(err)
		if ctx.Err() == context.DeadlineExceeded {
			it.errno = int(unix.ETIMEDOUT)
			*it.glob("main::@").Scalar = value.StrValue("IO::Socket::INET: accept: timeout")
		} else {
			it.setErrno(err)
		}
		if want == listCtx {
			return nil
		}
		return []value.Scalar{value.UndefValue()}
	}
	conn.SetAutoflush(true)
	ng := &Glob{Pkg: g.Pkg, Name: "$sock", Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash(), IO: conn, blessed: g.blessed}
	*ng.Hash.Elem("proto") = g.Hash.Get("proto")
	obj := value.RefValue(ng)
	if want == listCtx {
		return []value.Scalar{obj, value.StrValue(string(peer))}
	}
	return []value.Scalar{obj}
}

// socketAddr returns the packed peer or local address of an object.
func socketAddr(fr *frame, args []*value.Scalar, peer bool) []byte {
	g := socketObject(fr, args)
	if g.IO == nil {
		return nil
	}
	var b []byte
	var err error
	if peer {
		b, err = g.IO.PeerName()
	} else {
		b, err = g.IO.SockName()
	}
	if err != nil {
		fr.it.setErrno(err)
		return nil
	}
	return b
}

// inetAddrPart is peerhost/peerport/sockhost/sockport.
func inetAddrPart(peer, port bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		b := socketAddr(fr, args, peer)
		if len(b) < 8 {
			return []value.Scalar{value.UndefValue()}
		}
		if port {
			return []value.Scalar{value.IntValue(int64(binary.BigEndian.Uint16(b[2:])))}
		}
		return []value.Scalar{value.StrValue(ipString(b[4:8]))}
	}
}

// inetRawAddr is peeraddr/sockaddr: the packed 4-byte address.
func inetRawAddr(peer bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		b := socketAddr(fr, args, peer)
		if len(b) < 8 {
			return []value.Scalar{value.UndefValue()}
		}
		return []value.Scalar{value.StrValue(string(b[4:8]))}
	}
}

// inetName is peername/sockname: the packed sockaddr.
func inetName(peer bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		b := socketAddr(fr, args, peer)
		if b == nil {
			return []value.Scalar{value.UndefValue()}
		}
		return []value.Scalar{value.StrValue(string(b))}
	}
}

func inetConnected(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	if b := socketAddr(fr, args, true); b != nil {
		return []value.Scalar{value.StrValue(string(b))}
	}
	return []value.Scalar{value.UndefValue()}
}

// inetSend is $sock->send(MSG [, FLAGS [, TO]]).
func inetSend(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	var to []byte
	if len(args) > 3 {
		to = []byte(args[3].String())
	}
	if g.IO == nil {
		it.errno = int(unix.EBADF)
		return []value.Scalar{value.UndefValue()}
	}
	n, err := g.IO.Send(it.ctx, []byte(argOr(args, 1).String()), int(argOr(args, 2).Int()), to)
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
		return []value.Scalar{value.UndefValue()}
	}
	return []value.Scalar{value.IntValue(int64(n))}
}

// inetRecv is $sock->recv(BUF, LEN [, FLAGS]): it fills BUF and returns
// the sender's address.
func inetRecv(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	if g.IO == nil || len(args) < 3 {
		it.errno = int(unix.EBADF)
		return []value.Scalar{value.UndefValue()}
	}
	data, from, err := g.IO.Recv(it.ctx, int(args[2].Int()), int(argOr(args, 3).Int()))
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
		return []value.Scalar{value.UndefValue()}
	}
	*args[1] = value.StrValue(string(data))
	return []value.Scalar{value.StrValue(string(from))}
}

func inetShutdown(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil {
		return []value.Scalar{value.UndefValue()}
	}
	if err := g.IO.Shutdown(int(argOr(args, 1).Int())); err != nil {
		fr.it.setErrno(err)
		return []value.Scalar{value.IntValue(0)}
	}
	return []value.Scalar{value.IntValue(1)}
}

// inetSockopt is $sock->sockopt(OPT [, VAL]) at SOL_SOCKET, and
// setsockopt(LEVEL, OPT, VAL).
func inetSockopt(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil {
		return []value.Scalar{value.UndefValue()}
	}
	level, rest := unix.SOL_SOCKET, args[1:]
	if len(rest) == 3 {
		level, rest = int(rest[0].Int()), rest[1:]
	}
	if len(rest) == 1 {
		b, err := g.IO.GetSockOpt(level, int(rest[0].Int()))
		if err != nil || len(b) < 4 {
			fr.it.setErrno(err)
			return []value.Scalar{value.UndefValue()}
		}
		return []value.Scalar{value.IntValue(int64(int32(binary.LittleEndian.Uint32(b))))}
	}
	if err := g.IO.SetSockOptInt(level, int(argOr(rest, 0).Int()), int(argOr(rest, 1).Int())); err != nil {
		fr.it.setErrno(err)
		return []value.Scalar{value.UndefValue()}
	}
	return []value.Scalar{value.IntValue(1)}
}
