# Socket::getaddrinfo: perl's return conventions and glibc's answers for
# numeric hosts, "localhost" from /etc/hosts and no host at all.
use strict;
use warnings;
use Socket qw(:addrinfo :DEFAULT IPPROTO_UDP);

sub show {
    my ($label, $err, @res) = @_;
    printf "%s: err=%d [%s] results=%d\n", $label, $err, $err, scalar @res;
    for my $r (@res) {
        my ($e, $host, $port) = getnameinfo($r->{addr}, NI_NUMERICHOST | NI_NUMERICSERV);
        printf "  family=%d socktype=%d protocol=%d addr=%s port=%s len=%d canonname=%s\n",
            $r->{family}, $r->{socktype}, $r->{protocol}, $host, $port,
            length $r->{addr}, defined $r->{canonname} ? $r->{canonname} : 'undef';
    }
}

show("v4 numeric", getaddrinfo("127.0.0.1", "80"));
show("v4 stream", getaddrinfo("127.0.0.1", "80", { socktype => SOCK_STREAM }));
show("named service", getaddrinfo("127.0.0.1", "http", { socktype => SOCK_STREAM }));
show("service udp", getaddrinfo("127.0.0.1", "domain", { socktype => SOCK_DGRAM }));
show("localhost", getaddrinfo("localhost", "http", { socktype => SOCK_STREAM, family => AF_INET }));
show("canonname", getaddrinfo("localhost", undef, { flags => AI_CANONNAME, family => AF_INET }));
show("canon numeric", getaddrinfo("127.0.0.1", "", { flags => AI_CANONNAME }));
show("passive", getaddrinfo(undef, "8080", { flags => AI_PASSIVE, socktype => SOCK_STREAM }));
show("passive v4", getaddrinfo(undef, "8080", { flags => AI_PASSIVE, socktype => SOCK_STREAM, family => AF_INET }));
show("no host", getaddrinfo(undef, "8080", { socktype => SOCK_STREAM }));
show("v6 loopback", getaddrinfo("::1", "80", { socktype => SOCK_STREAM }));
show("v6 scoped", getaddrinfo("fe80::1%lo", "80", { socktype => SOCK_DGRAM }));
show("short v4", getaddrinfo("127.1", "80", { socktype => SOCK_STREAM }));
show("v4 as v6", getaddrinfo("127.0.0.1", "80", { socktype => SOCK_STREAM, family => AF_INET6 }));
show("v4 mapped", getaddrinfo("127.0.0.1", "80", { socktype => SOCK_STREAM, family => AF_INET6, flags => AI_V4MAPPED }));
show("v6 as v4", getaddrinfo("::1", "80", { socktype => SOCK_STREAM, family => AF_INET }));
show("numerichost", getaddrinfo("localhost", "80", { flags => AI_NUMERICHOST }));
show("numericserv", getaddrinfo("127.0.0.1", "http", { flags => AI_NUMERICSERV }));
show("bad service", getaddrinfo("127.0.0.1", "no-such-service"));
show("raw service", getaddrinfo("127.0.0.1", "80", { socktype => SOCK_RAW }));
show("nothing", getaddrinfo(undef, undef));
show("empty", getaddrinfo("", ""));
show("bad family", getaddrinfo("127.0.0.1", "80", { family => 99 }));
show("bad socktype", getaddrinfo("127.0.0.1", "80", { socktype => 99 }));
show("bad protocol", getaddrinfo("127.0.0.1", "80", { socktype => SOCK_STREAM, protocol => IPPROTO_UDP }));
show("protocol only", getaddrinfo("127.0.0.1", "80", { protocol => IPPROTO_UDP }));
show("bad flags", getaddrinfo("127.0.0.1", "80", { flags => 0x10000 }));
show("canon no host", getaddrinfo(undef, "80", { flags => AI_CANONNAME }));
show("big port", getaddrinfo("127.0.0.1", "70000", { socktype => SOCK_DGRAM }));
show("spaced port", getaddrinfo("127.0.0.1", " 80", { socktype => SOCK_STREAM }));
show("undef hints", getaddrinfo("127.0.0.1", "80", undef));

# The error is a dual value: a number and gai_strerror's text.
my ($err) = getaddrinfo("127.0.0.1", "no-such-service");
print "numeric ", $err + 0, ", is EAI_SERVICE: ", ($err == EAI_SERVICE ? "yes" : "no"), "\n";
($err) = getaddrinfo("127.0.0.1", "80");
print "success: '", $err, "' ", $err + 0, " ", ($err ? "true" : "false"), "\n";

# In scalar context the last value comes back.
my $last = getaddrinfo("127.0.0.1", "80", { socktype => SOCK_STREAM });
print "scalar: ", ref $last, "\n";
my $n = () = getaddrinfo("127.0.0.1", "80");
print "count: $n\n";

# The result connects: a listener found through getaddrinfo, then a client.
my ($e, $ai) = getaddrinfo("127.0.0.1", "0", { socktype => SOCK_STREAM, flags => AI_PASSIVE });
socket(my $l, $ai->{family}, $ai->{socktype}, $ai->{protocol}) or die "socket: $!";
bind($l, $ai->{addr}) or die "bind: $!";
listen($l, 5) or die "listen: $!";
my ($port) = unpack_sockaddr_in(getsockname($l));
my ($e2, $cai) = getaddrinfo("localhost", $port, { socktype => SOCK_STREAM, family => AF_INET });
socket(my $c, $cai->{family}, $cai->{socktype}, $cai->{protocol}) or die "socket: $!";
connect($c, $cai->{addr}) or die "connect: $!";
accept(my $s, $l) or die "accept: $!";
syswrite($c, "ping\n");
my $line = <$s>;
print "server got: $line";

for my $bad (sub { getaddrinfo("a", "b", []) }, sub { getaddrinfo("a", "b", {}, 1) }, sub { getaddrinfo("a", "b", "str") }) {
    eval { $bad->() };
    print "died: $@";
}
