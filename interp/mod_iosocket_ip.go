package interp

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// ioSocketIPModule is IO::Socket::IP: IO::Socket::INET's interface for
// IPv4 and IPv6 alike (PeerHost/PeerService, LocalHost/LocalService,
// Family, V6Only, "[::1]:port").
func ioSocketIPModule() *module {
	subs := map[string]nativeFn{
		"new":      ipNew,
		"peerhost": inetAddrPart(true, false),
		"peerport": inetAddrPart(true, true),
		"sockhost": inetAddrPart(false, false),
		"sockport": inetAddrPart(false, true),
		"peeraddr": inetRawAddr(true),
		"sockaddr": inetRawAddr(false),
		"peerservice": func(fr *frame, a []*value.Scalar, w wantCtx) []value.Scalar {
			return inetAddrPart(true, true)(fr, a, w)
		},
		"sockservice": func(fr *frame, a []*value.Scalar, w wantCtx) []value.Scalar {
			return inetAddrPart(false, true)(fr, a, w)
		},
		"split_addr": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			h, p := splitHostPort(argOr(a, 1).String())
			out := []value.Scalar{value.StrValue(h), value.UndefValue()}
			if p != "" {
				out[1] = value.StrValue(p)
			}
			return out
		},
		"join_addr": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			h, p := argOr(a, 1).String(), argOr(a, 2)
			if strings.Contains(h, ":") {
				h = "[" + h + "]"
			}
			if !p.IsUndef() {
				h += ":" + p.String()
			}
			return one(value.StrValue(h))
		},
	}
	return &module{name: "IO::Socket::IP", subs: subs, tags: map[string][]string{},
		isa: []string{"IO::Socket"}, also: []string{"IO::Socket"}}
}

// splitHostPort splits "host:port", "[v6]:port" or a bare address; an
// address with several colons and no brackets is all host.
func splitHostPort(s string) (host, port string) {
	if strings.HasPrefix(s, "[") {
		if i := strings.Index(s, "]"); i > 0 {
			host, rest := s[1:i], s[i+1:]
			return host, strings.TrimPrefix(rest, ":")
		}
	}
	if strings.Count(s, ":") == 1 {
		h, p, _ := strings.Cut(s, ":")
		return h, p
	}
	return s, ""
}

// ipFail sets $@ to IO::Socket::IP's message (the error text alone) and
// returns undef.
func ipFail(fr *frame, msg string, want wantCtx) []value.Scalar {
	*fr.it.glob("main::@").Scalar = value.StrValue(msg)
	return failUndef(want)
}

// ipAddrs resolves a host for IO::Socket::IP: address literals of either
// family, names by the resolver (IPv4). An empty host is the wildcard
// (or loopback for a peer) of the family asked for.
func ipAddrs(fr *frame, host string, family int, passive bool) ([]netip.Addr, bool) {
	if host == "" {
		if family == unix.AF_INET6 {
			if passive {
				return []netip.Addr{netip.IPv6Unspecified()}, true
			}
			return []netip.Addr{netip.IPv6Loopback()}, true
		}
		if passive {
			return []netip.Addr{netip.IPv4Unspecified()}, true
		}
		return []netip.Addr{netip.AddrFrom4([4]byte{127, 0, 0, 1})}, true
	}
	var out []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		out = append(out, a.Unmap())
		if a.Is4In6() {
			out = []netip.Addr{a}
		}
	} else {
		for _, ip := range lookupIPv4(fr.it.ctx, host) {
			out = append(out, netip.AddrFrom4(ip))
		}
	}
	var keep []netip.Addr
	for _, a := range out {
		if family == 0 || (family == unix.AF_INET) == a.Is4() {
			keep = append(keep, a)
		}
	}
	return keep, len(out) > 0
}

// ipSockaddr packs an address and port as sockaddr_in or sockaddr_in6.
func ipSockaddr(a netip.Addr, port int) []byte {
	if a.Is4() {
		return perlio.SockaddrToBytes(&unix.SockaddrInet4{Port: port, Addr: a.As4()})
	}
	return perlio.SockaddrToBytes(&unix.SockaddrInet6{Port: port, Addr: a.As16()})
}

// ipPort turns a service (a number or a name) into a port.
func ipPort(fr *frame, service, proto string) (int, bool) {
	if service == "" {
		return 0, true
	}
	if n, err := strconv.Atoi(service); err == nil {
		return n, true
	}
	name, fallback, _ := strings.Cut(strings.TrimSuffix(service, ")"), "(")
	if e := lookupEntry(fr, "getservbyname", []value.Scalar{value.StrValue(name), value.StrValue(proto)}); len(e) >= 3 {
		return int(e[2].Int()), true
	}
	if n, err := strconv.Atoi(fallback); err == nil && fallback != "" {
		return n, true
	}
	return 0, false
}

