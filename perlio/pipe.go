package perlio

import (
	"os"
	"syscall"
)

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

// OpenFlags is perl's sysopen: open(2) with the script's own flags and
// permissions (less the umask). The access mode in flags decides whether
// the handle reads, writes or both.
func OpenFlags(path string, flags int, perm uint32) (*Handle, error) {
	f, err := os.OpenFile(path, flags|syscall.O_CLOEXEC, os.FileMode(perm&0o777))
	if err != nil {
		return nil, err
	}
	acc := flags & syscall.O_ACCMODE
	h, err := newFileHandle(path, f, true, acc != syscall.O_WRONLY, acc != syscall.O_RDONLY)
	if err != nil {
		f.Close()
		return nil, err
	}
	return h, nil
}

// NewPlainPipe makes the two handles of perl's pipe(READ, WRITE).
func NewPlainPipe() (r, w *Handle, err error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	if r, err = newFileHandle("pipe", pr, true, true, false); err != nil {
		pr.Close()
		pw.Close()
		return nil, nil, err
	}
	if w, err = newFileHandle("pipe", pw, true, false, true); err != nil {
		r.Close()
		pw.Close()
		return nil, nil, err
	}
	return r, w, nil
}

// OpenTemp is perl's open(FH, MODE, undef): a new anonymous temporary
// file, removed from its directory at once, opened with MODE's access
// (usually "+>").
func OpenTemp(mode string) (*Handle, error) {
	access, layers := splitMode(mode)
	_, rd, wr, ok := openFlags(access)
	if !ok {
		return nil, syscall.EINVAL
	}
	f, err := os.CreateTemp("", "PerlIO_")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	h, err := newFileHandle("", f, true, rd, wr)
	if err != nil {
		f.Close()
		return nil, err
	}
	if layers != "" {
		if err := h.SetBinmode(layers); err != nil {
			h.Close()
			return nil, err
		}
	}
	return h, nil
}
