package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioMethod returns IO::Handle's method m on the handle of g: what
// `STDOUT->flush` and `$fh->print(...)` call on a handle that is not an
// object of a class with that method. args[0] is the invocant. The
// UNIVERSAL methods answer as for IO::File, the class perl gives handles.
func ioMethod(g *Glob, m string) nativeFn {
	if f := ioHandleMethod(m); f != nil {
		return f
	}
	switch m {
	case "can":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			name := argOr(args, 1).String()
			if f := ioHandleMethod(name); f != nil {
				return []value.Scalar{value.RefValue(&Closure{name: "IO::Handle::" + name, native: f})}
			}
			return []value.Scalar{value.StrValue("")}
		}
	case "isa", "DOES":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			switch argOr(args, 1).String() {
			case "IO::File", "IO::Handle", "IO::Seekable":
				return []value.Scalar{value.IntValue(1)}
			}
			return []value.Scalar{value.StrValue("")}
		}
	}
	return func(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
		it := fr.it
		it.dieMsg(it.withPosition("Can't locate object method \""+m+"\" via package \"IO::File\"", it.callFile, it.callLine))
		return nil
	}
}

// ioArgs returns the handle's glob (the invocant) and the other
// arguments' values.
func ioArgs(fr *frame, args []*value.Scalar) (*Glob, []value.Scalar) {
	var g *Glob
	if len(args) > 0 {
		g = fr.it.globOf(*args[0])
	}
	rest := make([]value.Scalar, 0, len(args))
	if len(args) > 1 {
		for _, a := range args[1:] {
			rest = append(rest, *a)
		}
	}
	return g, rest
}

// ioNative makes an IO::Handle method from a function of the open handle;
// on an unopened handle the method fails with EBADF.
func ioNative(f func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, args []*value.Scalar, want wantCtx) []value.Scalar) nativeFn {
	return func(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
		g, rest := ioArgs(fr, args)
		if g == nil || g.IO == nil {
			fr.it.errno = int(unix.EBADF)
			if want == listCtx {
				return nil
			}
			return []value.Scalar{value.UndefValue()}
		}
		return f(fr, g, g.IO, rest, args, want)
	}
}

// one wraps a single result.
func one(v value.Scalar) []value.Scalar { return []value.Scalar{v} }

// ioFail records err in $! and returns perl's failure value.
func ioFail(fr *frame, err error) []value.Scalar {
	fr.it.checkCancel(err)
	fr.it.setErrno(err)
	return one(value.UndefValue())
}

