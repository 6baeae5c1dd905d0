package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// seekCall compiles seek, sysseek, tell and getc.
func (c *compiler) seekCall(x *parser.Call) scalarFn {
	name := x.Name
	var h func(*frame) *Glob
	var pos, whence scalarFn
	switch name {
	case "seek", "sysseek":
		c.argCount(x, 3, 3)
		h = c.handleArg(x.Args[0], false)
		pos, whence = c.scalar(x.Args[1]), c.scalar(x.Args[2])
	default:
		if len(x.Args) > 1 {
			c.fail(x.At().Line, "Too many arguments for %s", name)
		}
		if len(x.Args) == 1 {
			h = c.handleArg(x.Args[0], false)
		} else if name == "getc" {
			h = c.handleArg(&parser.FileHandle{Name: "STDIN"}, false)
		}
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		var g *Glob
		if h != nil {
			g = h(fr)
		} else {
			// tell without a handle: the last one read.
			g = it.lastRead
		}
		var p, w int64
		if pos != nil {
			p, w = pos(fr).Int(), whence(fr).Int()
		}
		hd := it.ioHandle(g, name, file, line)
		if hd == nil {
			switch name {
			case "tell":
				return value.IntValue(-1)
			case "seek":
				return value.BoolValue(false)
			}
			return value.UndefValue()
		}
		switch name {
		case "seek", "sysseek":
			if w < 0 || w > 2 {
				it.errno = int(unix.EINVAL)
				if name == "seek" {
					return value.BoolValue(false)
				}
				return value.UndefValue()
			}
			at, err := hd.Seek(p, int(w))
			if err != nil {
				it.setErrno(err)
				if name == "seek" {
					return value.BoolValue(false)
				}
				return value.UndefValue()
			}
			if name == "seek" {
				return value.IntValue(1)
			}
			if at == 0 {
				return value.StrValue("0 but true")
			}
			return value.IntValue(at)
		case "tell":
			at, err := hd.Tell()
			if err != nil {
				it.setErrno(err)
				return value.IntValue(-1)
			}
			return value.IntValue(at)
		}
		// getc
		ch, ok, err := hd.Getc(it.ctx)
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
		}
		if !ok {
			return value.UndefValue()
		}
		return value.StrValue(ch)
	}
}
