package perlio

import (
	"context"
	"io"

	"golang.org/x/sys/unix"
)

// Seek is perl's seek: it writes out pending output, drops buffered input
// and moves the descriptor (whence is 0, 1 or 2 as in perl's SEEK_*),
// returning the new position. A relative seek counts from the position the
// script sees, not the descriptor's. Pipes, sockets and terminals give
// ESPIPE; host Go streams EBADF.
func (h *Handle) Seek(offset int64, whence int) (int64, error) {
	if h.mem != nil && !h.closed {
		return h.seekMem(offset, whence)
	}
	if h.closed || h.f == nil {
		return -1, unix.EBADF
	}
	if !h.seekable {
		return -1, unix.ESPIPE
	}
	if len(h.wbuf) > 0 {
		if err := h.FlushContext(context.Background()); err != nil {
			return -1, err
		}
	}
	if whence == io.SeekCurrent {
		offset -= int64(h.rraw - h.rpos)
	}
	pos, err := unix.Seek(h.fd, offset, whence)
	if err != nil {
		return -1, err
	}
	h.rpos, h.rend, h.rraw = 0, 0, 0
	return pos, nil
}

// Tell is perl's tell: the position the script sees, counting buffered
// input as unread and pending output as written. With :crlf input the
// count of unread bytes is the translated one and may be short by the
// "\r"s removed.
func (h *Handle) Tell() (int64, error) {
	if h.mem != nil && !h.closed {
		return h.tellMem(), nil
	}
	if h.closed || h.f == nil {
		return -1, unix.EBADF
	}
	if !h.seekable {
		return -1, unix.ESPIPE
	}
	pos, err := unix.Seek(h.fd, 0, io.SeekCurrent)
	if err != nil {
		return -1, err
	}
	return pos - int64(h.rraw-h.rpos) + int64(len(h.wbuf)), nil
}
