package interp

import (
	"encoding/binary"
	"net/netip"
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// socketConst is one Socket constant and whether it is in @EXPORT.
type socketConst struct {
	val      int64
	exported bool
}

// socketModule is perl's Socket module: its constants, address packing
// and the inet_* conversions, in Go.
func socketModule() *module {
	m := &module{
		name: "Socket",
		subs: map[string]nativeFn{},
		tags: map[string][]string{},
		vars: map[string]value.Scalar{
			"CRLF": value.StrValue("\r\n"), "CR": value.StrValue("\r"), "LF": value.StrValue("\n"),
		},
	}
	var all []string
	for name, k := range socketConstants {
		m.subs[name] = constSub(value.IntValue(k.val))
		all = append(all, name)
		if k.exported {
			m.defaults = append(m.defaults, name)
		}
	}
	for name, exported := range socketUndefined {
		m.subs[name] = vendorUndefined(name)
		all = append(all, name)
		if exported {
			m.defaults = append(m.defaults, name)
		}
	}
	for name, s := range map[string]string{"CR": "\r", "LF": "\n", "CRLF": "\r\n"} {
		m.subs[name] = constSub(value.StrValue(s))
		all = append(all, name)
	}
	addrs := map[string]string{
		"INADDR_ANY": "\x00\x00\x00\x00", "INADDR_LOOPBACK": "\x7f\x00\x00\x01",
		"INADDR_NONE": "\xff\xff\xff\xff", "INADDR_BROADCAST": "\xff\xff\xff\xff",
		"IN6ADDR_ANY": string(make([]byte, 16)), "IN6ADDR_LOOPBACK": string(append(make([]byte, 15), 1)),
	}
	for name, a := range addrs {
		m.subs[name] = constSub(value.StrValue(a))
		all = append(all, name)
		if strings.HasPrefix(name, "INADDR") {
			m.defaults = append(m.defaults, name)
		}
	}
	funcs := map[string]nativeFn{
		"inet_aton":           inetAton,
		"inet_ntoa":           inetNtoa,
		"pack_sockaddr_in":    packSockaddrIn,
		"unpack_sockaddr_in":  unpackSockaddrIn,
		"sockaddr_in":         sockaddrIn,
		"pack_sockaddr_in6":   packSockaddrIn6,
		"unpack_sockaddr_in6": unpackSockaddrIn6,
		"sockaddr_in6":        sockaddrIn6,
		"pack_sockaddr_un":    packSockaddrUn,
		"unpack_sockaddr_un":  unpackSockaddrUn,
		"sockaddr_un":         sockaddrUn,
		"sockaddr_family":     sockaddrFamily,
		"inet_pton":           inetPton,
		"inet_ntop":           inetNtop,
		"getaddrinfo":         socketGetaddrinfo,
		"getnameinfo":         socketGetnameinfo,
	}
	for name, fn := range funcs {
		m.subs[name] = fn
		all = append(all, name)
		if name != "inet_pton" && name != "inet_ntop" && name != "getaddrinfo" && name != "getnameinfo" {
			m.defaults = append(m.defaults, name)
		}
	}
	m.tags["all"] = append(all, "$CRLF", "$CR", "$LF")
	m.tags["crlf"] = []string{"CR", "LF", "CRLF", "$CR", "$LF", "$CRLF"}
	m.tags["addrinfo"] = addrinfoTag()
	return m
}

// vendorUndefined is a constant the platform lacks: calling it dies.
func vendorUndefined(name string) nativeFn {
	return func(fr *frame, _ []*value.Scalar, _ wantCtx) []value.Scalar {
		// perl's message has no full stop.
		fr.it.dieMsg("Your vendor has not defined Socket macro " + name + ", used at " +
			fr.it.curFile() + " line " + strconv.Itoa(fr.it.curLine()) + "\n")
		return nil
	}
}

// addrinfoTag is Socket's :addrinfo export tag.
func addrinfoTag() []string {
	tag := []string{"getaddrinfo", "getnameinfo"}
	for name := range socketConstants {
		for _, p := range []string{"AI_", "NI_", "NIx_", "EAI_"} {
			if strings.HasPrefix(name, p) {
				tag = append(tag, name)
			}
		}
	}
	for name := range socketUndefined {
		if strings.HasPrefix(name, "AI_") || strings.HasPrefix(name, "NI_") || strings.HasPrefix(name, "EAI_") {
			tag = append(tag, name)
		}
	}
	return tag
}

// socketDie dies with " at FILE line N." using the caller's position.
func socketDie(fr *frame, msg string) {
	fr.it.dieMsg(fr.it.withPosition(msg, fr.it.curFile(), fr.it.curLine()))
}

func inetAton(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	host := argOr(args, 0).String()
	ips := fr.it.lookupIPv4(host)
	if len(ips) == 0 {
		return []value.Scalar{value.UndefValue()}
	}
	return []value.Scalar{value.StrValue(string(ips[0][:]))}
}

// parseIPv4 reads a dotted quad, or returns nil.
func parseIPv4(s string) []byte {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return nil
	}
	b := a.As4()
	return b[:]
}

