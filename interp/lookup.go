package interp

import (
	"context"
	"errors"
	"net/netip"
	"strings"
)

// Resolver answers a run's host name lookups: gethostbyname,
// gethostbyaddr, inet_aton of a name, Socket's getaddrinfo and getnameinfo,
// and the host names given to IO::Socket. Numeric addresses never reach it.
// An embedder sets Config.Resolver to supply its own names or to forbid
// lookups (see DenyLookups); nil means the built-in resolver, which reads
// /etc/hosts and then asks the name servers of /etc/resolv.conf.
type Resolver interface {
	// LookupHost returns the IPv4 and IPv6 addresses of host. An unknown
	// name is ErrNoSuchHost (or no addresses); any other error is a
	// failure of the lookup itself.
	LookupHost(ctx context.Context, host string) ([]netip.Addr, error)
	// LookupAddr returns the names of addr, the canonical one first.
	LookupAddr(ctx context.Context, addr netip.Addr) ([]string, error)
}

// CanonicalNamer is implemented by a Resolver that knows the canonical
// name of a host (getaddrinfo's AI_CANONNAME); without it the name asked
// for is its own canonical name.
type CanonicalNamer interface {
	CanonicalName(ctx context.Context, host string) (string, error)
}

// ErrNoSuchHost is what a Resolver returns for a name or address it does
// not know. getaddrinfo reports it as EAI_NONAME ("Name or service not
// known"); any other error as EAI_FAIL ("Non-recoverable failure in name
// resolution").
var ErrNoSuchHost = errors.New("no such host")

// ErrLookupDenied is the error DenyLookups returns.
var ErrLookupDenied = errors.New("name lookups are not allowed")

// DenyLookups is a Resolver that refuses every lookup: a script sees
// gethostbyname return undef and getaddrinfo fail with EAI_FAIL, while
// numeric addresses keep working.
var DenyLookups Resolver = denyResolver{}

type denyResolver struct{}

func (denyResolver) LookupHost(context.Context, string) ([]netip.Addr, error) {
	return nil, ErrLookupDenied
}

func (denyResolver) LookupAddr(context.Context, netip.Addr) ([]string, error) {
	return nil, ErrLookupDenied
}

// SystemResolver returns the built-in resolver (/etc/hosts, then DNS over
// UDP), for an embedder that wants to wrap it.
func SystemResolver() Resolver { return systemResolver{} }

type systemResolver struct{}

// LookupHost reads /etc/hosts, then asks DNS for A and AAAA records.
func (systemResolver) LookupHost(ctx context.Context, host string) ([]netip.Addr, error) {
	if ips := hostsLookupAll(host); len(ips) > 0 {
		return ips, nil
	}
	var out []netip.Addr
	for _, ip := range dnsLookupA(ctx, host) {
		out = append(out, netip.AddrFrom4(ip))
	}
	for _, ip := range dnsLookupAAAA(ctx, host) {
		out = append(out, netip.AddrFrom16(ip))
	}
	if len(out) == 0 {
		return nil, ErrNoSuchHost
	}
	return out, nil
}

// LookupAddr reads /etc/hosts, then asks DNS for a PTR record.
func (systemResolver) LookupAddr(ctx context.Context, addr netip.Addr) ([]string, error) {
	if name := lookupName(ctx, addr); name != "" {
		return []string{name}, nil
	}
	return nil, ErrNoSuchHost
}

// CanonicalName is the first name of the /etc/hosts line naming host.
func (systemResolver) CanonicalName(_ context.Context, host string) (string, error) {
	for _, e := range hostsEntries() {
		for _, n := range e.names {
			if strings.EqualFold(n, host) {
				return e.names[0], nil
			}
		}
	}
	return host, nil
}

// hostsLookupAll returns every address /etc/hosts gives host, in file
// order.
func hostsLookupAll(host string) []netip.Addr {
	var out []netip.Addr
	for _, e := range hostsEntries() {
		for _, n := range e.names {
			if strings.EqualFold(n, host) {
				out = append(out, e.addr)
				break
			}
		}
	}
	return out
}

// resolver is the run's Resolver.
func (it *Interp) resolver() Resolver {
	if it.cfg.Resolver != nil {
		return it.cfg.Resolver
	}
	return systemResolver{}
}

// lookupHost resolves a name or numeric address for the run. Numeric
// addresses are answered here, without the resolver.
func (it *Interp) lookupHost(host string) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a}, nil
	}
	if host == "" {
		return nil, ErrNoSuchHost
	}
	ips, err := it.resolver().LookupHost(it.lookupCtx(), host)
	if err == nil && len(ips) == 0 {
		err = ErrNoSuchHost
	}
	return ips, err
}

// lookupIPv4 returns host's IPv4 addresses through the run's resolver.
func (it *Interp) lookupIPv4(host string) [][4]byte {
	ips, _ := it.lookupHost(host)
	var out [][4]byte
	for _, ip := range ips {
		if ip = ip.Unmap(); ip.Is4() {
			out = append(out, ip.As4())
		}
	}
	return out
}

// lookupAddrName returns the canonical name of addr, "" when there is
// none or lookups fail.
func (it *Interp) lookupAddrName(addr netip.Addr) string {
	names, err := it.resolver().LookupAddr(it.lookupCtx(), addr)
	if err != nil || len(names) == 0 {
		return ""
	}
	return names[0]
}

// lookupCtx bounds a lookup by the run's context.
func (it *Interp) lookupCtx() context.Context {
	if it.ctx != nil {
		return it.ctx
	}
	return context.Background()
}

// resolverContext bounds a name lookup by the run's context. Lookups that
// should honour Config.Resolver go through the Interp's lookup methods
// instead of passing this to the built-in resolver's functions.
func resolverContext(fr *frame) context.Context {
	if fr != nil && fr.it != nil {
		return fr.it.lookupCtx()
	}
	return context.Background()
}
