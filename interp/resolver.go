package interp

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"net/netip"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// Name lookups are done here rather than with package net: importing net
// links the C library for its resolver, which costs every miniperl start a
// dynamic loader run (about 0.7 ms, half of perl's whole start-up). The
// lookups perl scripts make are /etc/hosts and plain DNS A/PTR queries.

// lookupIPv4 returns the IPv4 addresses of a host name (or a dotted quad):
// from /etc/hosts first, then from the name servers in /etc/resolv.conf.
func lookupIPv4(ctx context.Context, host string) [][4]byte {
	if a, err := netip.ParseAddr(host); err == nil {
		if a.Is4() {
			return [][4]byte{a.As4()}
		}
		return nil
	}
	if ips := hostsLookup(host); len(ips) > 0 {
		return ips
	}
	return dnsLookupA(ctx, host)
}

// lookupName returns the name of an IPv4 or IPv6 address from /etc/hosts,
// then by a PTR query.
func lookupName(ctx context.Context, addr netip.Addr) string {
	if name := hostsReverse(addr); name != "" {
		return name
	}
	return dnsLookupPTR(ctx, addr)
}

// hostsEntries reads /etc/hosts as (address, names) pairs.
func hostsEntries() []struct {
	addr  netip.Addr
	names []string
} {
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []struct {
		addr  netip.Addr
		names []string
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		a, err := netip.ParseAddr(fields[0])
		if err != nil {
			continue
		}
		out = append(out, struct {
			addr  netip.Addr
			names []string
		}{a.Unmap(), fields[1:]})
	}
	return out
}

func hostsLookup(host string) [][4]byte {
	var out [][4]byte
	for _, e := range hostsEntries() {
		for _, n := range e.names {
			if strings.EqualFold(n, host) && e.addr.Is4() {
				out = append(out, e.addr.As4())
			}
		}
	}
	return out
}

func hostsReverse(addr netip.Addr) string {
	for _, e := range hostsEntries() {
		if e.addr == addr.Unmap() {
			return e.names[0]
		}
	}
	return ""
}

// nameservers are the servers in /etc/resolv.conf, or the local one.
func nameservers() []netip.AddrPort {
	var out []netip.AddrPort
	if f, err := os.Open("/etc/resolv.conf"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[0] == "nameserver" {
				if a, err := netip.ParseAddr(fields[1]); err == nil && a.Is4() {
					out = append(out, netip.AddrPortFrom(a, 53))
				}
			}
		}
	}
	if len(out) == 0 {
		out = append(out, netip.MustParseAddrPort("127.0.0.1:53"))
	}
	return out
}

// DNS record types used here.
const (
	dnsTypeA    = 1
	dnsTypePTR  = 12
	dnsTypeAAAA = 28
)

func dnsLookupA(ctx context.Context, host string) [][4]byte {
	var out [][4]byte
	for _, rr := range dnsQuery(ctx, strings.TrimSuffix(host, "."), dnsTypeA) {
		if len(rr) == 4 {
			out = append(out, [4]byte(rr))
		}
	}
	return out
}

func dnsLookupAAAA(ctx context.Context, host string) [][16]byte {
	var out [][16]byte
	for _, rr := range dnsQuery(ctx, strings.TrimSuffix(host, "."), dnsTypeAAAA) {
		if len(rr) == 16 {
			out = append(out, [16]byte(rr))
		}
	}
	return out
}

func dnsLookupPTR(ctx context.Context, addr netip.Addr) string {
	if !addr.Is4() {
		return ""
	}
	b := addr.As4()
	name := itoa(int(b[3])) + "." + itoa(int(b[2])) + "." + itoa(int(b[1])) + "." + itoa(int(b[0])) + ".in-addr.arpa"
	for _, rr := range dnsQuery(ctx, name, dnsTypePTR) {
		if n := rr; len(n) > 0 {
			return strings.TrimSuffix(string(n), ".")
		}
	}
	return ""
}

