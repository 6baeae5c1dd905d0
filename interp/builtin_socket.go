package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// socketCall compiles socket, bind, listen, accept, connect, shutdown,
// getsockname and getpeername: perl's numbers and packed addresses go
// straight to the system calls; failures return false and set $!.
func (c *compiler) socketCall(x *parser.Call) scalarFn {
	need := map[string]int{
		"socket": 4, "bind": 2, "listen": 2, "accept": 2, "connect": 2,
		"shutdown": 2, "getsockname": 1, "getpeername": 1,
	}[x.Name]
	if len(x.Args) != need {
		if len(x.Args) < need {
			c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
		}
		c.fail(x.At().Line, "Too many arguments for %s", x.Name)
	}
	switch x.Name {
	case "socket":
		h := c.handleArg(x.Args[0], true)
		dom, typ, proto := c.scalar(x.Args[1]), c.scalar(x.Args[2]), c.scalar(x.Args[3])
		return func(fr *frame) value.Scalar {
			it := fr.it
			g := h(fr)
			d, t, p := int(dom(fr).Int()), int(typ(fr).Int()), int(proto(fr).Int())
			if g.IO != nil {
				g.IO.Close()
			}
			s, err := it.sockets().Socket(d, t, p)
			if err != nil {
				it.setErrno(err)
				g.IO = nil
				return value.UndefValue()
			}
			s.SetName(g.Name)
			g.IO = s
			return value.IntValue(1)
		}
	case "accept":
		nh := c.handleArg(x.Args[0], true)
		lh := c.handleArg(x.Args[1], false)
		return func(fr *frame) value.Scalar {
			it := fr.it
			l := lh(fr)
			if l == nil || l.IO == nil {
				it.errno = int(unix.EBADF)
				return value.UndefValue()
			}
			conn, peer, err := l.IO.Accept(it.ctx)
			if err != nil {
				it.checkCancel(err)
				it.setErrno(err)
				return value.UndefValue()
			}
			g := nh(fr)
			if g.IO != nil {
				g.IO.Close()
			}
			conn.SetName(g.Name)
			g.IO = conn
			if len(peer) == 0 {
				// An unnamed peer (a Unix socket) still makes accept true.
				return value.StrValue("\x00\x00")
			}
			return value.StrValue(string(peer))
		}
	}
	h := c.handleArg(x.Args[0], false)
	var arg scalarFn
	if need == 2 {
		arg = c.scalar(x.Args[1])
	}
	name := x.Name
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		if g == nil || g.IO == nil || !g.IO.Opened() {
			if arg != nil {
				arg(fr)
			}
			it.errno = int(unix.EBADF)
			return value.UndefValue()
		}
		s := g.IO
		var err error
		switch name {
		case "bind":
			err = s.Bind([]byte(arg(fr).String()))
		case "connect":
			err = s.Connect(it.ctx, []byte(arg(fr).String()))
		case "listen":
			err = s.Listen(int(arg(fr).Int()))
		case "shutdown":
			// shutdown returns 1 or 0 rather than undef.
			if err = s.Shutdown(int(arg(fr).Int())); err != nil {
				it.setErrno(err)
				return value.IntValue(0)
			}
			return value.IntValue(1)
		case "getsockname", "getpeername":
			var addr []byte
			if name == "getsockname" {
				addr, err = s.SockName()
			} else {
				addr, err = s.PeerName()
			}
			if err == nil {
				return value.StrValue(string(addr))
			}
		}
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			return value.UndefValue()
		}
		return value.IntValue(1)
	}
}
