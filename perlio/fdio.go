package perlio

import (
	"context"
	"io"

	"golang.org/x/sys/unix"
)

// This file holds the single system calls under the buffers: one read or
// one write on the handle's stream, waiting the way its kind needs.

// pipeBuf is PIPE_BUF on Linux.
const pipeBuf = 4096

// await runs op, a non-blocking system call on the handle's descriptor
// returning its errno, until it stops failing with EAGAIN, waiting for the
// descriptor to become readable (or writable, for write) in between. The
// wait ends early with ctx.Err() on cancellation, and with EAGAIN when the
// script made the handle non-blocking or its socket timeout passes. EINTR
// is retried.
func (h *Handle) await(ctx context.Context, write bool, op func(fd int) error) error {
	timeout := h.rcvTimeout
	if write {
		timeout = h.sndTimeout
	}
	retry := func(fd int) error {
		for {
			if e := op(fd); e != unix.EINTR {
				return e
			}
		}
	}
	switch h.wait {
	case waitPoller:
		g, err := h.guard(ctx, timeout, write)
		if err != nil {
			return err
		}
		var e error
		fn := func(fd uintptr) bool {
			e = retry(int(fd))
			// Returning false parks the call in the poller until
			// the next readiness edge or the deadline.
			return e != unix.EAGAIN || h.nonblock
		}
		if write {
			err = h.rc.Write(fn)
		} else {
			err = h.rc.Read(fn)
		}
		g.release()
		if err != nil {
			return callErr(ctx, err)
		}
		return e
	case waitPoll:
		return h.awaitPoll(ctx, write, op)
	}
	return retry(h.fd)
}

// awaitPoll is await for a blocking descriptor: poll(2), then the call.
// Unlike await it keeps no reference to op, so a caller's closure for it
// need not be allocated.
func (h *Handle) awaitPoll(ctx context.Context, write bool, op func(fd int) error) error {
	timeout := h.rcvTimeout
	events := int16(unix.POLLIN)
	if write {
		timeout = h.sndTimeout
		events = unix.POLLOUT
	}
	for {
		if err := pollWait(ctx, h.fd, events, timeout, h.nonblock); err != nil {
			return err
		}
		e := op(h.fd)
		for e == unix.EINTR {
			e = op(h.fd)
		}
		if e != unix.EAGAIN || h.nonblock {
			return e
		}
		// Readiness was stale (another reader of a shared
		// descriptor got there first): wait again.
	}
}

