package perlio

import (
	"context"
	"encoding/binary"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// NetPolicy lets the embedder allow or forbid what a script does on the
// network. It is called before the operation; a non-nil error fails the
// operation and is returned to the script as is (use a unix.Errno such as
// EACCES to give $! a value). op is one of:
//
//	"socket"  creating a socket; addr is nil
//	"bind"    addr is the local address asked for
//	"connect" addr is the peer's address
//	"listen"  addr is the socket's local address
//	"accept"  addr is the new peer's address; refusing closes the connection
//	"send"    a send with an explicit destination, which is addr
//
// family is the address family (unix.AF_INET ...), taken from addr when
// there is one, -1 when addr is too short to hold one.
type NetPolicy func(op string, family int, addr []byte) error

// Sockets makes sockets under one NetPolicy. Sockets it makes, and those
// they accept, consult the policy for every bind, connect, listen, accept
// and addressed send. The zero value (and a nil *Sockets) allows everything.
type Sockets struct {
	// Policy, when not nil, is asked before each network operation.
	Policy NetPolicy
}

func (s *Sockets) policy() NetPolicy {
	if s == nil {
		return nil
	}
	return s.Policy
}

// Socket is perl's socket(SOCK, domain, type, protocol) with no policy.
func Socket(domain, typ, proto int) (*Handle, error) {
	return (*Sockets)(nil).Socket(domain, typ, proto)
}

// SocketPair is perl's socketpair with no policy.
func SocketPair(domain, typ, proto int) (*Handle, *Handle, error) {
	return (*Sockets)(nil).SocketPair(domain, typ, proto)
}

// Socket is perl's socket(SOCK, domain, type, protocol), the numbers passed
// to the kernel as given. The descriptor is close-on-exec and, underneath,
// non-blocking and on Go's poller so waits can be cancelled; the script
// still sees a blocking socket unless type includes SOCK_NONBLOCK.
func (s *Sockets) Socket(domain, typ, proto int) (*Handle, error) {
	pol := s.policy()
	if pol != nil {
		if err := pol("socket", domain, nil); err != nil {
			return nil, err
		}
	}
	fd, err := unix.Socket(domain, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, err
	}
	h, err := newSocket(fd, pol)
	if err != nil {
		return nil, err
	}
	h.nonblock = typ&unix.SOCK_NONBLOCK != 0
	return h, nil
}

// SocketPair is perl's socketpair: two connected sockets.
func (s *Sockets) SocketPair(domain, typ, proto int) (*Handle, *Handle, error) {
	pol := s.policy()
	if pol != nil {
		if err := pol("socket", domain, nil); err != nil {
			return nil, nil, err
		}
	}
	fds, err := unix.Socketpair(domain, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, nil, err
	}
	a, err := newSocket(fds[0], pol)
	if err != nil {
		unix.Close(fds[1])
		return nil, nil, err
	}
	b, err := newSocket(fds[1], pol)
	if err != nil {
		a.Close()
		return nil, nil, err
	}
	a.nonblock = typ&unix.SOCK_NONBLOCK != 0
	b.nonblock = a.nonblock
	return a, b, nil
}

// newSocket wraps a non-blocking socket descriptor in a handle, taking
// ownership of it.
func newSocket(fd int, pol NetPolicy) (*Handle, error) {
	f := os.NewFile(uintptr(fd), "socket")
	h, err := newFileHandle("socket", f, true, true, true)
	if err != nil {
		f.Close()
		return nil, err
	}
	// newFileHandle has recognised the socket and read its family.
	h.sock = true
	h.ownFd = true
	h.policy = pol
	return h, nil
}

// sockFd is the descriptor for a socket call: EBADF on a closed handle,
// ENOTSOCK on a host Go stream. Other descriptors are tried, as perl does
// (a host may hand over a socket as STDIN); the kernel says ENOTSOCK.
func (h *Handle) sockFd() (int, error) {
	if h.closed {
		return -1, unix.EBADF
	}
	if h.fd < 0 {
		return -1, unix.ENOTSOCK
	}
	return h.fd, nil
}

// allow asks the policy about op on addr.
func (h *Handle) allow(op string, addr []byte) error {
	if h.policy == nil {
		return nil
	}
	return h.policy(op, addrFamily(addr), addr)
}

// Bind is perl's bind(SOCK, packed_address).
func (h *Handle) Bind(addr []byte) error {
	fd, err := h.sockFd()
	if err != nil {
		return err
	}
	if err := h.allow("bind", addr); err != nil {
		return err
	}
	return rawBind(fd, addr)
}

// Listen is perl's listen(SOCK, backlog).
func (h *Handle) Listen(backlog int) error {
	fd, err := h.sockFd()
	if err != nil {
		return err
	}
	if h.policy != nil {
		name, _ := rawName(unix.SYS_GETSOCKNAME, fd)
		if err := h.allow("listen", name); err != nil {
			return err
		}
	}
	return unix.Listen(fd, backlog)
}

// Accept is perl's accept(NEWSOCK, SOCK): it waits for a connection and
// returns a handle on it with the peer's packed address, as the kernel
// wrote it (perl's accept return value). The new handle has its own
// buffers, blocking mode and $| off, as in perl.
func (h *Handle) Accept(ctx context.Context) (*Handle, []byte, error) {
	if _, err := h.sockFd(); err != nil {
		return nil, nil, err
	}
	var (
		nfd  int
		peer []byte
	)
	err := h.await(ctx, false, func(fd int) error {
		var e error
		nfd, peer, e = rawAccept(fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		if e == unix.ECONNABORTED {
			// The peer gave up while queued; a blocking accept
			// would wait for the next one.
			return unix.EINTR
		}
		return e
	})
	if err != nil {
		return nil, nil, err
	}
	if err := h.allow("accept", peer); err != nil {
		unix.Close(nfd)
		return nil, nil, err
	}
	nh, err := newSocket(nfd, h.policy)
	if err != nil {
		return nil, nil, err
	}
	nh.name = h.name
	return nh, peer, nil
}

// Connect is perl's connect(SOCK, packed_address). On a blocking socket it
// waits until the connection is made or fails (ECONNREFUSED, ETIMEDOUT
// ...); on a non-blocking one it returns EINPROGRESS as the kernel does.
func (h *Handle) Connect(ctx context.Context, addr []byte) error {
	fd, err := h.sockFd()
	if err != nil {
		return err
	}
	if err := h.allow("connect", addr); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	err = rawConnect(fd, addr)
	if h.nonblock || h.wait != waitPoller {
		// The script asked for the kernel's non-blocking answer, or
		// the descriptor is the host's and connect already blocked.
		return err
	}
	for err == unix.EAGAIN && h.family == unix.AF_UNIX {
		// A Unix socket whose listener's backlog is full: a blocking
		// connect waits for room, which no poll event announces.
		t := time.NewTimer(5 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		err = rawConnect(fd, addr)
	}
	if err != unix.EINPROGRESS && err != unix.EINTR {
		return err
	}
	// In progress: the socket turns writable when the attempt ends, and
	// SO_ERROR then says how.
	err = h.await(ctx, true, func(fd int) error {
		soerr, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if err != nil {
			return err
		}
		if soerr != 0 {
			return unix.Errno(soerr)
		}
		if _, err := rawName(unix.SYS_GETPEERNAME, fd); err != nil {
			return unix.EAGAIN // not connected yet
		}
		return nil
	})
	if err == unix.EAGAIN {
		// SO_SNDTIMEO ran out: a blocking connect says EINPROGRESS.
		return unix.EINPROGRESS
	}
	return err
}

// Shutdown is perl's shutdown(SOCK, how): 0 stops reading, 1 writing, 2
// both. Like perl it does not flush the handle's buffer first.
func (h *Handle) Shutdown(how int) error {
	fd, err := h.sockFd()
	if err != nil {
		return err
	}
	return unix.Shutdown(fd, how)
}

// SockName is perl's getsockname: the local packed address as the kernel
// returns it (for AF_UNIX just as long as the name).
func (h *Handle) SockName() ([]byte, error) {
	fd, err := h.sockFd()
	if err != nil {
		return nil, err
	}
	return rawName(unix.SYS_GETSOCKNAME, fd)
}

// PeerName is perl's getpeername; ENOTCONN when not connected.
func (h *Handle) PeerName() ([]byte, error) {
	fd, err := h.sockFd()
	if err != nil {
		return nil, err
	}
	return rawName(unix.SYS_GETPEERNAME, fd)
}

// SetSockOpt is perl's setsockopt with a packed value; perl packs a
// number as a native int, which SetSockOptInt does. SO_RCVTIMEO and
// SO_SNDTIMEO (a struct timeval) also bound the handle's waits, since the
// kernel applies them only to blocking descriptors: a wait that runs out
// fails with EAGAIN, as it would in perl.
func (h *Handle) SetSockOpt(level, opt int, val []byte) error {
	fd, err := h.sockFd()
	if err != nil {
		return err
	}
	if err := rawSetsockopt(fd, level, opt, val); err != nil {
		return err
	}
	if level == unix.SOL_SOCKET && (opt == unix.SO_RCVTIMEO || opt == unix.SO_SNDTIMEO) && len(val) >= 16 {
		sec := int64(binary.NativeEndian.Uint64(val))
		usec := int64(binary.NativeEndian.Uint64(val[8:]))
		d := time.Duration(sec)*time.Second + time.Duration(usec)*time.Microsecond
		if opt == unix.SO_RCVTIMEO {
			h.rcvTimeout = d
		} else {
			h.sndTimeout = d
		}
	}
	return nil
}

// SetSockOptInt is setsockopt with an integer value, packed as a C int.
func (h *Handle) SetSockOptInt(level, opt, val int) error {
	var b [4]byte
	binary.NativeEndian.PutUint32(b[:], uint32(int32(val)))
	return h.SetSockOpt(level, opt, b[:])
}

// GetSockOpt is perl's getsockopt: the option's value as the kernel packs
// it (an int option is 4 bytes in host order).
func (h *Handle) GetSockOpt(level, opt int) ([]byte, error) {
	fd, err := h.sockFd()
	if err != nil {
		return nil, err
	}
	return rawGetsockopt(fd, level, opt)
}

// Send is perl's send(SOCK, msg, flags [, to]): it bypasses the buffer and
// returns the bytes sent. On a blocking stream socket it waits until all of
// p is sent, as send(2) does; MSG_DONTWAIT in flags makes it not wait. to,
// when not empty, is the destination's packed address (datagram sockets).
func (h *Handle) Send(ctx context.Context, p []byte, flags int, to []byte) (int, error) {
	fd, err := h.sockFd()
	if err != nil {
		return 0, err
	}
	if len(to) > 0 {
		if err := h.allow("send", to); err != nil {
			return 0, err
		}
	}
	flags |= unix.MSG_NOSIGNAL
	if flags&unix.MSG_DONTWAIT != 0 {
		return rawSendto(fd, p, flags, to)
	}
	stream := false
	if typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err == nil {
		stream = typ == unix.SOCK_STREAM
	}
	done := 0
	for {
		var n int
		err := h.await(ctx, true, func(fd int) error {
			var e error
			n, e = rawSendto(fd, p[done:], flags, to)
			return e
		})
		if err != nil {
			if done > 0 && err == unix.EAGAIN {
				return done, nil
			}
			return done, err
		}
		done += n
		if !stream || done >= len(p) || n == 0 {
			return done, nil
		}
	}
}

// Recv is perl's recv(SOCK, $buf, n, flags): one receive of at most n
// bytes, bypassing the buffer, waiting for data unless flags has
// MSG_DONTWAIT. from is the sender's packed address as the kernel gives it,
// empty for a connected stream socket, which perl returns as "". At end of
// stream data is empty.
func (h *Handle) Recv(ctx context.Context, n int, flags int) (data, from []byte, err error) {
	fd, err := h.sockFd()
	if err != nil {
		return nil, nil, err
	}
	p := make([]byte, max(n, 0))
	var got int
	if flags&unix.MSG_DONTWAIT != 0 {
		got, from, err = rawRecvfrom(fd, p, flags)
	} else {
		err = h.await(ctx, false, func(fd int) error {
			var e error
			got, from, e = rawRecvfrom(fd, p, flags)
			return e
		})
	}
	if err != nil {
		return nil, nil, err
	}
	// MSG_TRUNC can report more than was stored.
	return p[:min(got, len(p))], from, nil
}
