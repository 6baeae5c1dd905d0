package interp

import (
	"context"
	"encoding/binary"
	"time"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioSocketModule is IO::Socket: the methods every socket object has,
// whatever its family, and new, which hands the arguments to the class
// of the Domain asked for.
func ioSocketModule() *module {
	subs := map[string]nativeFn{
		"new":        ioSocketNew,
		"accept":     sockAccept,
		"socket":     sockSocket,
		"socketpair": sockSocketpair,
		"connect":    sockConnect,
		"bind":       sockBind,
		"listen":     sockListen,
		"send":       sockSend,
		"recv":       sockRecv,
		"peername":   sockName(true),
		"sockname":   sockName(false),
		"connected":  sockConnected,
		"shutdown":   sockShutdown,
		"sockopt":    sockSockopt,
		"setsockopt": sockSetsockopt,
		"getsockopt": sockGetsockopt,
		"sockdomain": sockIntOpt(unix.SO_DOMAIN),
		"socktype":   sockIntOpt(unix.SO_TYPE),
		"protocol":   sockIntOpt(unix.SO_PROTOCOL),
		"timeout":    sockTimeout,
		"atmark": func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			return one(value.IntValue(0))
		},
	}
	// Loading IO::Socket loads IO::Socket::INET and ::UNIX too, as in perl.
	return &module{name: "IO::Socket", subs: subs, tags: map[string][]string{},
		isa: []string{"IO::Handle"}, also: []string{"IO::Handle", "IO::Socket::INET", "IO::Socket::UNIX"}}
}

// newSocketObject makes a socket object of class around h. IO::Socket
// turns autoflush on for its sockets and keeps the Timeout argument.
func newSocketObject(class string, h *perlio.Handle, timeout value.Scalar) *Glob {
	h.SetAutoflush(true)
	g := newHandleObject(class, h)
	if !timeout.IsUndef() {
		*g.Hash.Elem("io_socket_timeout") = timeout
	}
	return g
}

// socketTimeout is the object's Timeout as a duration, 0 when none.
func socketTimeout(g *Glob) time.Duration {
	if t := g.Hash.Get("io_socket_timeout"); t.Float() > 0 {
		return time.Duration(t.Float() * float64(time.Second))
	}
	return 0
}

// ioSocketNew is IO::Socket->new(Domain => ..., ...): the arguments go
// to IO::Socket::INET, ::INET6 (IO::Socket::IP) or ::UNIX by domain.
func ioSocketNew(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	class := classOf(argOr(args, 0))
	domain := int64(unix.AF_INET)
	for i := 1; i+1 < len(args); i += 2 {
		if args[i].String() == "Domain" {
			domain = args[i+1].Int()
		}
	}
	switch class {
	case "IO::Socket::INET":
		return inetNew(fr, args, want)
	case "IO::Socket::UNIX":
		return unixNew(fr, args, want)
	case "IO::Socket::IP":
		return ipNew(fr, args, want)
	}
	// IO::Socket->new makes an object of the domain's class; a subclass
	// of IO::Socket keeps its own.
	name := func(c string) []*value.Scalar {
		out := append([]*value.Scalar(nil), args...)
		if class == "IO::Socket" && len(out) > 0 {
			v := value.StrValue(c)
			out[0] = &v
		}
		return out
	}
	switch domain {
	case unix.AF_UNIX:
		return unixNew(fr, name("IO::Socket::UNIX"), want)
	case unix.AF_INET6:
		return ipNew(fr, name("IO::Socket::IP"), want)
	}
	return inetNew(fr, name("IO::Socket::INET"), want)
}

// failUndef returns perl's failure value for the context.
func failUndef(want wantCtx) []value.Scalar {
	if want == listCtx {
		return nil
	}
	return one(value.UndefValue())
}

// sockAccept is $server->accept([PKG]): a new object for the connection,
// and in list context the peer's packed address too. With a Timeout it
// gives up as IO::Socket does: $@ is "accept: timeout".
func sockAccept(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	if g.IO == nil {
		it.errno = int(unix.EBADF)
		return failUndef(want)
	}
	ctx := it.ctx
	if d := socketTimeout(g); d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	conn, peer, err := g.IO.Accept(ctx)
	if err != nil {
		it.checkCancel(err)
		if ctx.Err() == context.DeadlineExceeded {
			it.errno = int(unix.ETIMEDOUT)
			*it.glob("main::@").Scalar = value.StrValue("accept: timeout")
		} else {
			it.setErrno(err)
		}
		return failUndef(want)
	}
	class := g.blessed
	if len(args) > 1 {
		class = classOf(*args[1])
	}
	obj := it.track(newSocketObject(class, conn, g.Hash.Get("io_socket_timeout")))
	if want == listCtx {
		return []value.Scalar{obj, value.StrValue(string(peer))}
	}
	return one(obj)
}

