package interp

import (
	"context"
	"fmt"

	"github.com/miniperl/miniperl/value"
)

// statusCancelled is Run's result when the host cancels the context: what
// a shell reports for a process stopped by SIGINT.
const statusCancelled = 130

// Run executes the program and returns its exit status as perl's would be:
// 0 at the end, N for exit(N), and after an uncaught die $! if set, else
// ($? >> 8) if set, else 255. Cancelling ctx stops the program, also when
// it is blocked in accept or a read, and Run returns 130.
func (it *Interp) Run(ctx context.Context) (status int) {
	it.runCtx = ctx
	it.newOpContext()
	defer it.setAlarm(0)
	if it.cfg.Signals != nil {
		done := make(chan struct{})
		defer close(done)
		go it.watchSignals(it.cfg.Signals, done)
	}
	fr := newFrame(it, it.prog.main)
	fr.pkg = "main"
	fr.want = voidCtx
	it.mainFrame = fr
	it.defineModules()
	frames := make([]*frame, len(it.prog.units))
	frames[0] = fr
	for i := 1; i < len(frames); i++ {
		frames[i] = newFrame(it, it.prog.units[i].code)
		frames[i].pkg = "main"
	}
	it.unitRun = make([]bool, len(frames))
	for _, s := range it.prog.subs {
		it.glob(s.full).Code = makeClosure(s.code, frames[s.unit], false)
	}
	for _, dir := range it.prog.inc {
		it.glob("main::INC").Array.Push(value.StrValue(dir))
	}
	if it.prog.data != nil {
		it.glob("main::DATA").IO = it.dataHandle()
	}
	it.emitCompileWarnings()
	status = it.protect(func() {
		for _, step := range it.prog.inits {
			it.runInit(step, frames)
		}
		it.prog.main.body(fr)
		it.deliverPending()
	})
	if it.rc && !it.killed {
		if s := it.protect(func() { it.endOfMain(fr) }); s != 0 && status == 0 {
			status = s
		}
	}
	// END blocks run after the main program, also after die and exit, with
	// $? holding the status.
	it.phase = "END"
	ends := append(append([]*subCode(nil), it.prog.ends...), it.rtc.ends...)
	if len(ends) > 0 && !it.killed {
		*it.glob("main::?").Scalar = value.IntValue(int64(status))
	}
	for i := len(ends) - 1; i >= 0 && !it.killed; i-- {
		code := ends[i]
		if s := it.protect(func() { it.callSub(&Closure{code: code, name: "END"}, nil, voidCtx, fr) }); s != 0 {
			*it.glob("main::?").Scalar = value.IntValue(int64(s))
		}
	}
	if len(ends) > 0 && !it.killed {
		// An END block may change $?, and that is the exit status.
		status = int(it.glob("main::?").Scalar.Int()) & 0xff
	}
	it.phase = "DESTRUCT"
	if it.rc && !it.killed {
		it.protect(it.globalDestruction)
	}
	if !it.killed {
		it.flushAll()
	}
	it.reapAll()
	return status
}

// protect runs f, turning die, exit and cancellation into an exit status.
func (it *Interp) protect(f func()) (status int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch sig := r.(type) {
		case *dieSignal:
			it.stdout.IO.Flush()
			msg := sig.val.String()
			if sig.val.IsUTF8() {
				msg = it.outputBytes(nil, msg, true, "die", sig.file, sig.line)
			}
			it.stderr.IO.Write(it.ctx, []byte(msg))
			it.stderr.IO.Flush()
			status = it.dieStatus()
		case *exitSignal:
			status = sig.status
			it.killed = sig.killed
		case cancelSignal:
			status = statusCancelled
		case *ctlSignal:
			status = 0
			if sig.fromSub {
				// No loop took the next or last that left a sub.
				it.stdout.IO.Flush()
				msg := fmt.Sprintf("Can't \"%s\" outside a loop block at %s line %d.\n", sig.what, sig.file, sig.line)
				if sig.label != "" {
					msg = fmt.Sprintf("Label not found for \"%s %s\" at %s line %d.\n", sig.what, sig.label, sig.file, sig.line)
				}
				it.stderr.IO.WriteString(it.ctx, msg)
				it.stderr.IO.Flush()
				status = 255
			}
		default:
			// A fault inside miniperl itself: report it like perl's
			// "panic:" messages, not as a Go stack trace.
			it.stdout.IO.Flush()
			it.stderr.IO.WriteString(it.ctx, fmt.Sprintf("panic: miniperl internal error: %v\n", r))
			it.stderr.IO.Flush()
			status = 255
		}
	}()
	f()
	return 0
}

// dieStatus is perl's exit status after an uncaught die.
func (it *Interp) dieStatus() int {
	if it.errno != 0 {
		return it.errno & 0xff
	}
	if q := it.glob("main::?").Scalar.Int() >> 8; q != 0 {
		return int(q & 0xff)
	}
	return 255
}

// flushAll flushes every open output handle, as perl does at exit.
func (it *Interp) flushAll() {
	for _, g := range it.symbols {
		if g.IO != nil {
			g.IO.Flush()
		}
	}
	for _, h := range it.anonHandles {
		h.Flush()
	}
}
