package interp

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"os"
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// Socket's getaddrinfo and getnameinfo, with glibc's answers: the error
// codes and texts, the socket types a service expands to, the order of
// the results. Names go through the run's Resolver.

// getaddrinfo error codes (glibc's EAI_*).
const (
	eaiBadFlags   = -1
	eaiNoName     = -2
	eaiFail       = -4
	eaiFamily     = -6
	eaiSockType   = -7
	eaiService    = -8
	eaiAddrFamily = -9
)

// eaiText is gai_strerror's text for each code.
var eaiText = map[int]string{
	-1: "Bad value for ai_flags", -2: "Name or service not known",
	-3: "Temporary failure in name resolution", -4: "Non-recoverable failure in name resolution",
	-5: "No address associated with hostname", -6: "ai_family not supported",
	-7: "ai_socktype not supported", -8: "Servname not supported for ai_socktype",
	-9: "Address family for hostname not supported", -10: "Memory allocation failure",
	-11: "System error",
}

// eaiValue is the $err getaddrinfo returns: the code and its text as a
// dual value, "" and 0 on success.
func eaiValue(code int) value.Scalar {
	if code == 0 {
		return value.DualValue(0, "")
	}
	text, ok := eaiText[code]
	if !ok {
		text = "Unknown error"
	}
	return value.DualValue(int64(code), text)
}

// getaddrinfo flags (AI_*) and getnameinfo flags (NI_*, NIx_*).
const (
	aiPassive     = 0x1
	aiCanonName   = 0x2
	aiNumericHost = 0x4
	aiV4Mapped    = 0x8
	aiNumericServ = 0x400
	aiAllFlags    = 0x7ff

	niNumericHost = 0x1
	niNumericServ = 0x2
	niNameReqd    = 0x8
	niDgram       = 0x10
	niAllFlags    = 0x3f

	nixNoHost = 0x1
	nixNoServ = 0x2
)

// aiProto is one socket type a lookup can answer with, as glibc's table.
type aiProto struct {
	socktype, protocol int
	name               string // for the service lookup
	noService          bool   // a named service does not apply
}

var aiProtos = []aiProto{
	{unix.SOCK_STREAM, unix.IPPROTO_TCP, "tcp", false},
	{unix.SOCK_DGRAM, unix.IPPROTO_UDP, "udp", false},
	{unix.SOCK_RAW, 0, "raw", true},
}

// aiExtraProtos are used only when asked for by type or protocol.
var aiExtraProtos = []aiProto{
	{unix.SOCK_DGRAM, unix.IPPROTO_UDPLITE, "udplite", false},
	{unix.SOCK_STREAM, unix.IPPROTO_SCTP, "sctp", false},
	{unix.SOCK_SEQPACKET, unix.IPPROTO_SCTP, "sctp", false},
}

// aiHints are getaddrinfo's hints.
type aiHints struct {
	flags, family, socktype, protocol int
}

// aiResult is one answer before it becomes a hash.
type aiResult struct {
	family, socktype, protocol int
	addr                       []byte
	canonname                  string
	hasCanon                   bool
}

// socketGetaddrinfo is Socket::getaddrinfo($host, $service, \%hints):
// ($err, @results), each result a hash of family, socktype, protocol,
// addr and canonname.
func socketGetaddrinfo(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	if len(args) > 3 {
		socketDie(fr, "Usage: Socket::getaddrinfo(host, service, hints)")
	}
	var hints aiHints
	if h := argOr(args, 2); !h.IsUndef() {
		hv, ok := h.Pointer().(*value.Hash)
		if h.Kind() != value.Ref || !ok {
			socketDie(fr, "hints is not a HASH reference")
		}
		field := func(k string) int {
			v := hv.Get(k)
			if v.IsUndef() {
				return 0
			}
			return int(v.Int())
		}
		hints = aiHints{field("flags"), field("family"), field("socktype"), field("protocol")}
	}
	host, service := argOr(args, 0), argOr(args, 1)
	res, code := fr.it.getaddrinfo(host.String(), service.String(), hints)
	out := []value.Scalar{eaiValue(code)}
	for _, r := range res {
		h := value.NewHash()
		*h.Elem("family") = value.IntValue(int64(r.family))
		*h.Elem("socktype") = value.IntValue(int64(r.socktype))
		*h.Elem("protocol") = value.IntValue(int64(r.protocol))
		*h.Elem("addr") = value.StrValue(string(r.addr))
		if r.hasCanon {
			*h.Elem("canonname") = value.StrValue(r.canonname)
		} else {
			*h.Elem("canonname") = value.UndefValue()
		}
		out = append(out, value.RefValue(h))
	}
	return out
}

