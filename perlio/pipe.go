package perlio

import "os"

// NewPipe makes a handle over one end of a pipe to a child process, for a
// piped open: write is true for the end the script writes ("|-"). The
// handle owns f.
func NewPipe(name string, f *os.File, write bool) (*Handle, error) {
	h, err := newFileHandle(name, f, true, !write, write)
	if err != nil {
		return nil, err
	}
	h.pipe = true
	return h, nil
}

// IsPipe reports whether the handle was made by NewPipe: closing it should
// wait for the child, as perl's close of a piped open does.
func (h *Handle) IsPipe() bool { return h.pipe }

// Alias makes a second handle on h's descriptor without duplicating it
// (perl's open(FH, ">&=OTHER"), fdopen): it has its own buffers, and
// closing it leaves the descriptor open for h.
func (h *Handle) Alias() *Handle {
	return &Handle{
		name: h.name, f: h.f, rc: h.rc, fd: h.fd, wait: h.wait, seekable: h.seekable,
		r: h.r, w: h.w, mem: h.mem, canRead: h.canRead, canWrite: h.canWrite, tty: h.tty,
		sock: h.sock, family: h.family, policy: h.policy, nonblock: h.nonblock,
		rcvTimeout: h.rcvTimeout, sndTimeout: h.sndTimeout, unbuffered: h.unbuffered,
	}
}