// ipNew is IO::Socket::IP->new(...); one argument is PeerHost with its
// port ("host:port"). Each address the peer name gives is tried in turn.
func ipNew(fr *frame, args []*value.Scalar, want wantCtx) []value.Scalar {
	it := fr.it
	class := classOf(argOr(args, 0))
	rest := args[1:]
	opts := parseSocketArgs(rest, "PeerHost")
	get := opts.get
	family := 0
	if f, ok := get("Family", "Domain"); ok {
		family, _ = strconv.Atoi(f)
	}
	typ := unix.SOCK_STREAM
	proto, _ := get("Proto")
	if t, ok := opts["Type"]; ok && !t.IsUndef() {
		typ = int(t.Int())
	} else if strings.EqualFold(proto, "udp") {
		typ = unix.SOCK_DGRAM
	}
	if proto == "" {
		proto = "tcp"
		if typ == unix.SOCK_DGRAM {
			proto = "udp"
		}
	}
	peerHost, hasPeer := get("PeerHost", "PeerAddr")
	peerSvc, hasPeerSvc := get("PeerService", "PeerPort")
	localHost, hasLocal := get("LocalHost", "LocalAddr")
	localSvc, hasLocalSvc := get("LocalService", "LocalPort")
	if h, p := splitHostPort(peerHost); p != "" || h != peerHost {
		peerHost = h
		if p != "" && !hasPeerSvc {
			peerSvc = p
		}
	}
	if h, p := splitHostPort(localHost); p != "" || h != localHost {
		localHost = h
		if p != "" && !hasLocalSvc {
			localSvc, hasLocalSvc = p, true
		}
	}
	_, listen := opts["Listen"]
	peerPort, ok := ipPort(fr, peerSvc, proto)
	if !ok {
		return ipFail(fr, "Servname not supported for ai_socktype", want)
	}
	localPort, ok := ipPort(fr, localSvc, proto)
	if !ok {
		return ipFail(fr, "Servname not supported for ai_socktype", want)
	}

	var locals, peers []netip.Addr
	if hasLocal || hasLocalSvc || listen {
		var found bool
		locals, found = ipAddrs(fr, localHost, family, true)
		if !found {
			return ipFail(fr, "Name or service not known", want)
		}
	}
	if hasPeer {
		var found bool
		peers, found = ipAddrs(fr, peerHost, family, false)
		if !found {
			return ipFail(fr, "Name or service not known", want)
		}
	}
	if len(locals) == 0 && len(peers) == 0 && (hasLocal || hasPeer) {
		return ipFail(fr, "Address family for hostname not supported", want)
	}

	// open makes one socket of the address's family with the options set,
	// bound to the local address when there is one.
	open := func(fam int, local *netip.Addr) (*perlio.Handle, string) {
		s, err := it.sockets().Socket(fam, typ, 0)
		if err != nil {
			it.setErrno(err)
			return nil, it.errnoValue().String()
		}
		for _, o := range []struct {
			name string
			opt  int
		}{{"ReuseAddr", unix.SO_REUSEADDR}, {"ReusePort", unix.SO_REUSEPORT}, {"Broadcast", unix.SO_BROADCAST}} {
			if v, ok := opts[o.name]; ok && v.Bool() {
				if err := s.SetSockOptInt(unix.SOL_SOCKET, o.opt, 1); err != nil {
					it.setErrno(err)
					s.Close()
					return nil, it.errnoValue().String()
				}
			}
		}
		if v, ok := opts["V6Only"]; ok && fam == unix.AF_INET6 {
			on := 0
			if v.Bool() {
				on = 1
			}
			if err := s.SetSockOptInt(unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, on); err != nil {
				it.setErrno(err)
				s.Close()
				return nil, it.errnoValue().String()
			}
		}
		if local != nil {
			if err := s.Bind(ipSockaddr(*local, localPort)); err != nil {
				it.setErrno(err)
				s.Close()
				return nil, it.errnoValue().String()
			}
		}
		return s, ""
	}
	famOf := func(a netip.Addr) int {
		if a.Is4() {
			return unix.AF_INET
		}
		return unix.AF_INET6
	}
	var timeout value.Scalar
	if t, ok := opts["Timeout"]; ok {
		timeout = t
	}
	var s *perlio.Handle
	if len(peers) == 0 {
		local := locals[0]
		var msg string
		if s, msg = open(famOf(local), &local); s == nil {
			return ipFail(fr, msg, want)
		}
		if listen {
			n := int(opts["Listen"].Int())
			if n <= 0 {
				n = 5
			}
			if err := s.Listen(n); err != nil {
				it.setErrno(err)
				s.Close()
				return ipFail(fr, it.errnoValue().String(), want)
			}
		}
	} else {
		msg := ""
		for _, peer := range peers {
			var local *netip.Addr
			for _, l := range locals {
				if famOf(l) == famOf(peer) {
					l := l
					local = &l
					break
				}
			}
			if len(locals) > 0 && local == nil {
				continue
			}
			var h *perlio.Handle
			if h, msg = open(famOf(peer), local); h == nil {
				continue
			}
			g := newHandleObject(class, h)
			if !timeout.IsUndef() {
				*g.Hash.Elem("io_socket_timeout") = timeout
			}
			if m := connectWithTimeout(fr, h, ipSockaddr(peer, peerPort), socketTimeout(g)); m != "" {
				h.Close()
				msg = strings.TrimPrefix(m, "connect: ")
				if msg == "timeout" {
					msg = it.errnoValue().String()
				}
				continue
			}
			s = h
			break
		}
		if s == nil {
			if msg == "" {
				msg = "Address family for hostname not supported"
			}
			return ipFail(fr, msg, want)
		}
	}
	if v, ok := opts["Blocking"]; ok && !v.Bool() {
		s.SetBlocking(false)
	}
	return one(it.track(newSocketObject(class, s, timeout)))
}
