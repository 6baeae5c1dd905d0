package perlio

import (
	"bytes"
	"context"
	"unsafe"

	"golang.org/x/sys/unix"
)

// This file holds the straight paths of a line server: a record that is
// already buffered, and a print on a socket with $| set. Each system call
// on a connection costs far more than the code around it, and most of
// what the code around it costs is coming back cold after the call, one
// function at a time; so these paths do their work in one function
// rather than through the general layering, which stays for everything
// else.

// directSend reports whether output may go straight to the socket: a
// socket made here (non-blocking, in the poller), open for output, with
// no :crlf and nothing buffered.
func (h *Handle) directSend() bool {
	return h.sock && h.ownFd && h.wait == waitPoller && h.canWrite && !h.closed &&
		!h.crlf && len(h.wbuf) == 0
}

// WriteString is Write for a string, without copying it first.
func (h *Handle) WriteString(ctx context.Context, s string) error {
	// The bytes are only read (copied into the buffer or handed to the
	// kernel or to an io.Writer, which must not keep them), so they
	// may alias the string.
	p := unsafe.Slice(unsafe.StringData(s), len(s))
	if (h.autoflush || h.unbuffered) && len(p) > 0 && h.directSend() && ctx.Err() == nil {
		r, _, e := unix.RawSyscall6(unix.SYS_SENDTO, uintptr(h.fd), uintptr(unsafe.Pointer(&p[0])),
			uintptr(len(p)), unix.MSG_NOSIGNAL, 0, 0)
		switch {
		case e == 0 && int(r) == len(p):
			return nil
		case e == 0:
			p = p[r:] // a short send: the rest waits its turn below
		case e != unix.EAGAIN && e != unix.EINTR:
			h.err = e
			return e
		}
		// The rest may wait for the peer; s may be a view of a read
		// buffer (ReadBufferedView), so what waits is a copy of it.
		p = append([]byte(nil), p...)
	}
	return h.write(ctx, p)
}

// ReadBuffered returns the next record when it ends in the one-byte
// separator sep and is already buffered, as ReadLine would return it; ok
// is false when ReadLine must run instead (the record is not all there,
// the handle is not open for input, a read-write file has output
// pending).
func (h *Handle) ReadBuffered(sep byte) (line string, ok bool) {
	rec, ok := h.bufferedRecord(sep)
	return string(rec), ok
}

// ReadBufferedView is ReadBuffered returning the record as a view of the
// handle's buffer instead of a copy. The string is valid only until the
// next read from the handle: the caller must prove nothing keeps it
// longer (a line server's loop variable used only to print it).
func (h *Handle) ReadBufferedView(sep byte) (line string, ok bool) {
	rec, ok := h.bufferedRecord(sep)
	if !ok {
		return "", false
	}
	return unsafe.String(&rec[0], len(rec)), true
}

// bufferedRecord takes the next record ending in sep out of the read
// buffer when it is all there.
func (h *Handle) bufferedRecord(sep byte) ([]byte, bool) {
	if h.closed || !h.canRead || (len(h.wbuf) > 0 && h.seekable) {
		return nil, false
	}
	buf := h.rbuf[h.rpos:h.rend]
	i := bytes.IndexByte(buf, sep)
	if i < 0 {
		return nil, false
	}
	h.rpos += i + 1
	h.lineNo++
	h.gotLine = true
	return buf[:i+1], true
}
