package perlio

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// ErrnoText returns the text perl prints for $! holding e: glibc's strerror,
// e.g. "Connection refused" for ECONNREFUSED. Errno 0 gives "" as in perl,
// and numbers glibc does not know give "Unknown error N".
func ErrnoText(e unix.Errno) string {
	if int(e) >= 0 && int(e) < len(errnoText) {
		return errnoText[e]
	}
	// glibc formats unknown numbers, negative ones included, this way.
	return "Unknown error " + strconv.Itoa(int(e))
}

// ErrnoOf finds the errno an error carries, so the interpreter can set $!.
// It sees through *os.PathError, *os.SyscallError and other wrappers, and
// maps Go's own conditions onto what perl would report: a closed file gives
// EBADF, an expired deadline EAGAIN. Context cancellation has no errno: it
// reports false, and the caller should stop the script instead.
func ErrnoOf(err error) (unix.Errno, bool) {
	if err == nil {
		return 0, false
	}
	var e syscall.Errno
	if errors.As(err, &e) {
		return e, true
	}
	switch {
	case errors.Is(err, fs.ErrClosed):
		return unix.EBADF, true
	case errors.Is(err, os.ErrDeadlineExceeded):
		return unix.EAGAIN, true
	case errors.Is(err, fs.ErrNotExist):
		return unix.ENOENT, true
	case errors.Is(err, fs.ErrPermission):
		return unix.EACCES, true
	case errors.Is(err, fs.ErrExist):
		return unix.EEXIST, true
	}
	return 0, false
}
