# Socket::getnameinfo: ($err, $host, $service) for IPv4, IPv6 and Unix
# addresses, with the NI_* and NIx_* flags.
use strict;
use warnings;
use Socket qw(:addrinfo :DEFAULT inet_pton);

sub show {
    my ($label, @r) = @_;
    printf "%s: %s (%d)\n", $label, join("|", map { defined $_ ? $_ : 'undef' } @r), $r[0] + 0;
}

my $lo = pack_sockaddr_in(22, inet_aton("127.0.0.1"));
show("v4", getnameinfo($lo));
show("v4 numeric host", getnameinfo($lo, NI_NUMERICHOST));
show("v4 numeric serv", getnameinfo($lo, NI_NUMERICSERV));
show("v4 namereqd", getnameinfo($lo, NI_NAMEREQD));
show("v4 nohost", getnameinfo($lo, 0, NIx_NOHOST));
show("v4 noserv", getnameinfo($lo, 0, NIx_NOSERV));
show("v4 both", getnameinfo($lo, NI_NUMERICHOST | NI_NUMERICSERV, NIx_NOHOST | NIx_NOSERV));
show("dgram", getnameinfo(pack_sockaddr_in(53, inet_aton("127.0.0.1")), NI_DGRAM | NI_NUMERICHOST));
show("stream 53", getnameinfo(pack_sockaddr_in(53, inet_aton("127.0.0.1")), NI_NUMERICHOST));
show("unknown port", getnameinfo(pack_sockaddr_in(1, inet_aton("127.0.0.1")), NI_NUMERICHOST));
show("doc addr", getnameinfo(pack_sockaddr_in(5, inet_aton("192.0.2.77")), NI_NUMERICHOST));
my $v6 = pack_sockaddr_in6(80, inet_pton(AF_INET6, "::1"));
show("v6", getnameinfo($v6, NI_NUMERICHOST));
show("v6 serv", getnameinfo($v6, NI_NUMERICHOST | NI_NUMERICSERV));
show("v6 scoped", getnameinfo(pack_sockaddr_in6(80, inet_pton(AF_INET6, "fe80::1"), 1), NI_NUMERICHOST));
show("v6 global scope", getnameinfo(pack_sockaddr_in6(80, inet_pton(AF_INET6, "2001:db8::5"), 3), NI_NUMERICHOST));
show("unix", getnameinfo(pack_sockaddr_un("/tmp/some.sock"), NI_NUMERICHOST));
show("unix noserv", getnameinfo(pack_sockaddr_un("/tmp/some.sock"), NI_NUMERICHOST, NIx_NOSERV));
show("short", getnameinfo("abc"));
show("truncated v4", getnameinfo(substr($lo, 0, 10)));
show("bad flags", getnameinfo($lo, 0x1000));
show("one byte", getnameinfo("a"));

for my $bad (sub { getnameinfo() }, sub { getnameinfo(undef) }, sub { getnameinfo(5) }, sub { getnameinfo($lo, 0, 0, 0) }) {
    eval { $bad->() };
    print "died: $@";
}