// getaddrinfo answers as glibc's getaddrinfo; host and service are "" when
// not given.
func (it *Interp) getaddrinfo(host, service string, h aiHints) ([]aiResult, int) {
	if host == "" && service == "" {
		return nil, eaiNoName
	}
	if h.flags&^aiAllFlags != 0 || h.flags&aiCanonName != 0 && host == "" {
		return nil, eaiBadFlags
	}
	if h.family != unix.AF_UNSPEC && h.family != unix.AF_INET && h.family != unix.AF_INET6 {
		return nil, eaiFamily
	}
	protos, code := aiSocketTypes(h)
	if code != 0 {
		return nil, code
	}
	// The service: a number for every type, or a name looked up per
	// protocol.
	ports := make([]int, len(protos))
	if service != "" {
		if h.socktype != 0 && len(protos) == 1 && protos[0].noService {
			// A raw socket has no port to look up.
			return nil, eaiService
		}
		if n, ok := strtoulAll(service); ok {
			for i := range ports {
				ports[i] = int(n & 0xffff)
			}
		} else {
			if h.flags&aiNumericServ != 0 {
				return nil, eaiNoName
			}
			var kept []aiProto
			var keptPorts []int
			for _, p := range protos {
				if p.noService {
					continue
				}
				e := it.servEntry(service, p.name)
				if e < 0 {
					continue
				}
				kept = append(kept, p)
				keptPorts = append(keptPorts, e)
			}
			if len(kept) == 0 {
				return nil, eaiService
			}
			protos, ports = kept, keptPorts
		}
	}
	addrs, canon, code := it.aiHosts(host, h)
	if code != 0 {
		return nil, code
	}
	var out []aiResult
	for _, a := range addrs {
		for i, p := range protos {
			r := aiResult{socktype: p.socktype, protocol: p.protocol}
			if a.Is4() {
				r.family = unix.AF_INET
				r.addr = perlio.SockaddrToBytes(&unix.SockaddrInet4{Port: ports[i], Addr: a.As4()})
			} else {
				r.family = unix.AF_INET6
				r.addr = perlio.SockaddrToBytes(&unix.SockaddrInet6{Port: ports[i], Addr: a.As16(), ZoneId: zoneIndex(a.Zone())})
			}
			if len(out) == 0 && h.flags&aiCanonName != 0 {
				r.canonname, r.hasCanon = canon, true
			}
			out = append(out, r)
		}
	}
	return out, 0
}

// aiSocketTypes picks the socket types a lookup answers with from the
// hints' socktype and protocol.
func aiSocketTypes(h aiHints) ([]aiProto, int) {
	if h.socktype == 0 && h.protocol == 0 {
		return aiProtos, 0
	}
	var out []aiProto
	for _, p := range append(append([]aiProto(nil), aiProtos...), aiExtraProtos...) {
		if h.socktype != 0 && p.socktype != h.socktype {
			continue
		}
		if h.protocol != 0 && p.protocol != h.protocol && !(p.socktype == unix.SOCK_RAW) {
			continue
		}
		if h.protocol == 0 && len(out) > 0 {
			continue // the first protocol of the type only
		}
		if p.socktype == unix.SOCK_RAW && h.protocol != 0 {
			p.protocol = h.protocol
		}
		out = append(out, p)
		if h.protocol != 0 {
			break
		}
	}
	if len(out) == 0 {
		return nil, eaiSockType
	}
	return out, 0
}

// servEntry is the port of a named service for a protocol, -1 if none.
func (it *Interp) servEntry(name, proto string) int {
	e := lookupEntry(nil, "getservbyname", []value.Scalar{value.StrValue(name), value.StrValue(proto)})
	if len(e) < 3 {
		return -1
	}
	return int(e[2].Int())
}

