# Socket's constants, export tags and address packing beyond IPv4.
use strict;
use warnings;
use Socket qw(:DEFAULT :crlf :addrinfo inet_pton inet_ntop IPPROTO_TCP IPPROTO_UDP
    IPPROTO_IPV6 IPV6_V6ONLY TCP_NODELAY SOCK_NONBLOCK SOCK_CLOEXEC IN6ADDR_ANY IN6ADDR_LOOPBACK);

print "AF: ", join(" ", AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6), "\n";
print "PF: ", join(" ", PF_UNSPEC, PF_UNIX, PF_INET, PF_INET6), "\n";
print "SOCK: ", join(" ", SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, SOCK_NONBLOCK, SOCK_CLOEXEC), "\n";
print "SO: ", join(" ", SOL_SOCKET, SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, SO_LINGER, SO_RCVBUF,
    SO_SNDBUF, SO_RCVTIMEO, SO_SNDTIMEO, SO_ERROR, SO_TYPE, SO_BROADCAST), "\n";
print "MSG: ", join(" ", MSG_OOB, MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_NOSIGNAL), "\n";
print "SHUT: ", join(" ", SHUT_RD, SHUT_WR, SHUT_RDWR), " SOMAXCONN>0: ", (SOMAXCONN > 0 ? 1 : 0), "\n";
print "IPPROTO: ", join(" ", IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, IPV6_V6ONLY, TCP_NODELAY), "\n";
print "AI: ", join(" ", AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, AI_ADDRCONFIG, AI_V4MAPPED, AI_ALL), "\n";
print "NI: ", join(" ", NI_NUMERICHOST, NI_NUMERICSERV, NI_NAMEREQD, NI_DGRAM, NI_NOFQDN, NIx_NOHOST, NIx_NOSERV), "\n";
print "EAI: ", join(" ", EAI_BADFLAGS, EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_FAMILY, EAI_SOCKTYPE,
    EAI_SERVICE, EAI_ADDRFAMILY, EAI_NODATA, EAI_SYSTEM), "\n";
print "crlf: ", unpack("H*", CRLF), " ", unpack("H*", $CRLF), " ", unpack("H*", CR . LF), " ", unpack("H*", $CR . $LF), "\n";
print "INADDR: ", join(" ", map { inet_ntoa($_) } INADDR_ANY, INADDR_LOOPBACK, INADDR_NONE, INADDR_BROADCAST), "\n";
print "IN6ADDR: ", inet_ntop(AF_INET6, IN6ADDR_ANY), " ", inet_ntop(AF_INET6, IN6ADDR_LOOPBACK), "\n";

# A constant the platform lacks dies when called.
eval { my $x = Socket::AF_802() }; print "AF_802: $@";
eval { my $x = Socket::MSG_EOF() }; print "MSG_EOF: $@";

# inet_pton / inet_ntop for both families.
for my $a ("::1", "::", "fe80::1", "2001:db8::1:0:0:1", "2001:db8:0:0:1:0:0:1", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "::2:3:4:5:6:7:8") {
    my $p = inet_pton(AF_INET6, $a);
    printf "%-22s %s %s\n", $a, unpack("H*", $p), inet_ntop(AF_INET6, $p);
}
for my $a ("not an address", "1:2:3:4:5:6:7:8:9", "127.0.0.1", "::1::2") {
    print "$a: ", (defined inet_pton(AF_INET6, $a) ? "parsed" : "undef"), "\n";
}
print "v4: ", unpack("H*", inet_pton(AF_INET, "192.0.2.1")), " ", inet_ntop(AF_INET, "\xc0\x00\x02\x01"), "\n";
print "v4 bad: ", (defined inet_pton(AF_INET, "::1") ? "parsed" : "undef"), "\n";
eval { inet_ntop(AF_INET6, "abc") }; print "ntop short: $@";
eval { inet_ntop(AF_INET, "abcde") }; print "ntop long: $@";
eval { inet_pton(99, "1.2.3.4") }; print "pton family: $@";

# sockaddr_in6 packs and unpacks with scope and flow info.
my $sa6 = pack_sockaddr_in6(8080, inet_pton(AF_INET6, "fe80::1"), 2, 7);
print "in6: ", length($sa6), " ", unpack("H*", $sa6), " family ", sockaddr_family($sa6), "\n";
my ($port, $addr, $scope, $flow) = unpack_sockaddr_in6($sa6);
print "unpacked: $port ", inet_ntop(AF_INET6, $addr), " $scope $flow\n";
my $addr_only = unpack_sockaddr_in6($sa6);
print "scalar unpack: ", inet_ntop(AF_INET6, $addr_only), "\n";
my ($p2, $a2) = sockaddr_in6(pack_sockaddr_in6(443, IN6ADDR_LOOPBACK));
print "sockaddr_in6: $p2 ", inet_ntop(AF_INET6, $a2), "\n";
eval { unpack_sockaddr_in6("short") }; print "in6 short: $@";
eval { pack_sockaddr_in6(1, "abc") }; print "in6 addr: $@";

# sockaddr_un, including an abstract name.
my $un = pack_sockaddr_un("/tmp/net_socket_consts.sock");
print "un: ", length($un), " family ", sockaddr_family($un), " path ", unpack_sockaddr_un($un), "\n";
my $abstract = pack_sockaddr_un("\0hidden");
print "abstract: ", length($abstract), " ", unpack("H*", substr(unpack_sockaddr_un($abstract), 0, 7)), "\n";
eval { unpack_sockaddr_un(pack_sockaddr_in(1, INADDR_ANY)) }; print "un family: $@";
print "family in: ", sockaddr_family(pack_sockaddr_in(1, INADDR_ANY)), "\n";
eval { sockaddr_family("x") }; print "family short: $@";
eval { unpack_sockaddr_in($sa6) }; print "in of in6: $@";
