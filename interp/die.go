package interp

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// dieSignal unwinds the Go stack from die to the nearest eval or to Run.
type dieSignal struct {
	val value.Scalar
	// file and line are where a character-string message died, for the
	// "Wide character in die" warning if it reaches STDERR.
	file string
	line int
}

// exitSignal unwinds from exit() to Run.
type exitSignal struct {
	status int
	// killed is set for a default signal action: the process would end at
	// once, its buffered output lost, and no END blocks run.
	killed bool
}

// cancelSignal unwinds when the host cancels the run's context.
type cancelSignal struct{}

// dieMsg dies with a finished message (it ends in a newline).
func (it *Interp) dieMsg(msg string) {
	it.die(value.StrValue(msg))
}

// die raises v as the exception, calling $SIG{__DIE__} first (not from
// inside itself), which may die with another value instead.
func (it *Interp) die(v value.Scalar) {
	if h := it.sigHandler("__DIE__"); h != nil && !it.inDieHandler {
		it.inDieHandler = true
		func() {
			defer func() { it.inDieHandler = false }()
			it.callSub(h, []*value.Scalar{&v}, voidCtx, it.handlerCaller())
		}()
	}
	panic(&dieSignal{val: v})
}

// sigHandler returns the code in $SIG{name}, if it holds a code reference
// or the name of a sub.
func (it *Interp) sigHandler(name string) *Closure {
	g := it.symbols["main::SIG"]
	if g == nil || !g.Hash.Exists(name) {
		return nil
	}
	v := g.Hash.Get(name)
	switch v.Kind() {
	case value.Ref:
		cl, _ := v.Pointer().(*Closure)
		return cl
	case value.Str:
		s := v.String()
		if s == "" || s == "DEFAULT" || s == "IGNORE" {
			return nil
		}
		if !containsColons(s) {
			s = "main::" + s
		}
		if g := it.symbols[s]; g != nil {
			return g.Code
		}
	}
	return nil
}

// dieAt dies with perl's " at FILE line N." added to the message.
func (it *Interp) dieAt(file string, line int, format string, args ...any) {
	if !it.sigFrom.hasSource {
		it.sigFrom = signalFrom{file: file, line: line, pkg: "main", hasSource: true}
	}
	it.dieMsg(it.withPosition(fmt.Sprintf(format, args...), file, line))
}

// withPosition adds " at FILE line N.\n" to a message not ending in a
// newline, with ", <FH> line N" when a filehandle has been read, as perl's
// die and warn do.
func (it *Interp) withPosition(msg, file string, line int) string {
	if strings.HasSuffix(msg, "\n") {
		return msg
	}
	msg += fmt.Sprintf(" at %s line %d", file, line)
	if g := it.lastRead; g != nil && g.IO != nil && g.IO.LineNo() > 0 {
		// perl names ARGV "<>", and counts chunks unless $/ is "\n".
		name, unit := g.Name, "line"
		if name == "ARGV" && g.Pkg == "main" {
			name = ""
		}
		if rs := it.glob("main::/").Scalar; rs.Kind() == value.Ref || rs.String() != "\n" {
			unit = "chunk"
		}
		msg += fmt.Sprintf(", <%s> %s %d", name, unit, g.IO.LineNo())
	}
	if it.phase == "DESTRUCT" {
		msg += " during global destruction"
	}
	return msg + ".\n"
}

// errnoValue is $!: the errno number and perl's text for it.
func (it *Interp) errnoValue() value.Scalar {
	if it.errno == 0 {
		return value.DualValue(0, "")
	}
	return value.DualValue(int64(it.errno), perlio.ErrnoText(unix.Errno(it.errno)))
}

// setErrno records a failed call's error in $!.
func (it *Interp) setErrno(err error) {
	if errors.Is(err, context.Canceled) {
		// A call interrupted by an alarm, as EINTR would interrupt it.
		it.errno = int(unix.EINTR)
		return
	}
	if e, ok := perlio.ErrnoOf(err); ok {
		it.errno = int(e)
		if e == unix.EPIPE {
			it.raisePipe()
		}
		return
	}
	it.errno = int(unix.EIO)
}

// tick is called once per loop iteration; every 1024 iterations it checks
// whether the host cancelled the run.
func (it *Interp) tick() {
	if it.pendingPipe {
		it.deliverPending()
	}
	it.steps++
	if it.steps&1023 == 0 && it.ctx != nil {
		select {
		case <-it.ctx.Done():
			if it.runCtx.Err() != nil {
				panic(cancelSignal{})
			}
			it.deliverSignals()
			if it.alarm.fired.Load() {
				it.deliverAlarm()
			}
		default:
		}
	}
}

// checkIOErr turns a cancelled context seen by a blocking call into the
// run's cancellation.
func (it *Interp) checkCancel(err error) {
	it.interrupted(err)
}

// evalBlock compiles eval { ... }: a die inside sets $@ and yields undef
// (or the empty list); success clears $@.
func (c *compiler) evalBlock(x *parser.EvalBlock) func(*frame, wantCtx) []value.Scalar {
	body := c.blockValue(x.Body)
	errVar := c.global("main::@")
	file, line, pkg := c.file, x.At().Line, c.pkg
	return func(fr *frame, want wantCtx) (out []value.Scalar) {
		it := fr.it
		mark := len(it.locals)
		depth := it.depth
		savedWant := fr.want
		evalMark := it.pushEval(evalCtx{fr: fr, file: file, line: line, pkg: pkg, want: want})
		defer func() {
			it.popEval(evalMark)
			if r := recover(); r != nil {
				d, ok := r.(*dieSignal)
				if !ok {
					panic(r)
				}
				it.unwindLocals(mark)
				it.depth = depth
				// The block's context was left set by the die.
				fr.want = savedWant
				it.store(it.globs[errVar].Scalar, d.val)
				if want == listCtx {
					out = nil
				} else {
					out = []value.Scalar{value.UndefValue()}
				}
			}
		}()
		it.store(it.globs[errVar].Scalar, value.StrValue(""))
		out = body(fr, want)
		it.store(it.globs[errVar].Scalar, value.StrValue(""))
		return out
	}
}

// statusPipe is the exit status of a program ended by SIGPIPE (128 + 13).
const statusPipe = 128 + 13

// raisePipe is what happens when the script writes to a pipe or socket
// whose reader has gone: with $SIG{PIPE} = 'IGNORE' the write just fails
// with EPIPE; otherwise SIGPIPE is pending, and like perl's deferred
// signals it is delivered at the next safe point (a loop iteration, a sub
// return, the end of the program), not in the middle of the print.
func (it *Interp) raisePipe() {
	if g := it.symbols["main::SIG"]; g != nil && g.Hash.Get("PIPE").String() == "IGNORE" {
		return
	}
	it.pendingPipe = true
}

// deliverPending delivers a pending SIGPIPE.
func (it *Interp) deliverPending() {
	if it.pendingPipe {
		it.pendingPipe = false
		it.sigpipe()
	}
}

// sigpipe delivers SIGPIPE: $SIG{PIPE} runs if set; by default the
// program ends as a process killed by SIGPIPE would (an embedding host
// gets the status, not a dead process).
func (it *Interp) sigpipe() {
	if h := it.sigHandler("PIPE"); h != nil {
		sig := value.StrValue("PIPE")
		it.callSub(h, []*value.Scalar{&sig}, voidCtx, it.mainFrame)
		return
	}
	if g := it.symbols["main::SIG"]; g != nil && g.Hash.Get("PIPE").String() == "IGNORE" {
		return
	}
	panic(&exitSignal{status: statusPipe, killed: true})
}
