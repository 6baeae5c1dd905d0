package perlio

import (
	"context"
	"io"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// bufSize is the size of a handle's buffers, PerlIO's default.
const bufSize = 8192

// waitKind says how a call that finds its descriptor not ready waits.
type waitKind uint8

const (
	// waitNever: regular files and host Go streams; calls just run.
	waitNever waitKind = iota
	// waitPoller: the descriptor is non-blocking and registered with Go's
	// poller; deadlines interrupt waits.
	waitPoller
	// waitPoll: a blocking descriptor the poller would not take; wait
	// with poll(2) before each call so cancellation can interrupt it.
	waitPoll
)

// Handle is one perl filehandle: a buffered stream over a file descriptor
// or a host io.Reader / io.Writer. It is not safe for concurrent use.
type Handle struct {
	name string

	// A descriptor-backed handle has f, rc and fd; a host-stream handle has
	// r and/or w and fd == -1.
	f        *os.File
	rc       syscall.RawConn
	fd       int
	wait     waitKind
	owned    bool // Close closes f; false for the host's own files
	seekable bool
	r        io.Reader
	w        io.Writer
	mem      *memFile // an in-memory handle's place in its scalar

	canRead  bool
	canWrite bool
	closed   bool
	tty      bool
	pipe     bool // a piped open's end (NewPipe)

	// Socket state. nonblock is the script's O_NONBLOCK: the descriptor
	// itself is always non-blocking for the poller's sake.
	sock       bool
	family     int
	policy     NetPolicy
	nonblock   bool
	rcvTimeout time.Duration
	sndTimeout time.Duration
	// ownFd is set on the sockets this package made (socket, accept,
	// socketpair): their descriptors stay non-blocking, so reads and
	// writes on them may skip the runtime's system-call bookkeeping.
	ownFd bool

	// Read buffer: rbuf[rpos:rend] is ready for the script; rbuf[rend:rraw]
	// is raw input held back by the :crlf layer (a lone trailing "\r").
	rbuf    []byte
	rpos    int
	rend    int
	rraw    int
	lineNo  int64
	gotLine bool // a record was returned since open: perl's IOf_NOLINE
	err     error

	// Write buffer and perl's $| for this handle.
	wbuf       []byte
	autoflush  bool
	unbuffered bool
	lineBuf    bool

	crlf   bool
	utf8   bool
	layers []string
}

// NewReader makes a read-only handle over a host stream, for STDIN. If r is
// an *os.File its descriptor is used directly, so reads wait in a way that
// cancellation can interrupt; any other io.Reader is called as is and cannot
// be interrupted. Closing the handle never closes r. A nil r reads as empty.
func NewReader(name string, r io.Reader) *Handle {
	if r == nil {
		r = eofReader{}
	}
	if f, ok := r.(*os.File); ok && f != nil {
		if h, err := newFileHandle(name, f, false, true, false); err == nil {
			return h
		}
	}
	return &Handle{name: name, fd: -1, r: r, canRead: true}
}

// NewWriter makes a write-only handle over a host stream, for STDOUT and
// STDERR. If w is an *os.File its descriptor is used directly; when it is a
// terminal the handle is line-buffered, like perl's STDOUT on a tty.
// Closing the handle flushes it but never closes w. A nil w discards output.
//
// Perl's STDERR is unbuffered while its $| reads 0: call SetUnbuffered(true)
// for that rather than SetAutoflush.
func NewWriter(name string, w io.Writer) *Handle {
	if w == nil {
		w = io.Discard
	}
	if f, ok := w.(*os.File); ok && f != nil {
		if h, err := newFileHandle(name, f, false, false, true); err == nil {
			h.lineBuf = h.tty
			return h
		}
	}
	return &Handle{name: name, fd: -1, w: w, canWrite: true}
}

// newFileHandle wraps an open file. owned says whether Close closes it.
func newFileHandle(name string, f *os.File, owned, canRead, canWrite bool) (*Handle, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	// f.Fd() would put a pollable descriptor back into blocking mode, so
	// read the number through the raw connection instead.
	fd := -1
	if err := rc.Control(func(u uintptr) { fd = int(u) }); err != nil {
		return nil, err
	}
	h := &Handle{
		name:     name,
		f:        f,
		rc:       rc,
		fd:       fd,
		owned:    owned,
		canRead:  canRead,
		canWrite: canWrite,
	}
	// Setting a zero deadline changes nothing, and it fails exactly when
	// the file is not registered with the poller.
	if f.SetDeadline(time.Time{}) == nil {
		h.wait = waitPoller
	} else {
		var st unix.Stat_t
		if unix.Fstat(fd, &st) == nil {
			switch st.Mode & unix.S_IFMT {
			case unix.S_IFREG, unix.S_IFDIR, unix.S_IFBLK:
				h.wait = waitNever
			default:
				h.wait = waitPoll
			}
		}
	}
	if _, err := unix.Seek(fd, 0, io.SeekCurrent); err == nil {
		h.seekable = true
	}
	if h.wait != waitNever {
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			h.tty = true
		}
		// A host may hand over a socket, as inetd does with STDIN.
		if _, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err == nil {
			h.sock = true
			h.family, _ = unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
		}
	}
	return h, nil
}

