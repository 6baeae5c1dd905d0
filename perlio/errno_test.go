package perlio

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

func TestErrnoTextMatchesPerl(t *testing.T) {
	out := runPerl(t, `for (0..140) { $! = $_; print "$_\t$!\n" }`, nil)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 141 {
		t.Fatalf("perl printed %d lines, want 141", len(lines))
	}
	for _, line := range lines {
		num, text, _ := strings.Cut(line, "\t")
		n, err := strconv.Atoi(num)
		if err != nil {
			t.Fatalf("bad perl line %q", line)
		}
		if got := ErrnoText(unix.Errno(n)); got != text {
			t.Errorf("ErrnoText(%d) = %q, perl says %q", n, got, text)
		}
	}
}

func TestErrnoTextKnown(t *testing.T) {
	minusOne := -1 // $! = -1
	for e, want := range map[unix.Errno]string{
		unix.ECONNREFUSED:    "Connection refused",
		unix.EADDRINUSE:      "Address already in use",
		unix.EBADF:           "Bad file descriptor",
		unix.ENOTCONN:        "Transport endpoint is not connected",
		unix.ENOENT:          "No such file or directory",
		unix.EACCES:          "Permission denied",
		unix.EPIPE:           "Broken pipe",
		unix.ECONNRESET:      "Connection reset by peer",
		unix.EINVAL:          "Invalid argument",
		unix.EINTR:           "Interrupted system call",
		unix.EAGAIN:          "Resource temporarily unavailable",
		unix.EINPROGRESS:     "Operation now in progress",
		unix.EADDRNOTAVAIL:   "Cannot assign requested address",
		unix.EISDIR:          "Is a directory",
		unix.EMFILE:          "Too many open files",
		unix.ETIMEDOUT:       "Connection timed out",
		unix.ENETUNREACH:     "Network is unreachable",
		unix.ENOTSOCK:        "Socket operation on non-socket",
		0:                    "",
		134:                  "Unknown error 134",
		unix.Errno(minusOne): "Unknown error -1",
	} {
		if got := ErrnoText(e); got != want {
			t.Errorf("ErrnoText(%d) = %q, want %q", int(e), got, want)
		}
	}
}

func TestErrnoOf(t *testing.T) {
	cases := []struct {
		err  error
		want unix.Errno
		ok   bool
	}{
		{unix.EPIPE, unix.EPIPE, true},
		{&os.PathError{Op: "open", Path: "x", Err: unix.ENOENT}, unix.ENOENT, true},
		{os.NewSyscallError("connect", unix.ECONNREFUSED), unix.ECONNREFUSED, true},
		{fmt.Errorf("wrapped: %w", unix.EADDRINUSE), unix.EADDRINUSE, true},
		{fs.ErrClosed, unix.EBADF, true},
		{os.ErrDeadlineExceeded, unix.EAGAIN, true},
		{context.Canceled, 0, false},
		{errors.New("other"), 0, false},
		{nil, 0, false},
	}
	for _, c := range cases {
		got, ok := ErrnoOf(c.err)
		if got != c.want || ok != c.ok {
			t.Errorf("ErrnoOf(%v) = %d, %v; want %d, %v", c.err, got, ok, c.want, c.ok)
		}
	}
}
