package interp

import (
	"fmt"
	"math"
	"time"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// dieCall compiles die LIST.
func (c *compiler) dieCall(x *parser.Call) scalarFn {
	args := c.listArgs(x)
	file, line := c.file, c.line
	errVar := c.global("main::@")
	pkg := c.pkg
	return func(fr *frame) value.Scalar {
		it := fr.it
		vals := args(fr)
		it.setSignalFrom(fr, file, line, pkg)
		if len(vals) == 1 && vals[0].Kind() == value.Ref {
			it.die(vals[0])
		}
		msg := joinValues("", vals)
		if msg == "" {
			if prev := it.globs[errVar].Scalar.String(); prev != "" {
				msg = prev + "\t...propagated"
			} else {
				msg = "Died"
			}
		}
		if msg != "" && anyUTF8(vals) {
			it.dieWide(value.UTF8Value(it.withPosition(value.Join(value.StrValue(""), vals).String(), file, line)), file, line)
		}
		it.dieMsg(it.withPosition(msg, file, line))
		return value.UndefValue()
	}
}

// warnCall compiles warn LIST.
func (c *compiler) warnCall(x *parser.Call) scalarFn {
	args := c.listArgs(x)
	file, line := c.file, c.line
	pkg := c.pkg
	return func(fr *frame) value.Scalar {
		vals := args(fr)
		msg := joinValues("", vals)
		if msg == "" {
			msg = "Warning: something's wrong"
		}
		fr.it.setSignalFrom(fr, file, line, pkg)
		if anyUTF8(vals) {
			msg = fr.it.outputBytes(nil, value.Join(value.StrValue(""), vals).String(), true, "warn", file, line)
		}
		fr.it.warnMsg(fr.it.withPosition(msg, file, line))
		return value.IntValue(1)
	}
}

// warnMsg writes a finished warning to STDERR.
func (it *Interp) warnMsg(msg string) {
	if h := it.sigHandler("__WARN__"); h != nil && !it.inWarnHandler {
		// $SIG{__WARN__} gets the message instead of STDERR.
		it.inWarnHandler = true
		defer func() { it.inWarnHandler = false }()
		m := value.StrValue(msg)
		it.callSub(h, []*value.Scalar{&m}, voidCtx, it.handlerCaller())
		return
	}
	if it.stdout.IO != nil && it.stdout.IO.Pending() > 0 && it.stderrSharesStdout() {
		it.stdout.IO.Flush()
	}
	if it.stderr.IO != nil {
		it.stderr.IO.WriteString(it.ctx, msg)
		it.stderr.IO.Flush()
	}
}

// warnAt warns with " at FILE line N.".
func (it *Interp) warnAt(file string, line int, format string, args ...any) {
	it.warnMsg(it.withPosition(fmt.Sprintf(format, args...), file, line))
}

// stderrSharesStdout is true when the host gave the same writer for both
// streams; then stdout is flushed first so the order stays as written.
func (it *Interp) stderrSharesStdout() bool {
	return it.cfg.Stdout != nil && any(it.cfg.Stdout) == any(it.cfg.Stderr)
}

// exitCall compiles exit EXPR.
func (c *compiler) exitCall(x *parser.Call) scalarFn {
	var arg scalarFn
	if len(x.Args) > 0 {
		arg = c.scalar(x.Args[0])
	}
	return func(fr *frame) value.Scalar {
		status := 0
		if arg != nil {
			status = int(arg(fr).Int())
		}
		panic(&exitSignal{status: status & 0xff})
	}
}

// definedCall compiles defined EXPR (and defined &name, defined @a).
func (c *compiler) definedCall(x *parser.Call) scalarFn {
	if len(x.Args) == 0 {
		f := c.topicOr(x)
		return func(fr *frame) value.Scalar { return value.BoolValue(!f(fr).IsUndef()) }
	}
	switch a := x.Args[0].(type) {
	case *parser.CallRef:
		if a.NoArgs {
			return c.symCodeDefined(a)
		}
	case *parser.Call:
		if a.Amp && !a.Paren {
			gi := c.global(c.qualify(a.Name))
			return func(fr *frame) value.Scalar { return value.BoolValue(fr.it.globs[gi].Code != nil) }
		}
	case *parser.Var:
		switch a.Sigil {
		case '@':
			arr := c.arrayVar(a.Name)
			return func(fr *frame) value.Scalar { return value.BoolValue(arr(fr).Len() > 0) }
		case '%':
			h := c.hashVar(a.Name)
			return func(fr *frame) value.Scalar { return value.BoolValue(h(fr).Len() > 0) }
		}
	}
	f := c.scalar(x.Args[0])
	return func(fr *frame) value.Scalar { return value.BoolValue(!f(fr).IsUndef()) }
}

// undefCall compiles undef and undef EXPR.
func (c *compiler) undefCall(x *parser.Call) scalarFn {
	if len(x.Args) == 0 {
		return func(*frame) value.Scalar { return value.UndefValue() }
	}
	switch a := x.Args[0].(type) {
	case *parser.Var:
		switch a.Sigil {
		case '@':
			arr := c.arrayVar(a.Name)
			return func(fr *frame) value.Scalar { fr.it.arrayClear(arr(fr)); return value.UndefValue() }
		case '%':
			h := c.hashVar(a.Name)
			return func(fr *frame) value.Scalar { fr.it.hashClear(h(fr)); return value.UndefValue() }
		}
	case *parser.Call:
		if a.Amp {
			gi := c.global(c.qualify(a.Name))
			return func(fr *frame) value.Scalar { fr.it.globs[gi].Code = nil; return value.UndefValue() }
		}
	}
	lv := c.lvalue(x.Args[0])
	return func(fr *frame) value.Scalar {
		fr.it.store(lv(fr), value.UndefValue())
		return value.UndefValue()
	}
}

// sleepCall compiles sleep EXPR: it returns the whole seconds slept and
// wakes early when the run is cancelled.
func (c *compiler) sleepCall(x *parser.Call) scalarFn {
	var arg scalarFn
	if len(x.Args) > 0 {
		arg = c.scalar(x.Args[0])
	}
	return func(fr *frame) value.Scalar {
		secs := float64(1 << 40)
		if arg != nil {
			secs = float64(arg(fr).Int())
		}
		return value.IntValue(int64(math.Round(fr.it.sleepFor(secs))))
	}
}

// sleepFor sleeps, waking early when the run is cancelled or an alarm
// fires; it returns the seconds slept. Like perl it does not flush output.
func (it *Interp) sleepFor(secs float64) float64 {
	if secs < 0 {
		secs = 0
	}
	start := time.Now()
	t := time.NewTimer(time.Duration(secs * float64(time.Second)))
	defer t.Stop()
	select {
	case <-t.C:
	case <-it.ctx.Done():
		it.interrupted(it.ctx.Err())
	}
	return time.Since(start).Seconds()
}

func nowUnix() int64 { return time.Now().Unix() }

func nowNano() int64 { return time.Now().UnixNano() }

// handleFunc compiles close, eof, binmode, fileno and select.
func (c *compiler) handleFunc(x *parser.Call) scalarFn {
	switch x.Name {
	case "select":
		return c.selectCall(x)
	case "eof":
		if len(x.Args) == 0 && x.Paren {
			// eof() is the end of the whole <> stream.
			file, line := c.file, c.line
			return func(fr *frame) value.Scalar { return value.BoolValue(fr.it.argvEOF(file, line)) }
		}
		if len(x.Args) == 0 {
			// eof without an argument tests the last handle read.
			return func(fr *frame) value.Scalar {
				g := fr.it.lastRead
				if g == nil || g.IO == nil {
					return value.IntValue(1)
				}
				return value.BoolValue(g.IO.EOF(fr.it.ctx))
			}
		}
	}
	if len(x.Args) == 0 {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	h := c.handleArg(x.Args[0], false)
	var layer scalarFn
	if x.Name == "binmode" && len(x.Args) > 1 {
		layer = c.scalar(x.Args[1])
	}
	name := x.Name
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		if g == nil || g.IO == nil {
			it.errno = int(unix.EBADF)
			switch name {
			case "eof":
				return value.IntValue(1)
			case "close":
				return value.BoolValue(false)
			}
			return value.UndefValue()
		}
		switch name {
		case "close":
			return value.BoolValue(it.closeIO(g.IO))
		case "eof":
			it.lastRead = g
			return value.BoolValue(g.IO.EOF(it.ctx))
		case "fileno":
			if g.IO.IsMemory() && g.IO.Opened() {
				return value.IntValue(-1)
			}
			if fd := g.IO.Fd(); fd >= 0 {
				return value.IntValue(int64(fd))
			}
			if n := it.stdIndex(g); n >= 0 && g.IO.Opened() {
				// A standard handle over a host Go stream is still
				// descriptor 0, 1 or 2 to the script.
				return value.IntValue(int64(n))
			}
			return value.UndefValue()
		case "binmode":
			l := ":raw"
			if layer != nil {
				l = layer(fr).String()
			}
			if err := g.IO.SetBinmode(l); err != nil {
				it.setErrno(err)
				return value.UndefValue()
			}
			return value.IntValue(1)
		}
		return value.UndefValue()
	}
}

// selectCall compiles 1-argument select: set the default output handle,
// returning the previous one's name ("main::STDOUT").
func (c *compiler) selectCall(x *parser.Call) scalarFn {
	if len(x.Args) == 4 {
		return c.select4(x)
	}
	if len(x.Args) > 1 {
		c.fail(x.At().Line, "Not enough arguments for select system call")
	}
	var h func(*frame) *Glob
	if len(x.Args) == 1 {
		h = c.handleArg(x.Args[0], false)
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		prev := it.selected
		if h != nil {
			if g := h(fr); g != nil {
				it.selected = g
			}
		}
		if it.symbols[prev.Pkg+"::"+prev.Name] != prev {
			// A lexical handle: select gives the glob itself.
			return value.RefValue(prev)
		}
		return value.StrValue(prev.Pkg + "::" + prev.Name)
	}
}
