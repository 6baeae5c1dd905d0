package perlio

import (
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// Sizes of the packed addresses perl's Socket module builds.
const (
	// SizeofSockaddrInet is sizeof(struct sockaddr_in), pack_sockaddr_in's
	// and pack('S n a4 x8')'s length.
	SizeofSockaddrInet = 16
	// SizeofSockaddrInet6 is sizeof(struct sockaddr_in6).
	SizeofSockaddrInet6 = 28
	// SizeofSockaddrUnix is sizeof(struct sockaddr_un), pack_sockaddr_un's
	// length for a path name.
	SizeofSockaddrUnix = 110

	// sin6LenRFC2133 is the shortest sockaddr_in6 the kernel takes: the
	// older layout without sin6_scope_id.
	sin6LenRFC2133 = 24
	// unixPathMax is the size of sun_path.
	unixPathMax = 108
)

// SockaddrToBytes packs sa as the C struct sockaddr perl scripts pass around:
// the family in host byte order (perl's pack 'S'), then for AF_INET the
// port in network order, the address and 8 zero bytes (16 bytes); for
// AF_INET6 port, flow info 0, address and scope id (28 bytes); for AF_UNIX
// the path NUL-padded to 110 bytes as pack_sockaddr_un makes it, or for an
// abstract name ("@name") just the family, a NUL and the name. A path too
// long is cut to 108 bytes, as pack_sockaddr_un does. Other types give nil.
func SockaddrToBytes(sa unix.Sockaddr) []byte {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		b := make([]byte, SizeofSockaddrInet)
		binary.NativeEndian.PutUint16(b, unix.AF_INET)
		binary.BigEndian.PutUint16(b[2:], uint16(sa.Port))
		copy(b[4:8], sa.Addr[:])
		return b
	case *unix.SockaddrInet6:
		b := make([]byte, SizeofSockaddrInet6)
		binary.NativeEndian.PutUint16(b, unix.AF_INET6)
		binary.BigEndian.PutUint16(b[2:], uint16(sa.Port))
		copy(b[8:24], sa.Addr[:])
		binary.NativeEndian.PutUint32(b[24:], sa.ZoneId)
		return b
	case *unix.SockaddrUnix:
		name := sa.Name
		if len(name) > 1 && name[0] == '@' {
			// Linux abstract name: its length is part of the name, so
			// the address ends where the name does.
			name = name[1:]
			n := min(len(name), unixPathMax-1)
			b := make([]byte, 3+n)
			binary.NativeEndian.PutUint16(b, unix.AF_UNIX)
			copy(b[3:], name[:n])
			return b
		}
		b := make([]byte, SizeofSockaddrUnix)
		binary.NativeEndian.PutUint16(b, unix.AF_UNIX)
		copy(b[2:], name[:min(len(name), unixPathMax)])
		return b
	}
	return nil
}

// BytesToSockaddr unpacks a C struct sockaddr, as perl scripts build with
// pack or the Socket module and as getsockname returns. It checks what the
// kernel checks: fewer than 2 bytes, an AF_INET address under 16 bytes, an
// AF_INET6 one under 24 or an AF_UNIX one over 110 give EINVAL; other
// families EAFNOSUPPORT. An AF_UNIX path ends at its first NUL; a name
// starting with NUL is abstract and comes back as "@name"; a bare family is
// an unnamed socket, Name "".
func BytesToSockaddr(b []byte) (unix.Sockaddr, error) {
	if len(b) < 2 {
		return nil, unix.EINVAL
	}
	switch binary.NativeEndian.Uint16(b) {
	case unix.AF_INET:
		if len(b) < SizeofSockaddrInet {
			return nil, unix.EINVAL
		}
		sa := &unix.SockaddrInet4{Port: int(binary.BigEndian.Uint16(b[2:]))}
		copy(sa.Addr[:], b[4:8])
		return sa, nil
	case unix.AF_INET6:
		if len(b) < sin6LenRFC2133 {
			return nil, unix.EINVAL
		}
		sa := &unix.SockaddrInet6{Port: int(binary.BigEndian.Uint16(b[2:]))}
		copy(sa.Addr[:], b[8:24])
		if len(b) >= SizeofSockaddrInet6 {
			sa.ZoneId = binary.NativeEndian.Uint32(b[24:])
		}
		return sa, nil
	case unix.AF_UNIX:
		if len(b) > SizeofSockaddrUnix {
			return nil, unix.EINVAL
		}
		path := b[2:]
		if len(path) > 0 && path[0] == 0 {
			if allZero(path) {
				return &unix.SockaddrUnix{}, nil
			}
			return &unix.SockaddrUnix{Name: "@" + string(path[1:])}, nil
		}
		for i, c := range path {
			if c == 0 {
				path = path[:i]
				break
			}
		}
		return &unix.SockaddrUnix{Name: string(path)}, nil
	}
	return nil, unix.EAFNOSUPPORT
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// addrFamily is a packed address's family, or -1 when it is too short to
// hold one.
func addrFamily(b []byte) int {
	if len(b) < 2 {
		return -1
	}
	return int(binary.NativeEndian.Uint16(b))
}
