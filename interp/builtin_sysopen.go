package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// lockOpenCall compiles flock(FH, OP), sysopen(FH, PATH, FLAGS [, PERMS])
// and pipe(READ, WRITE).
func (c *compiler) lockOpenCall(x *parser.Call) scalarFn {
	name := x.Name
	file, line := c.file, c.line
	switch name {
	case "flock":
		c.argCount(x, 2, 2)
		h := c.handleArg(x.Args[0], false)
		op := c.scalar(x.Args[1])
		return func(fr *frame) value.Scalar {
			it := fr.it
			g := h(fr)
			how := int(op(fr).Int())
			hd := it.ioHandle(g, "flock", file, line)
			if hd == nil {
				return value.BoolValue(false)
			}
			if hd.Fd() < 0 {
				it.errno = int(unix.EBADF)
				return value.BoolValue(false)
			}
			hd.Flush()
			for {
				err := unix.Flock(hd.Fd(), how)
				if err == unix.EINTR {
					continue
				}
				if err != nil {
					it.setErrno(err)
					return value.BoolValue(false)
				}
				return value.IntValue(1)
			}
		}
	case "pipe":
		c.argCount(x, 2, 2)
		rh, wh := c.handleArg(x.Args[0], true), c.handleArg(x.Args[1], true)
		return func(fr *frame) value.Scalar {
			it := fr.it
			rg, wg := rh(fr), wh(fr)
			r, w, err := perlio.NewPlainPipe()
			if err != nil {
				it.setErrno(err)
				return value.BoolValue(false)
			}
			for _, p := range []struct {
				g *Glob
				h *perlio.Handle
			}{{rg, r}, {wg, w}} {
				if p.g.IO != nil {
					it.closeIO(p.g.IO)
				}
				p.g.IO = p.h
				if it.symbols[p.g.Pkg+"::"+p.g.Name] != p.g {
					it.keepAnon(p.h)
				}
			}
			return value.IntValue(1)
		}
	}
	c.argCount(x, 3, 4)
	h := c.handleArg(x.Args[0], true)
	path, flags := c.scalar(x.Args[1]), c.scalar(x.Args[2])
	var perms scalarFn
	if len(x.Args) == 4 {
		perms = c.scalar(x.Args[3])
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		p, fl := path(fr).String(), int(flags(fr).Int())
		perm := uint32(0o666)
		if perms != nil {
			perm = uint32(perms(fr).Int())
		}
		perm &^= uint32(it.sys.umask)
		creating := false
		if fl&unix.O_CREAT != 0 && it.sys.umaskSet {
			var st unix.Stat_t
			creating = unix.Lstat(p, &st) == unix.ENOENT
		}
		hd, err := perlio.OpenFlags(p, fl, perm)
		if g.IO != nil {
			it.closeIO(g.IO)
			g.IO = nil
		}
		if err != nil {
			it.setErrno(err)
			return value.BoolValue(false)
		}
		if creating {
			unix.Fchmod(hd.Fd(), perm)
		}
		g.IO = hd
		if it.symbols[g.Pkg+"::"+g.Name] != g {
			it.keepAnon(hd)
		}
		return value.IntValue(1)
	}
}
