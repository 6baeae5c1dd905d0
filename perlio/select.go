package perlio

import (
	"context"
	"time"

	"golang.org/x/sys/unix"
)

// Select is perl's 4-argument select over file descriptors (Fd): it waits
// until a descriptor in read is readable, one in write writable or one in
// except has urgent data, or until timeout passes (a negative timeout waits
// for ever, zero just looks), and returns the ready descriptors of each
// set. As select(2), hang-up and error count as readable and writable, and
// a descriptor not open gives EBADF. Input already buffered in a Handle is
// not seen, as in perl; Buffered tells the interpreter about it. A
// cancelled ctx ends the wait with ctx.Err().
func Select(ctx context.Context, read, write, except []int, timeout time.Duration) (r, w, e []int, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	var fds []unix.PollFd
	index := map[int]int{}
	add := func(set []int, ev int16) {
		for _, fd := range set {
			i, ok := index[fd]
			if !ok {
				i = len(fds)
				index[fd] = i
				fds = append(fds, unix.PollFd{Fd: int32(fd)})
			}
			fds[i].Events |= ev
		}
	}
	add(read, unix.POLLIN)
	add(write, unix.POLLOUT)
	add(except, unix.POLLPRI)
	n := len(fds)

	if ctx.Done() != nil {
		efd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
		if err != nil {
			return nil, nil, nil, err
		}
		defer unix.Close(efd)
		fired := make(chan struct{})
		stop := context.AfterFunc(ctx, func() {
			one := [8]byte{1}
			unix.Write(efd, one[:])
			close(fired)
		})
		defer func() {
			if !stop() {
				<-fired
			}
		}()
		fds = append(fds, unix.PollFd{Fd: int32(efd), Events: unix.POLLIN})
	}

	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		ms := -1
		if timeout >= 0 {
			left := time.Until(deadline)
			ms = max(0, int((left+time.Millisecond-1)/time.Millisecond))
		}
		_, perr := unix.Poll(fds, ms)
		if perr == unix.EINTR {
			continue
		}
		if perr != nil {
			return nil, nil, nil, perr
		}
		break
	}
	if len(fds) > n && fds[n].Revents != 0 {
		return nil, nil, nil, ctx.Err()
	}
	for _, p := range fds[:n] {
		if p.Revents&unix.POLLNVAL != 0 {
			return nil, nil, nil, unix.EBADF
		}
	}
	const broken = unix.POLLHUP | unix.POLLERR
	for _, fd := range read {
		if fds[index[fd]].Revents&(unix.POLLIN|broken) != 0 {
			r = append(r, fd)
		}
	}
	for _, fd := range write {
		if fds[index[fd]].Revents&(unix.POLLOUT|unix.POLLERR) != 0 {
			w = append(w, fd)
		}
	}
	for _, fd := range except {
		if fds[index[fd]].Revents&unix.POLLPRI != 0 {
			e = append(e, fd)
		}
	}
	return r, w, e, nil
}