// ioHandleMethod returns the IO::Handle (and IO::Seekable) method m, or
// nil. The methods take the handle as their first argument, so they serve
// as the subs of the IO::Handle package and as methods of bare handles.
func ioHandleMethod(m string) nativeFn {
	switch m {
	case "autoflush":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			on := len(rest) == 0 || rest[0].Bool()
			prev := h.Autoflush()
			h.SetAutoflush(on)
			if on {
				h.Flush()
			}
			return one(value.BoolValue(prev))
		})
	case "flush", "printflush", "sync":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			if m == "printflush" {
				if err := h.WriteString(fr.it.ctx, ioPrintText(fr, h, "print", rest)); err != nil {
					return ioFail(fr, err)
				}
			}
			if err := h.FlushContext(fr.it.ctx); err != nil {
				return ioFail(fr, err)
			}
			return one(value.IntValue(1))
		})
	case "print", "say", "printf":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			if !h.CanWrite() {
				fr.it.errno = int(unix.EBADF)
				return one(value.UndefValue())
			}
			if err := h.WriteString(fr.it.ctx, ioPrintText(fr, h, m, rest)); err != nil {
				return ioFail(fr, err)
			}
			return one(value.IntValue(1))
		})
	case "write", "syswrite":
		// write(BUF [, LEN [, OFFSET]]): IO::Handle's write is print of a
		// substring; syswrite goes past the buffer.
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			s := ""
			if len(rest) > 0 {
				s = rest[0].String()
			}
			if len(rest) > 2 {
				off := int(rest[2].Int())
				if off < 0 {
					off += len(s)
				}
				s = s[min(max(off, 0), len(s)):]
			}
			if len(rest) > 1 && !rest[1].IsUndef() {
				s = s[:min(max(int(rest[1].Int()), 0), len(s))]
			}
			if m == "syswrite" {
				n, err := h.SysWrite(fr.it.ctx, []byte(s))
				if err != nil {
					return ioFail(fr, err)
				}
				return one(value.IntValue(int64(n)))
			}
			if err := h.WriteString(fr.it.ctx, s); err != nil {
				return ioFail(fr, err)
			}
			return one(value.IntValue(1))
		})
	case "read", "sysread":
		// read(BUF, LEN [, OFFSET]) fills the caller's variable.
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, args []*value.Scalar, _ wantCtx) []value.Scalar {
			if len(args) < 3 {
				fr.it.dieMsg(fr.it.withPosition("usage: $io->"+m+"(BUF, LEN [, OFFSET])", fr.it.callFile, fr.it.callLine))
			}
			n := int(args[2].Int())
			var b []byte
			var err error
			if m == "sysread" {
				b, err = h.SysRead(fr.it.ctx, n)
			} else {
				b, err = h.Read(fr.it.ctx, n)
			}
			if err != nil && len(b) == 0 {
				return ioFail(fr, err)
			}
			buf := args[1].String()
			off := 0
			if len(args) > 3 {
				off = int(args[3].Int())
				if off < 0 {
					off += len(buf)
				}
			}
			for len(buf) < off {
				buf += "\x00"
			}
			*args[1] = value.StrValue(buf[:off] + string(b))
			return one(value.IntValue(int64(len(b))))
		})
	case "getc":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, _ []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			c, ok, err := h.Getc(fr.it.ctx)
			if err != nil {
				fr.it.setErrno(err)
			}
			if !ok {
				return one(value.UndefValue())
			}
			return one(value.StrValue(c))
		})
	case "getline", "getlines":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, want wantCtx) []value.Scalar {
			it := fr.it
			if len(rest) > 0 {
				it.dieMsg(it.withPosition("usage: $io->"+m+"()", it.callFile, it.callLine))
			}
			it.lastRead = g
			sep, _ := recordSep(it.glob("main::/").Scalar)
			if m == "getlines" {
				if want != listCtx {
					it.dieMsg(it.withPosition("Can't call $io->getlines in a scalar context, use $io->getline", it.callFile, it.callLine))
				}
				lines, err := h.ReadLines(it.ctx, sep)
				if err != nil {
					it.checkCancel(err)
					it.setErrno(err)
				}
				out := make([]value.Scalar, len(lines))
				for i, l := range lines {
					out[i] = value.StrValue(l)
				}
				return out
			}
			line, ok, err := h.ReadLine(it.ctx, sep)
			if err != nil {
				it.checkCancel(err)
				it.setErrno(err)
			}
			if !ok {
				return one(value.UndefValue())
			}
			return one(value.StrValue(line))
		})
	case "close":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, _ []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			// closeIO: a piped open's close also waits for its child.
			return one(value.BoolValue(fr.it.closeIO(h)))
		})
	case "opened":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			g, _ := ioArgs(fr, args)
			if g == nil || g.IO == nil || !g.IO.Opened() {
				return one(value.StrValue(""))
			}
			return one(value.IntValue(1))
		}
	case "fileno":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, _ []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			if fd := h.Fd(); fd >= 0 && h.Opened() {
				return one(value.IntValue(int64(fd)))
			}
			if fd := fr.it.stdFileno(g); fd >= 0 {
				return one(value.IntValue(int64(fd)))
			}
			return one(value.UndefValue())
		})
	case "eof":
		return func(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
			g, _ := ioArgs(fr, args)
			if g == nil || g.IO == nil {
				return one(value.IntValue(1))
			}
			return one(value.BoolValue(g.IO.EOF(fr.it.ctx)))
		}
	case "binmode":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			layer := ":raw"
			if len(rest) > 0 {
				layer = rest[0].String()
			}
			if err := h.SetBinmode(layer); err != nil {
				fr.it.setErrno(err)
				return one(value.UndefValue())
			}
			return one(value.IntValue(1))
		})
	case "blocking":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			prev := h.Blocking()
			if len(rest) > 0 {
				h.SetBlocking(rest[0].Bool())
			}
			return one(value.BoolValue(prev))
		})
	case "input_line_number":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			prev := h.LineNo()
			if len(rest) > 0 {
				h.SetLineNo(rest[0].Int())
			}
			return one(value.IntValue(prev))
		})
	case "error":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, _ []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			return one(value.BoolValue(h.Err() != nil))
		})
	case "clearerr":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, _ []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			h.ClearErr()
			return one(value.IntValue(0))
		})
	case "untaint":
		return func(*frame, []*value.Scalar, wantCtx) []value.Scalar { return one(value.IntValue(0)) }
	case "seek", "sysseek", "setpos":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			whence := 0
			if len(rest) > 1 {
				whence = int(rest[1].Int())
			}
			pos, err := h.Seek(argOr(valuePtrs(rest), 0).Int(), whence)
			if err != nil {
				fr.it.setErrno(err)
				return one(value.StrValue(""))
			}
			if m == "sysseek" {
				if pos == 0 {
					return one(value.StrValue("0 but true"))
				}
				return one(value.IntValue(pos))
			}
			return one(value.IntValue(1))
		})
	case "tell", "getpos":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, _ []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			pos, err := h.Tell()
			if err != nil {
				fr.it.setErrno(err)
				return one(value.IntValue(-1))
			}
			return one(value.IntValue(pos))
		})
	case "truncate":
		return ioNative(func(fr *frame, g *Glob, h *perlio.Handle, rest []value.Scalar, _ []*value.Scalar, _ wantCtx) []value.Scalar {
			if err := h.FlushContext(fr.it.ctx); err != nil {
				return ioFail(fr, err)
			}
			if err := unix.Ftruncate(h.Fd(), argOr(valuePtrs(rest), 0).Int()); err != nil {
				return ioFail(fr, err)
			}
			return one(value.IntValue(1))
		})
	}
	return nil
}

