package interp

import (
	"os"
	"sync/atomic"

	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// catchable are the signals a host may forward through Config.Signals,
// by number, with their %SIG names.
var catchable = map[unix.Signal]string{
	unix.SIGHUP: "HUP", unix.SIGINT: "INT", unix.SIGTERM: "TERM",
	unix.SIGUSR1: "USR1", unix.SIGUSR2: "USR2", unix.SIGQUIT: "QUIT",
}

// pendingSignals is a bit set of signals received and not yet delivered.
type pendingSignals struct{ bits atomic.Uint64 }

// watchSignals forwards the host's signals to the run until done closes:
// each is marked pending and the context blocking calls wait on is
// cancelled, so that a blocked accept or read returns and the signal is
// delivered at once, as perl delivers it after the interrupted call.
func (it *Interp) watchSignals(ch <-chan os.Signal, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case s := <-ch:
			sig, ok := s.(unix.Signal)
			if !ok {
				continue
			}
			for {
				old := it.signals.bits.Load()
				if it.signals.bits.CompareAndSwap(old, old|1<<uint(sig)) {
					break
				}
			}
			it.alarm.mu.Lock()
			cancel := it.alarm.cancelOp
			it.alarm.mu.Unlock()
			if cancel != nil {
				cancel()
			}
		}
	}
}

// deliverSignals runs $SIG{NAME} for each pending signal, or its default
// action: ending the run with status 128+N.
func (it *Interp) deliverSignals() bool {
	bits := it.signals.bits.Swap(0)
	if bits == 0 {
		return false
	}
	it.newOpContext()
	for sig, name := range catchable {
		if bits&(1<<uint(sig)) == 0 {
			continue
		}
		if h := it.sigHandler(name); h != nil {
			v := value.StrValue(name)
			it.callSub(h, []*value.Scalar{&v}, voidCtx, it.mainFrame)
			continue
		}
		if g := it.symbols["main::SIG"]; g != nil && g.Hash.Get(name).String() == "IGNORE" {
			continue
		}
		panic(&exitSignal{status: 128 + int(sig), killed: true})
	}
	return true
}