// eofReader is the empty input behind NewReader(name, nil).
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// Name is the handle's name, for messages.
func (h *Handle) Name() string { return h.name }

// SetName renames the handle, e.g. to the glob it was opened on.
func (h *Handle) SetName(name string) { h.name = name }

// Opened reports whether the handle is open (perl's defined fileno / opened).
func (h *Handle) Opened() bool { return !h.closed }

// Fd is the handle's file descriptor (perl's fileno), or -1 for a closed
// handle or one over a host Go stream.
func (h *Handle) Fd() int {
	if h.closed {
		return -1
	}
	return h.fd
}

// CanRead reports whether the handle was opened for input.
func (h *Handle) CanRead() bool { return !h.closed && h.canRead }

// CanWrite reports whether the handle was opened for output.
func (h *Handle) CanWrite() bool { return !h.closed && h.canWrite }

// IsSocket reports whether the handle's descriptor is a socket.
func (h *Handle) IsSocket() bool { return h.sock }

// IsTerminal reports whether the handle's descriptor is a terminal (perl's
// -t). Perl flushes line-buffered output before it reads from a terminal;
// the interpreter can use this to do the same.
func (h *Handle) IsTerminal() bool { return h.tty && !h.closed }

// Err is the last read or write error recorded on the handle, perl's
// PerlIO error flag (IO::Handle's error); nil if none. Cancellation is not
// recorded.
func (h *Handle) Err() error { return h.err }

// ClearErr forgets the recorded error (perl's clearerr).
func (h *Handle) ClearErr() { h.err = nil }

// LineNo is perl's $. for this handle: records read since it was opened.
func (h *Handle) LineNo() int64 { return h.lineNo }

// SetLineNo sets $. for this handle, as an assignment to $. does.
func (h *Handle) SetLineNo(n int64) { h.lineNo = n }

// Close flushes and closes the handle. For host streams it only flushes
// and marks the handle closed. Closing a closed handle returns EBADF. The
// first error wins, but the handle is closed in any case and $. is reset.
func (h *Handle) Close() error { return h.CloseContext(context.Background()) }

// CloseContext is Close with a context bounding the final flush, which may
// block on a socket whose peer does not read. With ctx already cancelled,
// output that cannot be written at once is dropped.
func (h *Handle) CloseContext(ctx context.Context) error {
	if h.closed {
		return unix.EBADF
	}
	var err error
	if len(h.wbuf) > 0 {
		err = h.FlushContext(ctx)
	}
	if h.owned && h.f != nil {
		if cerr := h.f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	h.closed = true
	h.lineNo = 0
	h.gotLine = false
	h.rbuf, h.wbuf = nil, nil
	h.rpos, h.rend, h.rraw = 0, 0, 0
	return err
}

// Dup makes a new handle on a duplicate of h's descriptor (perl's
// open(FH, ">&OTHER")). A host Go stream is shared instead, and closing the
// duplicate leaves it open. The new handle starts with empty buffers; flush
// h first, as perl does.
func (h *Handle) Dup() (*Handle, error) {
	if h.closed {
		return nil, unix.EBADF
	}
	if h.f == nil {
		return &Handle{name: h.name, fd: -1, r: h.r, w: h.w, canRead: h.canRead, canWrite: h.canWrite}, nil
	}
	nfd, err := unix.FcntlInt(uintptr(h.fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	// The duplicate shares the open file description and so its
	// O_NONBLOCK flag: os.NewFile registers it with the poller exactly
	// when the original is.
	nh, err := newFileHandle(h.name, os.NewFile(uintptr(nfd), h.name), true, h.canRead, h.canWrite)
	if err != nil {
		unix.Close(nfd)
		return nil, err
	}
	nh.sock, nh.family, nh.policy = h.sock, h.family, h.policy
	nh.nonblock, nh.rcvTimeout, nh.sndTimeout = h.nonblock, h.rcvTimeout, h.sndTimeout
	return nh, nil
}

// SetBlocking sets the script's view of O_NONBLOCK (perl's
// $fh->blocking or fcntl F_SETFL). When off, calls that would wait fail
// with EAGAIN instead. The descriptor's own flags are not touched: sockets
// are always non-blocking underneath, and host descriptors are shared.
func (h *Handle) SetBlocking(on bool) { h.nonblock = !on }

// Blocking reports the script's view of blocking mode.
func (h *Handle) Blocking() bool { return !h.nonblock }