// ioPrintText is what print, say and printf write: print joins with $,
// and ends with $\, as the print operator does.
func ioPrintText(fr *frame, h *perlio.Handle, m string, rest []value.Scalar) string {
	it := fr.it
	var out string
	var wide bool
	if m == "printf" {
		if len(rest) == 0 {
			return ""
		}
		out, wide, _ = builtins.SprintfChars(rest[0], rest[1:])
	} else {
		j := value.Join(*it.glob("main::,").Scalar, rest)
		if m == "say" {
			j = value.Concat(j, value.StrValue("\n"))
		}
		if ors := it.glob("main::\\").Scalar; !ors.IsUndef() {
			j = value.Concat(j, *ors)
		}
		out, wide = j.String(), j.IsUTF8()
	}
	if wide || h.UTF8() {
		// Characters: UTF-8 on a :utf8 handle, else bytes or perl's
		// "Wide character" warning.
		out = it.outputBytes(h, out, wide, m, it.curFile(), it.curLine())
	}
	return out
}

// valuePtrs points at values, for argOr.
func valuePtrs(vals []value.Scalar) []*value.Scalar {
	out := make([]*value.Scalar, len(vals))
	for i := range vals {
		out[i] = &vals[i]
	}
	return out
}

// stdFileno is 0, 1 or 2 for the standard handles when the host gave
// them as plain streams without descriptors, -1 otherwise.
func (it *Interp) stdFileno(g *Glob) int {
	if g == nil || g.IO == nil || !g.IO.Opened() {
		return -1
	}
	for fd, name := range []string{"main::STDIN", "main::STDOUT", "main::STDERR"} {
		if s := it.symbols[name]; s != nil && s.IO == g.IO {
			return fd
		}
	}
	return -1
}