// aiHosts resolves getaddrinfo's host: the addresses in glibc's order and
// the canonical name.
func (it *Interp) aiHosts(host string, h aiHints) ([]netip.Addr, string, int) {
	want := func(a netip.Addr) bool {
		switch h.family {
		case unix.AF_INET:
			return a.Is4()
		case unix.AF_INET6:
			return !a.Is4()
		}
		return true
	}
	var addrs []netip.Addr
	if host == "" {
		// No host: the wildcard address to bind to, or the loopback.
		if h.flags&aiPassive != 0 {
			addrs = []netip.Addr{netip.IPv4Unspecified(), netip.IPv6Unspecified()}
		} else {
			addrs = []netip.Addr{netip.IPv6Loopback(), netip.AddrFrom4([4]byte{127, 0, 0, 1})}
		}
		var out []netip.Addr
		for _, a := range addrs {
			if want(a) {
				out = append(out, a)
			}
		}
		return out, "", 0
	}
	if a, ok := parseNumericHost(host); ok {
		if a.Is4() && h.family == unix.AF_INET6 {
			if h.flags&aiV4Mapped == 0 {
				return nil, "", eaiAddrFamily
			}
			a = netip.AddrFrom16(a.As16())
		}
		if !want(a) {
			return nil, "", eaiAddrFamily
		}
		return []netip.Addr{a}, host, 0
	}
	if h.flags&aiNumericHost != 0 {
		return nil, "", eaiNoName
	}
	ips, err := it.resolver().LookupHost(it.lookupCtx(), host)
	if err != nil && !errors.Is(err, ErrNoSuchHost) {
		return nil, "", eaiFail
	}
	var v4 []netip.Addr
	for _, a := range ips {
		a = a.Unmap()
		if a.Is4() {
			v4 = append(v4, a)
		}
		if want(a) {
			addrs = append(addrs, a)
		}
	}
	if len(addrs) == 0 && h.family == unix.AF_INET6 && h.flags&aiV4Mapped != 0 {
		for _, a := range v4 {
			addrs = append(addrs, netip.AddrFrom16(a.As16()))
		}
	}
	if len(addrs) == 0 {
		return nil, "", eaiNoName
	}
	canon := host
	if cn, ok := it.resolver().(CanonicalNamer); ok {
		if n, err := cn.CanonicalName(it.lookupCtx(), host); err == nil && n != "" {
			canon = n
		}
	}
	return addrs, canon, 0
}

// parseNumericHost reads an address as getaddrinfo does: IPv4 in
// inet_aton's forms (127.1, 0x7f000001) or IPv6 with an optional %zone.
func parseNumericHost(s string) (netip.Addr, bool) {
	if b, ok := inetAtonExact(s); ok {
		return netip.AddrFrom4(b), true
	}
	if strings.Contains(s, ":") {
		if a, err := netip.ParseAddr(s); err == nil && a.Is6() {
			if z := a.Zone(); z != "" && zoneIndex(z) == 0 {
				return netip.Addr{}, false
			}
			return a, true
		}
	}
	return netip.Addr{}, false
}

// inetAtonExact parses an IPv4 address as inet_aton does (one to four
// parts, each decimal, octal or hex, the last filling the rest), with
// nothing after it.
func inetAtonExact(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return out, false
	}
	var vals []uint64
	for _, p := range parts {
		if p == "" || p[0] < '0' || p[0] > '9' {
			return out, false
		}
		v, err := strconv.ParseUint(p, 0, 32)
		if err != nil {
			if strings.HasPrefix(p, "0") && len(p) > 1 && !strings.HasPrefix(p, "0x") && !strings.HasPrefix(p, "0X") {
				v, err = strconv.ParseUint(p[1:], 8, 32)
			}
			if err != nil {
				return out, false
			}
		}
		vals = append(vals, v)
	}
	last := vals[len(vals)-1]
	for i, v := range vals[:len(vals)-1] {
		if v > 255 {
			return out, false
		}
		out[i] = byte(v)
	}
	rest := 4 - (len(vals) - 1)
	if rest < 4 && last>>(8*uint(rest)) != 0 {
		return out, false
	}
	for i := 3; i >= len(vals)-1; i-- {
		out[i] = byte(last)
		last >>= 8
	}
	return out, true
}