// dnsQuery asks each name server in turn (UDP, 2 s each at most) and
// returns the answers' data of the wanted type; PTR names are decoded.
func dnsQuery(ctx context.Context, name string, qtype uint16) [][]byte {
	q := buildQuery(name, qtype)
	if q == nil {
		return nil
	}
	for _, ns := range nameservers() {
		resp, err := udpExchange(ctx, ns, q)
		if err != nil {
			continue
		}
		if answers, ok := parseAnswers(resp, q[:2], qtype); ok {
			return answers
		}
	}
	return nil
}

// buildQuery makes a DNS query message with recursion desired.
func buildQuery(name string, qtype uint16) []byte {
	id := uint16(time.Now().UnixNano())
	msg := []byte{byte(id >> 8), byte(id), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0}
	for _, label := range strings.Split(name, ".") {
		if len(label) == 0 || len(label) > 63 {
			return nil
		}
		msg = append(msg, byte(len(label)))
		msg = append(msg, label...)
	}
	msg = append(msg, 0, byte(qtype>>8), byte(qtype), 0, 1)
	return msg
}

// udpExchange sends a query and waits for the answer.
func udpExchange(ctx context.Context, ns netip.AddrPort, q []byte) ([]byte, error) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer unix.Close(fd)
	deadline := time.Now().Add(2 * time.Second)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	tv := unix.NsecToTimeval(time.Until(deadline).Nanoseconds())
	if err := unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv); err != nil {
		return nil, err
	}
	if err := unix.Sendto(fd, q, 0, &unix.SockaddrInet4{Port: int(ns.Port()), Addr: ns.Addr().As4()}); err != nil {
		return nil, err
	}
	buf := make([]byte, 1500)
	for {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		n, _, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			return nil, err
		}
		if n >= 12 && buf[0] == q[0] && buf[1] == q[1] {
			return buf[:n], nil
		}
	}
}

var errBadDNS = errors.New("malformed DNS message")

// parseAnswers returns the answer records of type qtype; ok is false for a
// malformed message or a server failure.
func parseAnswers(msg, id []byte, qtype uint16) ([][]byte, bool) {
	if len(msg) < 12 || msg[0] != id[0] || msg[1] != id[1] || msg[3]&0x0f != 0 && msg[3]&0x0f != 3 {
		return nil, false
	}
	qd, an := binary.BigEndian.Uint16(msg[4:]), binary.BigEndian.Uint16(msg[6:])
	off := 12
	for i := 0; i < int(qd); i++ {
		_, n, err := readName(msg, off)
		if err != nil || n+4 > len(msg) {
			return nil, false
		}
		off = n + 4
	}
	var out [][]byte
	for i := 0; i < int(an); i++ {
		_, n, err := readName(msg, off)
		if err != nil || n+10 > len(msg) {
			return out, len(out) > 0
		}
		typ := binary.BigEndian.Uint16(msg[n:])
		rdlen := int(binary.BigEndian.Uint16(msg[n+8:]))
		data := n + 10
		if data+rdlen > len(msg) {
			return out, len(out) > 0
		}
		if typ == qtype {
			if typ == dnsTypePTR {
				name, _, err := readName(msg, data)
				if err == nil {
					out = append(out, []byte(name))
				}
			} else {
				out = append(out, msg[data:data+rdlen])
			}
		}
		off = data + rdlen
	}
	return out, true
}

// readName decodes a (possibly compressed) name at off and returns it and
// the offset after it in the message.
func readName(msg []byte, off int) (string, int, error) {
	var labels []string
	end := -1
	for jumps := 0; jumps < 32; {
		if off >= len(msg) {
			return "", 0, errBadDNS
		}
		l := int(msg[off])
		switch {
		case l == 0:
			if end < 0 {
				end = off + 1
			}
			return strings.Join(labels, "."), end, nil
		case l&0xc0 == 0xc0:
			if off+1 >= len(msg) {
				return "", 0, errBadDNS
			}
			if end < 0 {
				end = off + 2
			}
			off = int(binary.BigEndian.Uint16(msg[off:]) & 0x3fff)
			jumps++
		default:
			if off+1+l > len(msg) {
				return "", 0, errBadDNS
			}
			labels = append(labels, string(msg[off+1:off+1+l]))
			off += 1 + l
		}
	}
	return "", 0, errBadDNS
}
