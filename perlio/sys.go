package perlio

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// The socket calls below pass perl's packed addresses and option values to
// the kernel byte for byte, and hand back the kernel's bytes unchanged, so
// lengths, padding and errors (EINVAL for a short address, EAFNOSUPPORT for
// a wrong family) are exactly what perl would see. x/sys/unix only offers
// these calls over its parsed Sockaddr types.

// sockaddrMax is sizeof(struct sockaddr_storage).
const sockaddrMax = 128

// errnoErr turns a raw syscall's errno into an error, nil for 0.
func errnoErr(e unix.Errno) error {
	if e != 0 {
		return e
	}
	return nil
}

// bytesPtr is the address of b's first byte, nil for an empty slice.
func bytesPtr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

func rawBind(fd int, addr []byte) error {
	p := bytesPtr(addr)
	_, _, e := unix.Syscall(unix.SYS_BIND, uintptr(fd), uintptr(p), uintptr(len(addr)))
	return errnoErr(e)
}

func rawConnect(fd int, addr []byte) error {
	p := bytesPtr(addr)
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(p), uintptr(len(addr)))
	return errnoErr(e)
}

// rawAccept accepts with accept4, returning the new descriptor and the
// peer's address as the kernel wrote it.
func rawAccept(fd int, flags int) (int, []byte, error) {
	buf := make([]byte, sockaddrMax)
	n := uint32(len(buf))
	r, _, e := unix.Syscall6(unix.SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])),
		uintptr(unsafe.Pointer(&n)), uintptr(flags), 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	return int(r), buf[:min(int(n), len(buf))], nil
}

// rawName runs getsockname or getpeername.
func rawName(trap uintptr, fd int) ([]byte, error) {
	buf := make([]byte, sockaddrMax)
	n := uint32(len(buf))
	_, _, e := unix.Syscall(trap, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return nil, e
	}
	return buf[:min(int(n), len(buf))], nil
}

func rawSetsockopt(fd, level, opt int, val []byte) error {
	p := bytesPtr(val)
	_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(p), uintptr(len(val)), 0)
	return errnoErr(e)
}

// rawGetsockopt reads an option into a buffer as large as perl's (256).
func rawGetsockopt(fd, level, opt int) ([]byte, error) {
	buf := make([]byte, 256)
	n := uint32(len(buf))
	_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n)), 0)
	if e != 0 {
		return nil, e
	}
	return buf[:min(int(n), len(buf))], nil
}

// rawSendto sends p; an empty to means the connected peer.
func rawSendto(fd int, p []byte, flags int, to []byte) (int, error) {
	pp, tp := bytesPtr(p), bytesPtr(to)
	r, _, e := unix.Syscall6(unix.SYS_SENDTO, uintptr(fd), uintptr(pp), uintptr(len(p)),
		uintptr(flags), uintptr(tp), uintptr(len(to)))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// rawRecvfrom receives into p, returning the sender's address as the
// kernel wrote it (empty for a connected stream socket).
func rawRecvfrom(fd int, p []byte, flags int) (int, []byte, error) {
	from := make([]byte, sockaddrMax)
	n := uint32(len(from))
	pp := bytesPtr(p)
	r, _, e := unix.Syscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(pp), uintptr(len(p)),
		uintptr(flags), uintptr(unsafe.Pointer(&from[0])), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return 0, nil, e
	}
	return int(r), from[:min(int(n), len(from))], nil
}

// The calls below are for non-blocking descriptors only. They skip the
// runtime's system-call bookkeeping (entersyscall/exitsyscall), which on a
// socket that never blocks costs more than the call: a copy into or out
// of the kernel that takes a few microseconds would otherwise have the
// scheduler's monitor hand the processor to another thread, and back.

// nbRead is read(2) on a non-blocking descriptor.
func nbRead(fd int, p []byte) (int, error) {
	r, _, e := unix.RawSyscall(unix.SYS_READ, uintptr(fd), uintptr(bytesPtr(p)), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// nbSend is send(2) on a connected non-blocking socket.
func nbSend(fd int, p []byte, flags int) (int, error) {
	r, _, e := unix.RawSyscall6(unix.SYS_SENDTO, uintptr(fd), uintptr(bytesPtr(p)), uintptr(len(p)),
		uintptr(flags), 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}
