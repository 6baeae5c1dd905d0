package interp

import (
	"context"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// alarmState is alarm()'s timer. A Go program cannot take SIGALRM for one
// interpreter among many, so the alarm is a timer: when it fires it
// cancels the context that blocking calls wait on, and the interpreter
// delivers the signal at the next safe point — the interrupted call, or
// the next loop iteration — by calling $SIG{ALRM}, or by ending the
// program as an unhandled SIGALRM does.
type alarmState struct {
	mu       sync.Mutex
	timer    *time.Timer
	deadline time.Time
	cancelOp context.CancelFunc
	fired    atomic.Bool
}

// statusAlarm is the exit status of a program ended by SIGALRM, as a
// shell reports it (128 + 14).
const statusAlarm = 128 + 14

// newOpContext gives blocking calls a fresh context that an alarm can
// cancel without cancelling the run.
func (it *Interp) newOpContext() {
	ctx, cancel := context.WithCancel(it.runCtx)
	it.alarm.mu.Lock()
	it.ctx, it.alarm.cancelOp = ctx, cancel
	it.alarm.mu.Unlock()
}

// setAlarm arms the timer for secs seconds (0 disarms) and returns the
// seconds that were left on the previous alarm.
func (it *Interp) setAlarm(secs float64) int64 {
	a := &it.alarm
	a.mu.Lock()
	defer a.mu.Unlock()
	var left int64
	if a.timer != nil {
		if a.timer.Stop() {
			left = int64(math.Ceil(time.Until(a.deadline).Seconds()))
		}
		a.timer = nil
	}
	if secs > 0 {
		d := time.Duration(secs * float64(time.Second))
		a.deadline = time.Now().Add(d)
		a.timer = time.AfterFunc(d, func() {
			a.fired.Store(true)
			a.mu.Lock()
			cancel := a.cancelOp
			a.mu.Unlock()
			if cancel != nil {
				cancel()
			}
		})
	}
	return left
}

// deliverAlarm runs when a fired alarm is noticed: $SIG{ALRM} is called
// (it usually dies, ending an eval), or the program ends.
func (it *Interp) deliverAlarm() {
	it.alarm.fired.Store(false)
	it.newOpContext()
	if h := it.sigHandler("ALRM"); h != nil {
		sig := value.StrValue("ALRM")
		it.callSub(h, []*value.Scalar{&sig}, voidCtx, it.mainFrame)
		return
	}
	if v := it.symbols["main::SIG"]; v != nil && v.Hash.Get("ALRM").String() == "IGNORE" {
		return
	}
	panic(&exitSignal{status: statusAlarm, killed: true})
}

// interrupted is called when a blocking call returned err: a cancelled
// run stops, a fired alarm is delivered and the call fails with EINTR.
func (it *Interp) interrupted(err error) bool {
	if err == nil {
		return false
	}
	if it.runCtx != nil && it.runCtx.Err() != nil {
		panic(cancelSignal{})
	}
	if it.deliverSignals() {
		it.errno = int(unix.EINTR)
		return true
	}
	if it.alarm.fired.Load() {
		it.deliverAlarm()
		it.errno = int(unix.EINTR)
		return true
	}
	return false
}

// alarmCall compiles alarm SECONDS.
func (c *compiler) alarmCall(x *parser.Call) scalarFn {
	arg := c.topicOr(x)
	return func(fr *frame) value.Scalar {
		return value.IntValue(fr.it.setAlarm(arg(fr).Float()))
	}
}
