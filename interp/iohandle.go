package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioMethod returns IO::Handle's method m on the handle of g: what
// `$sock->autoflush(1)`, `STDOUT->flush` and `$fh->print(...)` call.
// args[0] is the invocant.
func ioMethod(g *Glob, m string) nativeFn {
	return func(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
		it := fr.it
		rest := make([]value.Scalar, 0, len(args))
		for _, a := range args[1:] {
			rest = append(rest, *a)
		}
		h := g.IO
		if h == nil && m != "opened" {
			it.errno = int(unix.EBADF)
			if m == "getlines" {
				return nil
			}
			return []value.Scalar{value.UndefValue()}
		}
		switch m {
		case "autoflush":
			on := len(rest) == 0 || rest[0].Bool()
			prev := h.Autoflush()
			h.SetAutoflush(on)
			if on {
				h.Flush()
			}
			return []value.Scalar{value.BoolValue(prev)}
		case "flush":
			if err := h.FlushContext(it.ctx); err != nil {
				it.setErrno(err)
				return []value.Scalar{value.UndefValue()}
			}
			return []value.Scalar{value.IntValue(1)}
		case "print", "say", "printf":
			var out string
			var wide bool
			switch m {
			case "printf":
				if len(rest) > 0 {
					out, wide, _ = builtins.SprintfChars(rest[0], rest[1:])
				}
			default:
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
				out = it.outputBytes(h, out, wide, m, it.curFile(), it.curLine())
			}
			if err := h.WriteString(it.ctx, out); err != nil {
				it.checkCancel(err)
				it.setErrno(err)
				return []value.Scalar{value.UndefValue()}
			}
			return []value.Scalar{value.IntValue(1)}
		case "close":
			return []value.Scalar{value.BoolValue(it.closeIO(h))}
		case "opened":
			return []value.Scalar{value.BoolValue(h != nil && h.Opened())}
		case "fileno":
			if fd := h.Fd(); fd >= 0 {
				return []value.Scalar{value.IntValue(int64(fd))}
			}
			return []value.Scalar{value.UndefValue()}
		case "eof":
			return []value.Scalar{value.BoolValue(h.EOF(it.ctx))}
		case "binmode":
			layer := ":raw"
			if len(rest) > 0 {
				layer = rest[0].String()
			}
			if err := h.SetBinmode(layer); err != nil {
				it.setErrno(err)
				return []value.Scalar{value.UndefValue()}
			}
			return []value.Scalar{value.IntValue(1)}
		case "blocking":
			prev := h.Blocking()
			if len(rest) > 0 {
				h.SetBlocking(rest[0].Bool())
			}
			return []value.Scalar{value.BoolValue(prev)}
		case "getline", "getlines":
			it.lastRead = g
			sep, _ := recordSep(it.glob("main::/").Scalar)
			if m == "getlines" {
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
				return []value.Scalar{value.UndefValue()}
			}
			return []value.Scalar{value.StrValue(line)}
		}
		it.dieMsg(it.withPosition("Can't locate object method \""+m+"\" via package \"IO::File\"", it.callFile, it.callLine))
		return nil
	}
}