// readRaw reads once from the stream into p, waiting for data when there
// is none. It returns 0 and a nil error at end of file.
func (h *Handle) readRaw(ctx context.Context, p []byte) (int, error) {
	if h.f == nil {
		return h.readHost(p)
	}
	// Only the sockets made here are sure to stay non-blocking: a host's
	// descriptor may share its open file with another process, which
	// could clear O_NONBLOCK under a call that must not block.
	nonblocking := h.wait == waitPoller && h.ownFd
	if nonblocking {
		// Fast path: the descriptor is non-blocking, so try the call
		// before arming cancellation and the poller, which only a call
		// that has to wait needs: a socket with data costs one system
		// call, as in perl.
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		n, err := nbRead(h.fd, p)
		for err == unix.EINTR {
			n, err = nbRead(h.fd, p)
		}
		if err != unix.EAGAIN || h.nonblock {
			return n, err
		}
	}
	if h.wait == waitNever {
		// A regular file: nothing to wait for, so no closure for
		// await to hold (it would be allocated on every call).
		n, err := unix.Read(h.fd, p)
		for err == unix.EINTR {
			n, err = unix.Read(h.fd, p)
		}
		if err != nil {
			return 0, err
		}
		return n, nil
	}
	if h.wait == waitPoll {
		// A pipe or terminal: wait with poll(2), without the
		// allocations await's closures cost.
		var n int
		err := h.awaitPoll(ctx, false, func(fd int) error {
			var e error
			n, e = unix.Read(fd, p)
			return e
		})
		if err != nil {
			return 0, err
		}
		return n, nil
	}
	var n int
	err := h.await(ctx, false, func(fd int) error {
		var e error
		if nonblocking {
			n, e = nbRead(fd, p)
		} else {
			n, e = unix.Read(fd, p)
		}
		return e
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// readHost reads from a host io.Reader, which cannot be interrupted.
func (h *Handle) readHost(p []byte) (int, error) {
	if h.r == nil {
		return 0, unix.EBADF
	}
	// io.Reader may return 0, nil; a few retries tell that from EOF.
	for range 100 {
		n, err := h.r.Read(p)
		if n > 0 {
			if err != nil && err != io.EOF {
				// Keep the data; the error shows on the handle and
				// most likely comes back from the next read.
				h.err = err
			}
			return n, nil
		}
		if err == io.EOF {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
	}
	return 0, io.ErrNoProgress
}

// writeRaw writes p with at most one successful system call, waiting for
// room first when the stream is full. It may write less than len(p).
func (h *Handle) writeRaw(ctx context.Context, p []byte) (int, error) {
	if h.f == nil {
		if h.w == nil {
			return 0, unix.EBADF
		}
		n, err := h.w.Write(p)
		if err == nil && n < len(p) {
			err = io.ErrShortWrite
		}
		return n, err
	}
	if h.wait == waitPoll && (ctx.Done() != nil || h.nonblock) && len(p) > pipeBuf {
		// After poll(2) says writable, a blocking pipe takes PIPE_BUF
		// bytes without blocking; more could block where neither
		// cancellation nor the script's non-blocking mode can reach.
		// writeAll comes back for the rest.
		p = p[:pipeBuf]
	}
	nonblocking := h.wait == waitPoller && h.ownFd && h.sock
	if nonblocking {
		// The fast path, as in readRaw.
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		n, err := nbSend(h.fd, p, unix.MSG_NOSIGNAL)
		for err == unix.EINTR {
			n, err = nbSend(h.fd, p, unix.MSG_NOSIGNAL)
		}
		if err != unix.EAGAIN || h.nonblock {
			return n, err
		}
	}
	if h.wait == waitNever && !h.sock {
		// A regular file, as in readRaw.
		n, err := unix.Write(h.fd, p)
		for err == unix.EINTR {
			n, err = unix.Write(h.fd, p)
		}
		if err != nil {
			return 0, err
		}
		return n, nil
	}
	if h.wait == waitPoll {
		// As in readRaw.
		var n int
		err := h.awaitPoll(ctx, true, func(fd int) error {
			var e error
			if h.sock {
				n, e = rawSendto(fd, p, unix.MSG_NOSIGNAL, nil)
			} else {
				n, e = unix.Write(fd, p)
			}
			return e
		})
		if err != nil {
			return 0, err
		}
		return n, nil
	}
	var n int
	err := h.await(ctx, true, func(fd int) error {
		var e error
		if h.sock {
			// send with MSG_NOSIGNAL: a broken connection is an EPIPE
			// for the script, never a SIGPIPE for the host process.
			if nonblocking {
				n, e = nbSend(fd, p, unix.MSG_NOSIGNAL)
			} else {
				n, e = rawSendto(fd, p, unix.MSG_NOSIGNAL, nil)
			}
		} else {
			n, e = unix.Write(fd, p)
		}
		return e
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// writeAll writes all of p, as a blocking write(2) would, unless the
// script made the handle non-blocking, where it stops at EAGAIN. It returns
// how much was written.
func (h *Handle) writeAll(ctx context.Context, p []byte) (int, error) {
	done := 0
	if h.wait == waitPoller && h.ownFd && h.sock && ctx.Err() == nil {
		// writeRaw's fast path, inlined for the usual case of a socket
		// that takes everything at once: a print with $| set on a
		// connection costs the one system call.
		n, err := nbSend(h.fd, p, unix.MSG_NOSIGNAL)
		switch {
		case err == nil:
			done = n
		case err != unix.EAGAIN && err != unix.EINTR:
			return 0, err
		}
	}
	for done < len(p) {
		n, err := h.writeRaw(ctx, p[done:])
		done += n
		if err != nil {
			return done, err
		}
		if n == 0 {
			return done, io.ErrShortWrite
		}
	}
	return done, nil
}