// sockConnect is $sock->connect(ADDR): it returns the object, or undef
// with $@ "connect: ..." as IO::Socket sets it.
func sockConnect(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	if g.IO == nil {
		it.errno = int(unix.EBADF)
		return failUndef(want)
	}
	if msg := connectWithTimeout(fr, g.IO, []byte(argOr(args, 1).String()), socketTimeout(g)); msg != "" {
		*it.glob("main::@").Scalar = value.StrValue(msg)
		return failUndef(want)
	}
	return one(*args[0])
}

// connectWithTimeout connects h, giving up after d when d > 0; it returns
// "" or IO::Socket's message ("connect: timeout", "connect: $!").
func connectWithTimeout(fr *frame, h *perlio.Handle, addr []byte, d time.Duration) string {
	it := fr.it
	ctx := it.ctx
	if d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	if err := h.Connect(ctx, addr); err != nil {
		it.checkCancel(err)
		if ctx.Err() == context.DeadlineExceeded {
			it.errno = int(unix.ETIMEDOUT)
			return "connect: timeout"
		}
		it.setErrno(err)
		return "connect: " + it.errnoValue().String()
	}
	return ""
}

// sockBind is $sock->bind(ADDR).
func sockBind(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil {
		fr.it.errno = int(unix.EBADF)
		return failUndef(want)
	}
	if err := g.IO.Bind([]byte(argOr(args, 1).String())); err != nil {
		fr.it.setErrno(err)
		return failUndef(want)
	}
	return one(*args[0])
}

// sockListen is $sock->listen([QUEUE]), 5 by default.
func sockListen(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil {
		fr.it.errno = int(unix.EBADF)
		return failUndef(want)
	}
	n := int(argOr(args, 1).Int())
	if n <= 0 {
		n = 5
	}
	if err := g.IO.Listen(n); err != nil {
		fr.it.setErrno(err)
		return failUndef(want)
	}
	return one(*args[0])
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

// sockName is peername/sockname: the packed sockaddr.
func sockName(peer bool) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		b := socketAddr(fr, args, peer)
		if b == nil {
			return one(value.UndefValue())
		}
		return one(value.StrValue(string(b)))
	}
}

// sockConnected is $sock->connected: the peer's address, or undef.
func sockConnected(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil || !g.IO.Opened() {
		return one(value.UndefValue())
	}
	if b, err := g.IO.PeerName(); err == nil {
		return one(value.StrValue(string(b)))
	}
	return one(value.UndefValue())
}

// sockSend is $sock->send(MSG [, FLAGS [, TO]]).
func sockSend(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	var to []byte
	if len(args) > 3 {
		to = []byte(args[3].String())
	}
	if g.IO == nil {
		it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	n, err := g.IO.Send(it.ctx, []byte(argOr(args, 1).String()), int(argOr(args, 2).Int()), to)
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
		return one(value.UndefValue())
	}
	return one(value.IntValue(int64(n)))
}

// sockRecv is $sock->recv(BUF, LEN [, FLAGS]): it fills BUF and returns
// the sender's address ("" for a connected stream), undef on error.
func sockRecv(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	g := socketObject(fr, args)
	if g.IO == nil || len(args) < 3 {
		it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	data, from, err := g.IO.Recv(it.ctx, int(args[2].Int()), int(argOr(args, 3).Int()))
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
		*args[1] = value.StrValue("")
		return one(value.UndefValue())
	}
	it.store(args[1], value.StrValue(string(data)))
	return one(value.StrValue(string(from)))
}