// strtoulAll reads a whole string as strtoul does (leading blanks, a sign,
// decimal digits), failing on anything left over.
func strtoulAll(s string) (uint64, bool) {
	t := strings.TrimLeft(s, " \t\n\v\f\r")
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if t == "" {
		return 0, false
	}
	n, err := strconv.ParseUint(t, 10, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// zoneIndex is the interface index of an IPv6 zone: a number, or an
// interface name looked up in /sys/class/net; 0 when unknown.
func zoneIndex(zone string) uint32 {
	if zone == "" {
		return 0
	}
	if n, err := strconv.ParseUint(zone, 10, 32); err == nil {
		return uint32(n)
	}
	b, err := os.ReadFile("/sys/class/net/" + strings.ReplaceAll(zone, "/", "") + "/ifindex")
	if err != nil {
		return 0
	}
	n, _ := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 32)
	return uint32(n)
}

// zoneName is the interface name of an index, or the number.
func zoneName(idx uint32) string {
	entries, _ := os.ReadDir("/sys/class/net")
	for _, e := range entries {
		if zoneIndex(e.Name()) == idx {
			return e.Name()
		}
	}
	return strconv.FormatUint(uint64(idx), 10)
}

// socketGetnameinfo is Socket::getnameinfo($addr, $flags, $xflags):
// ($err, $host, $service).
func socketGetnameinfo(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	if len(args) < 1 || len(args) > 3 {
		socketDie(fr, "Usage: Socket::getnameinfo(addr, flags=0, xflags=0)")
	}
	addr := argOr(args, 0)
	if k := addr.Kind(); k != value.Str && k != value.Dual {
		socketDie(fr, "addr is not a string")
	}
	flags, xflags := int(argOr(args, 1).Int()), int(argOr(args, 2).Int())
	host, serv, code := fr.it.getnameinfo([]byte(addr.String()), flags, xflags&nixNoHost == 0, xflags&nixNoServ == 0)
	if code != 0 {
		return []value.Scalar{eaiValue(code)}
	}
	out := []value.Scalar{eaiValue(0), value.UndefValue(), value.UndefValue()}
	if xflags&nixNoHost == 0 {
		out[1] = value.StrValue(host)
	}
	if xflags&nixNoServ == 0 {
		out[2] = value.StrValue(serv)
	}
	return out
}

// getnameinfo answers as glibc's getnameinfo.
func (it *Interp) getnameinfo(sa []byte, flags int, wantHost, wantServ bool) (host, serv string, code int) {
	if len(sa) < 2 {
		return "", "", eaiFamily
	}
	if flags&^niAllFlags != 0 {
		return "", "", eaiBadFlags
	}
	fam := int(binary.LittleEndian.Uint16(sa))
	var (
		ip   netip.Addr
		port int
	)
	switch {
	case fam == unix.AF_INET && len(sa) >= perlio.SizeofSockaddrInet:
		ip = netip.AddrFrom4([4]byte(sa[4:8]))
		port = int(binary.BigEndian.Uint16(sa[2:]))
	case fam == unix.AF_INET6 && len(sa) >= perlio.SizeofSockaddrInet6:
		ip = netip.AddrFrom16([16]byte(sa[8:24]))
		if scope := binary.LittleEndian.Uint32(sa[24:]); scope != 0 {
			z := strconv.FormatUint(uint64(scope), 10)
			if ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() {
				z = zoneName(scope)
			}
			ip = ip.WithZone(z)
		}
		port = int(binary.BigEndian.Uint16(sa[2:]))
	case fam == unix.AF_UNIX:
		if wantHost {
			host = "localhost"
			if flags&niNumericHost == 0 {
				var u unix.Utsname
				if unix.Uname(&u) == nil {
					host = unix.ByteSliceToString(u.Nodename[:])
				}
			}
		}
		path := sa[2:]
		if i := strings.IndexByte(string(path), 0); i >= 0 {
			path = path[:i]
		}
		return host, string(path), 0
	default:
		return "", "", eaiFamily
	}
	if wantHost {
		if flags&niNumericHost == 0 {
			host = it.lookupAddrName(ip.WithZone(""))
			if host == "" && flags&niNameReqd != 0 {
				return "", "", eaiNoName
			}
		}
		if host == "" {
			host = ip.String()
		}
	}
	if wantServ {
		serv = strconv.Itoa(port)
		if flags&niNumericServ == 0 {
			proto := "tcp"
			if flags&niDgram != 0 {
				proto = "udp"
			}
			if e := lookupEntry(nil, "getservbyport", []value.Scalar{value.IntValue(int64(port)), value.StrValue(proto)}); len(e) > 0 {
				serv = e[0].String()
			}
		}
	}
	return host, serv, 0
}
