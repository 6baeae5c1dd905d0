package interp

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// procCall compiles kill, wait, waitpid and getppid.
func (c *compiler) procCall(x *parser.Call) scalarFn {
	file, line := c.file, c.line
	switch x.Name {
	case "getppid":
		return func(*frame) value.Scalar { return value.IntValue(int64(os.Getppid())) }
	case "wait":
		return func(fr *frame) value.Scalar { return fr.it.waitpid(-1, 0) }
	case "waitpid":
		args := c.scalarArgs(x, 2, 2)
		return func(fr *frame) value.Scalar {
			pid, flags := args[0](fr).Int(), args[1](fr).Int()
			return fr.it.waitpid(int(pid), int(flags))
		}
	}
	args := c.listArgs(x)
	return func(fr *frame) value.Scalar {
		it := fr.it
		vals := args(fr)
		if len(vals) == 0 {
			return value.IntValue(0)
		}
		sig, group := it.signalArg(vals[0], file, line)
		n := 0
		for _, v := range vals[1:] {
			pid := int(v.Int())
			if group {
				pid = -pid
			}
			if pid == os.Getpid() {
				n++
				it.signalSelf(sig)
				continue
			}
			if it.cfg.DenyProcesses && it.sys.children[pid] == nil {
				// A sandboxed script may signal itself and its own
				// children only (it can have none).
				it.dieAt(file, line, "kill is not allowed: the host forbids signalling other processes")
			}
			if pid == -unix.Getpgrp() || pid == 0 || pid == -1 {
				// The host process is in that group.
				it.dieAt(file, line, "kill of miniperl's own process group is not supported")
			}
			if err := unix.Kill(pid, unix.Signal(sig)); err != nil {
				it.setErrno(err)
				continue
			}
			n++
		}
		return value.IntValue(int64(n))
	}
}

// signalArg reads kill's first argument: a signal number or name ("TERM",
// "SIGTERM", "ZERO"), negative (or "-TERM") for a process group.
func (it *Interp) signalArg(v value.Scalar, file string, line int) (sig int, group bool) {
	s := strings.TrimSpace(v.String())
	if v.Kind() == value.Int || v.Kind() == value.Float {
		n := int(v.Int())
		if n < 0 {
			return -n, true
		}
		return n, false
	}
	if strings.HasPrefix(s, "-") {
		group, s = true, s[1:]
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, group
	}
	name := strings.TrimPrefix(s, "SIG")
	if name == "ZERO" {
		return 0, group
	}
	if n := signalNumber(name); n > 0 {
		return n, group
	}
	it.dieAt(file, line, "Unrecognized signal name \"%s\"", s)
	return 0, false
}

// signalNumber is the number of a signal name without "SIG", 0 if none.
func signalNumber(name string) int {
	switch name {
	case "CLD":
		name = "CHLD"
	case "POLL":
		name = "IO"
	case "IOT":
		name = "ABRT"
	}
	return int(unix.SignalNum("SIG" + name))
}

// signalSelf is kill SIG, $$: a Go host cannot take a signal for one of
// its interpreters, so the run delivers it to itself at once: to the
// %SIG handler, ignored under IGNORE or when ignoring is the default
// action, and otherwise ending the run as the signal would end perl.
func (it *Interp) signalSelf(sig int) {
	if sig == 0 {
		return
	}
	name := strings.TrimPrefix(unix.SignalName(unix.Signal(sig)), "SIG")
	if h := it.sigHandler(name); h != nil {
		v := value.StrValue(name)
		it.callSub(h, []*value.Scalar{&v}, voidCtx, it.mainFrame)
		return
	}
	if g := it.symbols["main::SIG"]; g != nil && g.Hash.Get(name).String() == "IGNORE" {
		return
	}
	switch unix.Signal(sig) {
	case unix.SIGCHLD, unix.SIGURG, unix.SIGWINCH, unix.SIGCONT:
		return
	}
	panic(&exitSignal{status: 128 + sig, killed: true})
}

// waitpid is perl's waitpid(PID, FLAGS) over the children of the run's
// piped opens: the pid reaped (and $? its status), 0 with WNOHANG while
// it runs, or -1 with $! ECHILD (and $? -1) when there is no such child.
// PID -1 (and wait) take any child.
func (it *Interp) waitpid(pid, flags int) value.Scalar {
	nohang := flags&unix.WNOHANG != 0
	var cands []*child
	if pid == -1 || pid == 0 {
		for _, ch := range it.sys.children {
			cands = append(cands, ch)
		}
	} else if ch := it.sys.children[pid]; ch != nil {
		cands = []*child{ch}
	}
	if len(cands) == 0 {
		it.errno = int(unix.ECHILD)
		it.setChildStatus(-1)
		return value.IntValue(-1)
	}
	if len(cands) == 1 {
		status, ok, err := it.reap(cands[0], nohang)
		return it.waitResult(cands[0].pid, status, ok, err)
	}
	// Several children: poll each until one has exited.
	for {
		for _, ch := range cands {
			status, ok, err := it.reap(ch, true)
			if ok {
				return it.waitResult(ch.pid, status, ok, err)
			}
		}
		if nohang {
			return value.IntValue(0)
		}
		select {
		case <-it.ctx.Done():
			it.checkCancel(it.ctx.Err())
			return value.IntValue(-1)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func (it *Interp) waitResult(pid, status int, ok bool, err error) value.Scalar {
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
		it.setChildStatus(-1)
		return value.IntValue(-1)
	}
	if !ok {
		return value.IntValue(0)
	}
	it.setChildStatus(status)
	return value.IntValue(int64(pid))
}