// sockShutdown is $sock->shutdown(HOW).
func sockShutdown(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil {
		fr.it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	if err := g.IO.Shutdown(int(argOr(args, 1).Int())); err != nil {
		fr.it.setErrno(err)
		return one(value.UndefValue())
	}
	return one(value.IntValue(1))
}

// sockGetInt reads an integer socket option, undef on error.
func sockGetInt(fr *frame, h *perlio.Handle, level, opt int) value.Scalar {
	b, err := h.GetSockOpt(level, opt)
	if err != nil {
		fr.it.setErrno(err)
		return value.UndefValue()
	}
	if len(b) == 4 {
		return value.IntValue(int64(int32(binary.NativeEndian.Uint32(b))))
	}
	return value.StrValue(string(b))
}

// sockSetOpt sets an option: an unsigned number is packed as an int, as
// IO::Socket's setsockopt does; anything else is passed as bytes.
func sockSetOpt(fr *frame, h *perlio.Handle, level, opt int, v value.Scalar) value.Scalar {
	var b []byte
	if s := v.String(); v.Kind() == value.Int || (s != "" && isDigits(s)) {
		b = make([]byte, 4)
		binary.NativeEndian.PutUint32(b, uint32(v.Int()))
	} else {
		b = []byte(s)
	}
	if err := h.SetSockOpt(level, opt, b); err != nil {
		fr.it.setErrno(err)
		return value.UndefValue()
	}
	return value.IntValue(1)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sockSockopt is $sock->sockopt(OPT [, VAL]) at SOL_SOCKET.
func sockSockopt(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if g.IO == nil {
		fr.it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	if len(args) == 2 {
		return one(sockGetInt(fr, g.IO, unix.SOL_SOCKET, int(args[1].Int())))
	}
	return one(sockSetOpt(fr, g.IO, unix.SOL_SOCKET, int(argOr(args, 1).Int()), argOr(args, 2)))
}

// sockGetsockopt is $sock->getsockopt(LEVEL, OPT).
func sockGetsockopt(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if len(args) != 3 {
		fr.it.dieMsg(fr.it.withPosition("usage: $sock->getsockopt(LEVEL, OPT)", fr.it.callFile, fr.it.callLine))
	}
	if g.IO == nil {
		fr.it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	return one(sockGetInt(fr, g.IO, int(args[1].Int()), int(args[2].Int())))
}

// sockSetsockopt is $sock->setsockopt(LEVEL, OPT, VAL).
func sockSetsockopt(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	if len(args) != 4 {
		fr.it.dieMsg(fr.it.withPosition("usage: $sock->setsockopt(LEVEL, OPT, VAL)", fr.it.callFile, fr.it.callLine))
	}
	if g.IO == nil {
		fr.it.errno = int(unix.EBADF)
		return one(value.UndefValue())
	}
	return one(sockSetOpt(fr, g.IO, int(args[1].Int()), int(args[2].Int()), *args[3]))
}

// sockIntOpt is sockdomain/socktype/protocol: what the kernel says of
// the socket.
func sockIntOpt(opt int) nativeFn {
	return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
		g := socketObject(fr, args)
		if g.IO == nil || !g.IO.Opened() {
			return one(value.UndefValue())
		}
		return one(sockGetInt(fr, g.IO, unix.SOL_SOCKET, opt))
	}
}

// sockTimeout is $sock->timeout([VAL]): the previous value.
func sockTimeout(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	prev := g.Hash.Get("io_socket_timeout")
	if len(args) > 1 {
		*g.Hash.Elem("io_socket_timeout") = *args[1]
	}
	return one(prev)
}

// sockSocket is $sock->socket(DOMAIN, TYPE, PROTOCOL): the object gets a
// new socket (closing one it had).
func sockSocket(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	g := socketObject(fr, args)
	s, err := fr.it.sockets().Socket(int(argOr(args, 1).Int()), int(argOr(args, 2).Int()), int(argOr(args, 3).Int()))
	if err != nil {
		fr.it.setErrno(err)
		return failUndef(want)
	}
	if g.IO != nil && g.IO.Opened() {
		g.IO.Close()
	}
	s.SetAutoflush(true)
	g.IO = s
	return one(*args[0])
}

// sockSocketpair is IO::Socket->socketpair(DOMAIN, TYPE, PROTOCOL): two
// connected socket objects of the class.
func sockSocketpair(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	class := classOf(argOr(args, 0))
	a, b, err := it.sockets().SocketPair(int(argOr(args, 1).Int()), int(argOr(args, 2).Int()), int(argOr(args, 3).Int()))
	if err != nil {
		it.setErrno(err)
		return failUndef(want)
	}
	return []value.Scalar{it.track(newSocketObject(class, a, value.UndefValue())), it.track(newSocketObject(class, b, value.UndefValue()))}
}

// withSocketExports gives an IO::Socket class module what `use` of it
// brings in perl: the Socket module's exports (AF_INET, SOCK_STREAM,
// inet_aton ...), by default and by name or tag, next to its methods.
func withSocketExports(m *module) *module {
	s := socketModule()
	for name, fn := range s.subs {
		if _, ok := m.subs[name]; !ok {
			m.subs[name] = fn
		}
	}
	m.defaults = s.defaults
	m.tags = s.tags
	m.vars = s.vars
	return m
}
