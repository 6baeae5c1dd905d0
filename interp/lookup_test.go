package interp

import (
	"bytes"
	"context"
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeResolver knows a few names and records what it was asked.
type fakeResolver struct {
	mu    sync.Mutex
	hosts map[string][]netip.Addr
	names map[netip.Addr]string
	asked []string
}

func (f *fakeResolver) LookupHost(_ context.Context, host string) ([]netip.Addr, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, host)
	if a, ok := f.hosts[host]; ok {
		return a, nil
	}
	return nil, ErrNoSuchHost
}

func (f *fakeResolver) LookupAddr(_ context.Context, addr netip.Addr) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, addr.String())
	if n, ok := f.names[addr]; ok {
		return []string{n}, nil
	}
	return nil, ErrNoSuchHost
}

// runLookupScript runs src with a resolver and returns its output.
func runLookupScript(t *testing.T, src string, r Resolver) string {
	t.Helper()
	prog, err := Compile("lookup.pl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if status := New(prog, Config{Stdout: &out, Stderr: &out, Resolver: r}).Run(ctx); status != 0 {
		t.Fatalf("status %d, output:\n%s", status, out.String())
	}
	return out.String()
}

// lookupScript makes every kind of lookup a script can make, of a fake
// name, "localhost" and a numeric address.
const lookupScript = `use strict; use warnings;
use Socket qw(:addrinfo inet_aton inet_ntoa AF_INET SOCK_STREAM pack_sockaddr_in);
use IO::Socket::INET;
for my $h ("db.internal", "localhost", "127.0.0.1") {
    my $a = gethostbyname($h);
    print "gethostbyname $h: ", (defined $a ? inet_ntoa($a) : "undef"), "\n";
    my $n = inet_aton($h);
    print "inet_aton $h: ", (defined $n ? inet_ntoa($n) : "undef"), "\n";
    my ($err, @res) = getaddrinfo($h, "80", { socktype => SOCK_STREAM });
    print "getaddrinfo $h: ", ($err ? sprintf("%d %s", $err, $err) : join(",", map {
        (getnameinfo($_->{addr}, NI_NUMERICHOST))[1] } @res)), "\n";
}
my $name = gethostbyaddr(inet_aton("10.1.2.3"), AF_INET);
print "gethostbyaddr: ", (defined $name ? $name : "undef"), "\n";
my ($err, $host) = getnameinfo(pack_sockaddr_in(80, inet_aton("10.1.2.3")), NI_NAMEREQD);
print "getnameinfo: ", ($err ? "$err" : $host), "\n";
my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 1) or die "listen: $@";
my $c = IO::Socket::INET->new(PeerAddr => "db.internal", PeerPort => $l->sockport, Timeout => 5);
print "IO::Socket::INET db.internal: ", ($c ? "connected to " . $c->peerhost : "failed"), "\n";
`

// TestResolverSupplied: an embedder's resolver maps a made-up name to the
// loopback for every kind of lookup, IO::Socket::INET included.
func TestResolverSupplied(t *testing.T) {
	r := &fakeResolver{
		hosts: map[string][]netip.Addr{
			"db.internal": {netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::1")},
		},
		names: map[netip.Addr]string{netip.MustParseAddr("10.1.2.3"): "ten.internal"},
	}
	got := runLookupScript(t, lookupScript, r)
	want := `gethostbyname db.internal: 127.0.0.1
inet_aton db.internal: 127.0.0.1
getaddrinfo db.internal: 127.0.0.1,::1
gethostbyname localhost: undef
inet_aton localhost: undef
getaddrinfo localhost: -2 Name or service not known
gethostbyname 127.0.0.1: 127.0.0.1
inet_aton 127.0.0.1: 127.0.0.1
getaddrinfo 127.0.0.1: 127.0.0.1
gethostbyaddr: ten.internal
getnameinfo: ten.internal
IO::Socket::INET db.internal: connected to 127.0.0.1
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	// The supplied resolver replaces /etc/hosts: localhost was asked of
	// it, and numeric addresses never were.
	for _, a := range r.asked {
		if a == "127.0.0.1" {
			t.Errorf("the resolver was asked about a numeric address: %q", r.asked)
		}
	}
	if !askedFor(r.asked, "localhost") {
		t.Errorf("localhost was not asked of the supplied resolver: %q", r.asked)
	}
}

// TestResolverDenied: DenyLookups fails every name lookup the way perl's
// calls fail (undef, EAI_FAIL), while numeric addresses still work.
func TestResolverDenied(t *testing.T) {
	got := runLookupScript(t, lookupScript, DenyLookups)
	want := `gethostbyname db.internal: undef
inet_aton db.internal: undef
getaddrinfo db.internal: -4 Non-recoverable failure in name resolution
gethostbyname localhost: undef
inet_aton localhost: undef
getaddrinfo localhost: -4 Non-recoverable failure in name resolution
gethostbyname 127.0.0.1: 127.0.0.1
inet_aton 127.0.0.1: 127.0.0.1
getaddrinfo 127.0.0.1: 127.0.0.1
gethostbyaddr: undef
getnameinfo: Name or service not known
IO::Socket::INET db.internal: failed
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

func askedFor(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