// ipString formats a packed 4- or 16-byte address.
func ipString(b []byte) string {
	a, ok := netip.AddrFromSlice(b)
	if !ok {
		return ""
	}
	return a.String()
}

func inetNtoa(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	b := argOr(args, 0).String()
	if len(b) != 4 {
		socketDie(fr, "Bad arg length for Socket::inet_ntoa, length is "+strconv.Itoa(len(b))+", should be 4")
	}
	return []value.Scalar{value.StrValue(ipString([]byte(b)))}
}

func packSockaddrIn(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	port := argOr(args, 0).Int()
	addr := argOr(args, 1).String()
	if len(addr) != 4 {
		socketDie(fr, "Bad arg length for Socket::pack_sockaddr_in, length is "+strconv.Itoa(len(addr))+", should be 4")
	}
	b := make([]byte, perlio.SizeofSockaddrInet)
	binary.LittleEndian.PutUint16(b, unix.AF_INET)
	binary.BigEndian.PutUint16(b[2:], uint16(port))
	copy(b[4:], addr)
	return []value.Scalar{value.StrValue(string(b))}
}

func unpackSockaddrIn(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	sa := argOr(args, 0).String()
	if len(sa) != perlio.SizeofSockaddrInet {
		socketDie(fr, "Bad arg length for Socket::unpack_sockaddr_in, length is "+strconv.Itoa(len(sa))+", should be 16")
	}
	if fam := binary.LittleEndian.Uint16([]byte(sa)); fam != unix.AF_INET {
		socketDie(fr, "Bad address family for Socket::unpack_sockaddr_in, got "+strconv.Itoa(int(fam))+", should be 2")
	}
	port := value.IntValue(int64(binary.BigEndian.Uint16([]byte(sa[2:]))))
	addr := value.StrValue(sa[4:8])
	if want != listCtx {
		return []value.Scalar{addr}
	}
	return []value.Scalar{port, addr}
}

// sockaddrIn packs with two arguments and unpacks with one, as perl's.
func sockaddrIn(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	if len(args) == 1 {
		if want != listCtx {
			socketDie(fr, "usage:   (port,iaddr) = sockaddr_in(sin_sv)")
		}
		return unpackSockaddrIn(fr, args, want)
	}
	if len(args) != 2 {
		socketDie(fr, "usage:   sin_sv = sockaddr_in(port,iaddr))")
	}
	return packSockaddrIn(fr, args, want)
}

func packSockaddrIn6(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	port := argOr(args, 0).Int()
	addr := argOr(args, 1).String()
	if len(addr) != 16 {
		socketDie(fr, "Bad arg length Socket::pack_sockaddr_in6, length is "+strconv.Itoa(len(addr))+", should be 16")
	}
	sa := &unix.SockaddrInet6{Port: int(port), ZoneId: uint32(argOr(args, 2).Int())}
	copy(sa.Addr[:], addr)
	b := perlio.SockaddrToBytes(sa)
	binary.BigEndian.PutUint32(b[4:], uint32(argOr(args, 3).Int())) // flowinfo
	return []value.Scalar{value.StrValue(string(b))}
}

