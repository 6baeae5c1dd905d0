package perlio

import (
	"context"
	"errors"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// pastDeadline is a deadline that has already expired: setting it makes
// every call waiting in the poller on that file return at once.
func pastDeadline() time.Time { return time.Unix(1, 0) }

// guard bounds one blocking call on a poller-registered descriptor by a
// context and an optional timeout (the emulated SO_RCVTIMEO / SO_SNDTIMEO).
// Arm it with h.guard just before the call and release it right after,
// so that no callback or deadline outlives the call.
type guard struct {
	f     *os.File
	stop  func() bool
	fired chan struct{}
	timed bool
	write bool
}

// guard arms cancellation for a call in one direction. It fails with
// ctx.Err() when ctx is already done, without touching the file.
func (h *Handle) guard(ctx context.Context, timeout time.Duration, write bool) (guard, error) {
	if err := ctx.Err(); err != nil {
		return guard{}, err
	}
	g := guard{f: h.f, write: write}
	if timeout > 0 && !h.nonblock {
		d := time.Now().Add(timeout)
		if write {
			h.f.SetWriteDeadline(d)
		} else {
			h.f.SetReadDeadline(d)
		}
		g.timed = true
	}
	if ctx.Done() != nil {
		f, fired := h.f, make(chan struct{})
		g.stop = context.AfterFunc(ctx, func() {
			f.SetDeadline(pastDeadline())
			close(fired)
		})
		g.fired = fired
	}
	return g, nil
}

// release undoes guard. If the context fired, it waits for the callback to
// finish before clearing the deadline it set, so the next call starts clean.
func (g *guard) release() {
	if g.stop != nil && !g.stop() {
		<-g.fired
		g.f.SetDeadline(time.Time{})
		return
	}
	if g.timed {
		if g.write {
			g.f.SetWriteDeadline(time.Time{})
		} else {
			g.f.SetReadDeadline(time.Time{})
		}
	}
}

// callErr turns the poller's errors into what the script should see: an
// expired deadline is cancellation when ctx is done and otherwise a socket
// timeout, which the kernel reports as EAGAIN; a closed file is EBADF.
func callErr(ctx context.Context, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrDeadlineExceeded):
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return unix.EAGAIN
	case errors.Is(err, os.ErrClosed):
		return unix.EBADF
	}
	return err
}

// pollWait waits until a blocking descriptor the poller does not manage is
// ready for events, so that the following read or write does not block. It
// polls the descriptor together with an eventfd that a cancelled ctx
// signals; the descriptor's flags, shared with the host, stay as they are.
// timeout > 0 bounds the wait (EAGAIN when it passes); nonblock makes it a
// readiness check.
func pollWait(ctx context.Context, fd int, events int16, timeout time.Duration, nonblock bool) error {
	ms := -1
	if nonblock {
		ms = 0
	} else if timeout > 0 {
		ms = int((timeout + time.Millisecond - 1) / time.Millisecond)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fds := []unix.PollFd{{Fd: int32(fd), Events: events}}
	if ms != 0 {
		// Usually the descriptor is ready already: one look settles
		// it without the eventfd's four extra system calls.
		if n, err := unix.Poll(fds, 0); err == nil && n > 0 {
			return nil
		}
		fds[0].Revents = 0
	}
	if ctx.Done() != nil {
		efd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
		if err == nil {
			defer unix.Close(efd)
			fired := make(chan struct{})
			stop := context.AfterFunc(ctx, func() {
				one := [8]byte{1}
				unix.Write(efd, one[:])
				close(fired)
			})
			// Runs before the Close above: the callback must be done
			// with efd before it is closed.
			defer func() {
				if !stop() {
					<-fired
				}
			}()
			fds = append(fds, unix.PollFd{Fd: int32(efd), Events: unix.POLLIN})
		}
		// Without an eventfd (descriptors exhausted) the wait simply
		// cannot be cancelled.
	} else if ms < 0 {
		// Nothing could interrupt the wait: let the call itself block.
		return nil
	}
	for {
		n, err := unix.Poll(fds, ms)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if len(fds) > 1 && fds[1].Revents != 0 {
			return ctx.Err()
		}
		if n == 0 {
			return unix.EAGAIN
		}
		// Ready, or in error or hung up: the call reports which.
		return nil
	}
}
