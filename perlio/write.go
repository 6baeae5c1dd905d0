package perlio

import (
	"bytes"
	"context"
	"io"

	"golang.org/x/sys/unix"
)

// writable checks that output may go to the handle now. On a seekable
// read-write file it first moves the position back over input that was
// buffered but not consumed, so the write lands where the script thinks it
// is, as PerlIO does when a buffer changes direction.
func (h *Handle) writable() error {
	if h.closed || !h.canWrite {
		return unix.EBADF
	}
	if h.seekable && h.rraw > h.rpos {
		if _, err := unix.Seek(h.fd, int64(h.rpos-h.rraw), io.SeekCurrent); err != nil {
			return err
		}
		h.rpos, h.rend, h.rraw = 0, 0, 0
	}
	return nil
}

// Write is perl's print / printf / say on the handle: p goes into the
// buffer, which is written out when full, after every call with autoflush
// ($| = 1) on, after a newline on a line-buffered terminal, and at once for
// an unbuffered handle. The interpreter should make one call per print so
// $| flushes once per statement, as perl does. Errors from the write carry
// the errno (EPIPE, ECONNRESET ...); the buffered data is then dropped, as
// PerlIO drops it.
func (h *Handle) Write(ctx context.Context, p []byte) error { return h.write(ctx, p) }

func (h *Handle) write(ctx context.Context, p []byte) error {
	if err := h.writable(); err != nil {
		return err
	}
	if len(p) == 0 {
		return nil
	}
	if len(h.wbuf) == 0 && !h.crlf && (h.autoflush || h.unbuffered || len(p) >= bufSize) {
		// Nothing to gather: p would be written at once anyway, so
		// write it from where it is. This is the path of every print
		// with $| set, one system call for each as in perl.
		return h.put(ctx, p)
	}
	if h.unbuffered {
		// Write straight from p, after anything already waiting.
		if err := h.FlushContext(ctx); err != nil {
			return err
		}
		if !h.crlf {
			return h.put(ctx, p)
		}
	}
	h.wbuf = appendOut(h.wbuf, p, h.crlf)
	if h.unbuffered || h.autoflush || len(h.wbuf) >= bufSize || (h.lineBuf && hasNewline(p)) {
		return h.FlushContext(ctx)
	}
	return nil
}

// appendOut appends p to buf, writing "\n" as "\r\n" when crlf is set.
func appendOut(buf []byte, p []byte, crlf bool) []byte {
	if !crlf {
		return append(buf, p...)
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '\n' {
			buf = append(buf, '\r')
		}
		buf = append(buf, p[i])
	}
	return buf
}

func hasNewline(p []byte) bool { return bytes.IndexByte(p, '\n') >= 0 }

// put writes p out completely, recording a failure on the handle.
func (h *Handle) put(ctx context.Context, p []byte) error {
	_, err := h.writeAll(ctx, p)
	if err != nil && ctx.Err() == nil {
		h.err = err
	}
	return err
}

// Flush writes out buffered output (perl's flush / $| taking effect). It
// may block on a socket whose peer does not read; FlushContext bounds that.
func (h *Handle) Flush() error { return h.FlushContext(context.Background()) }

// FlushContext is Flush bounded by ctx. Output not written when ctx is
// cancelled or an error occurs is dropped.
func (h *Handle) FlushContext(ctx context.Context) error {
	if h.closed {
		return unix.EBADF
	}
	if len(h.wbuf) == 0 {
		return nil
	}
	err := h.put(ctx, h.wbuf)
	h.wbuf = h.wbuf[:0]
	return err
}

// SysWrite is perl's syswrite: p goes straight to the descriptor, bypassing
// the buffer and layers (buffered output is not flushed first, as in perl).
// It writes everything, waiting as needed, unless the script made the
// handle non-blocking, when it returns the count written before EAGAIN.
func (h *Handle) SysWrite(ctx context.Context, p []byte) (int, error) {
	if h.closed || !h.canWrite {
		return 0, unix.EBADF
	}
	if len(p) == 0 {
		return 0, nil
	}
	n, err := h.writeAll(ctx, p)
	if n > 0 && err == unix.EAGAIN {
		// A partial non-blocking write is a success for the count.
		return n, nil
	}
	return n, err
}

// SetAutoflush sets perl's $| for this handle. Perl also flushes pending
// output when $| becomes true; the interpreter should call FlushContext
// then, since that may block.
func (h *Handle) SetAutoflush(on bool) { h.autoflush = on }

// Autoflush is perl's $| for this handle.
func (h *Handle) Autoflush() bool { return h.autoflush }

// SetUnbuffered makes every write go out at once without changing $|, as
// perl's STDERR behaves.
func (h *Handle) SetUnbuffered(on bool) { h.unbuffered = on }

// Unbuffered reports whether the handle writes without buffering.
func (h *Handle) Unbuffered() bool { return h.unbuffered }

// Pending is how many output bytes wait in the buffer.
func (h *Handle) Pending() int { return len(h.wbuf) }