func unpackSockaddrIn6(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	sa := argOr(args, 0).String()
	if len(sa) != perlio.SizeofSockaddrInet6 {
		socketDie(fr, "Bad arg length for Socket::unpack_sockaddr_in6, length is "+strconv.Itoa(len(sa))+", should be 28")
	}
	b := []byte(sa)
	port := value.IntValue(int64(binary.BigEndian.Uint16(b[2:])))
	addr := value.StrValue(sa[8:24])
	if want != listCtx {
		return []value.Scalar{addr}
	}
	return []value.Scalar{port, addr,
		value.IntValue(int64(binary.LittleEndian.Uint32(b[24:]))),
		value.IntValue(int64(binary.BigEndian.Uint32(b[4:])))}
}

func sockaddrIn6(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	if len(args) == 1 {
		return unpackSockaddrIn6(fr, args, want)
	}
	return packSockaddrIn6(fr, args, want)
}

func packSockaddrUn(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	path := argOr(args, 0).String()
	const maxPath = perlio.SizeofSockaddrUnix - 2
	if len(path) > maxPath {
		fr.it.warnAt(fr.it.curFile(), fr.it.curLine(), "Path length (%d) is longer than maximum supported length (%d) and will be truncated", len(path), maxPath)
		path = path[:maxPath]
	}
	b := make([]byte, perlio.SizeofSockaddrUnix)
	binary.LittleEndian.PutUint16(b, unix.AF_UNIX)
	copy(b[2:], path)
	if len(path) > 0 && path[0] == 0 && len(path) < maxPath {
		// A Linux abstract name: the address is just as long as the name.
		b = b[:2+len(path)]
	}
	return []value.Scalar{value.StrValue(string(b))}
}

func unpackSockaddrUn(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	sa := argOr(args, 0).String()
	if len(sa) < 2 {
		socketDie(fr, "Bad arg length for Socket::unpack_sockaddr_un, length is "+strconv.Itoa(len(sa))+", should be 110")
	}
	if fam := binary.LittleEndian.Uint16([]byte(sa)); fam != unix.AF_UNIX {
		socketDie(fr, "Bad address family for Socket::unpack_sockaddr_un, got "+strconv.Itoa(int(fam))+", should be 1")
	}
	path := sa[2:]
	if i := strings.IndexByte(path, 0); i >= 0 && !strings.HasPrefix(path, "\x00") {
		path = path[:i]
	}
	return []value.Scalar{value.StrValue(path)}
}

func sockaddrUn(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	if want == listCtx {
		return unpackSockaddrUn(fr, args, want)
	}
	return packSockaddrUn(fr, args, want)
}

func sockaddrFamily(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	sa := argOr(args, 0).String()
	if len(sa) < 2 {
		socketDie(fr, "Bad arg length for Socket::sockaddr_family, length is "+strconv.Itoa(len(sa))+", should be at least 2")
	}
	return []value.Scalar{value.IntValue(int64(binary.LittleEndian.Uint16([]byte(sa))))}
}

func inetPton(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	fam := argOr(args, 0).Int()
	ip, err := netip.ParseAddr(argOr(args, 1).String())
	switch {
	case err != nil:
		return []value.Scalar{value.UndefValue()}
	case fam == unix.AF_INET && ip.Is4():
		b := ip.As4()
		return []value.Scalar{value.StrValue(string(b[:]))}
	case fam == unix.AF_INET6 && ip.Is6():
		b := ip.As16()
		return []value.Scalar{value.StrValue(string(b[:]))}
	case fam != unix.AF_INET && fam != unix.AF_INET6:
		socketDie(fr, "Bad address family for Socket::inet_pton, got "+strconv.Itoa(int(fam))+", should be either AF_INET or AF_INET6")
	}
	return []value.Scalar{value.UndefValue()}
}

func inetNtop(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	fam := argOr(args, 0).Int()
	b := argOr(args, 1).String()
	switch {
	case fam == unix.AF_INET && len(b) == 4, fam == unix.AF_INET6 && len(b) == 16:
		return []value.Scalar{value.StrValue(ipString([]byte(b)))}
	case fam == unix.AF_INET:
		socketDie(fr, "Bad address length for Socket::inet_ntop on AF_INET; got "+strconv.Itoa(len(b))+", should be 4")
	case fam == unix.AF_INET6:
		socketDie(fr, "Bad address length for Socket::inet_ntop on AF_INET6; got "+strconv.Itoa(len(b))+", should be 16")
	}
	socketDie(fr, "Bad address family for Socket::inet_ntop, got "+strconv.Itoa(int(fam))+", should be either AF_INET or AF_INET6")
	return nil
}
