package interp

import (
	"bufio"
	"encoding/binary"
	"net/netip"
	"os"
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// netdbCall compiles the name lookups: get{proto,host,serv}by{name,...}.
// Each has a list form (the whole entry) and a scalar form (perl's one
// chosen field); a failed lookup is the empty list or undef.
func (c *compiler) netdbCall(x *parser.Call) (scalarFn, listFn) {
	args := make([]scalarFn, len(x.Args))
	for i, a := range x.Args {
		args[i] = c.scalar(a)
	}
	name := x.Name
	list := func(fr *frame) []value.Scalar {
		vals := make([]value.Scalar, len(args))
		for i, a := range args {
			vals[i] = a(fr)
		}
		return lookupEntry(fr, name, vals)
	}
	// scalarField is the entry field the scalar form returns.
	scalarField := map[string]int{
		"getprotobyname": 2, "getprotobynumber": 0, "gethostbyname": 4,
		"gethostbyaddr": 0, "getservbyname": 2, "getservbyport": 0,
	}[name]
	scalar := func(fr *frame) value.Scalar {
		e := list(fr)
		if scalarField < len(e) {
			return e[scalarField]
		}
		return value.UndefValue()
	}
	return scalar, list
}

// lookupEntry does one lookup and returns the entry as perl lists it.
func lookupEntry(fr *frame, name string, args []value.Scalar) []value.Scalar {
	arg := func(i int) value.Scalar {
		if i < len(args) {
			return args[i]
		}
		return value.UndefValue()
	}
	str := value.StrValue
	switch name {
	case "getprotobyname", "getprotobynumber":
		for _, p := range readTable("/etc/protocols", fallbackProtocols) {
			num, _ := strconv.Atoi(p[1])
			if (name == "getprotobyname" && containsName(p, arg(0).String())) ||
				(name == "getprotobynumber" && int64(num) == arg(0).Int()) {
				return []value.Scalar{str(p[0]), str(strings.Join(p[2:], " ")), value.IntValue(int64(num))}
			}
		}
	case "getservbyname", "getservbyport":
		proto := arg(1).String()
		for _, p := range readTable("/etc/services", nil) {
			port, pr, _ := strings.Cut(p[1], "/")
			if proto != "" && pr != proto {
				continue
			}
			n, _ := strconv.Atoi(port)
			if (name == "getservbyname" && containsName(p, arg(0).String())) ||
				(name == "getservbyport" && int64(n) == arg(0).Int()) {
				return []value.Scalar{str(p[0]), str(strings.Join(p[2:], " ")), value.IntValue(int64(n)), str(pr)}
			}
		}
	case "gethostbyname":
		host := arg(0).String()
		if ip := parseIPv4(host); ip != nil {
			return []value.Scalar{str(host), str(""), value.IntValue(unix.AF_INET), value.IntValue(4), str(string(ip))}
		}
		ips := fr.it.lookupIPv4(host)
		if len(ips) == 0 {
			return nil
		}
		out := []value.Scalar{str(host), str(""), value.IntValue(unix.AF_INET), value.IntValue(4)}
		for _, ip := range ips {
			out = append(out, str(string(ip[:])))
		}
		return out
	case "gethostbyaddr":
		addr := arg(0).String()
		if len(addr) != 4 && len(addr) != 16 {
			return nil
		}
		ip, _ := netip.AddrFromSlice([]byte(addr))
		name := fr.it.lookupAddrName(ip)
		if name == "" {
			return nil
		}
		fam := int64(unix.AF_INET)
		if len(addr) == 16 {
			fam = unix.AF_INET6
		}
		return []value.Scalar{str(name), str(""), value.IntValue(fam),
			value.IntValue(int64(len(addr))), str(addr)}
	}
	return nil
}

// containsName reports whether an entry's name or one of its aliases is n.
func containsName(entry []string, n string) bool {
	if entry[0] == n {
		return true
	}
	for _, a := range entry[2:] {
		if a == n {
			return true
		}
	}
	return false
}

// fallbackProtocols is used when /etc/protocols is missing.
var fallbackProtocols = [][]string{
	{"ip", "0", "IP"}, {"icmp", "1", "ICMP"}, {"tcp", "6", "TCP"},
	{"udp", "17", "UDP"}, {"ipv6", "41", "IPv6"}, {"ipv6-icmp", "58", "IPv6-ICMP"},
}

// readTable reads a netdb file: name, value, aliases per line, comments
// dropped.
func readTable(path string, fallback [][]string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return fallback
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if fields := strings.Fields(line); len(fields) >= 2 {
			out = append(out, fields)
		}
	}
	return out
}

// sockoptCall compiles setsockopt and getsockopt.
func (c *compiler) sockoptCall(x *parser.Call) scalarFn {
	need := 4
	if x.Name == "getsockopt" {
		need = 3
	}
	if len(x.Args) != need {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	h := c.handleArg(x.Args[0], false)
	level, opt := c.scalar(x.Args[1]), c.scalar(x.Args[2])
	var val scalarFn
	if need == 4 {
		val = c.scalar(x.Args[3])
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		l, o := int(level(fr).Int()), int(opt(fr).Int())
		if g == nil || g.IO == nil || !g.IO.Opened() {
			it.errno = int(unix.EBADF)
			return value.UndefValue()
		}
		if val == nil {
			b, err := g.IO.GetSockOpt(l, o)
			if err != nil {
				it.setErrno(err)
				return value.UndefValue()
			}
			return value.StrValue(string(b))
		}
		// A string is passed as bytes (pack("l", 1), pack("ii", ...)); a
		// number as a C int, as perl does.
		v := val(fr)
		var b []byte
		if v.Kind() == value.Str {
			b = []byte(v.String())
		} else {
			b = binary.LittleEndian.AppendUint32(nil, uint32(int32(v.Int())))
		}
		if err := g.IO.SetSockOpt(l, o, b); err != nil {
			it.setErrno(err)
			return value.UndefValue()
		}
		return value.IntValue(1)
	}
}
