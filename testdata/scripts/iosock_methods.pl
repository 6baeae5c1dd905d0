use strict;
use warnings;
use IO::Socket::INET;
use IO::Socket;
use Socket qw(AF_INET AF_UNIX SOCK_STREAM IPPROTO_TCP PF_UNSPEC pack_sockaddr_in inet_aton);

my $server = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 5) or die $@;
my $port = $server->sockport;

my $s = IO::Socket::INET->new;
print "unopened: ", ($s->opened ? 1 : 0), " ref ", ref($s), "\n";
$s->socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) or die "socket: $!";
print "opened: ", ($s->opened ? 1 : 0), "\n";
$s->connect(pack_sockaddr_in($port, inet_aton('127.0.0.1'))) or die "connect: $@";
my $c = $server->accept;
print "connected via methods: ", ($s->peerport == $port ? 1 : 0), "\n";
$s->send("abc");
$c->recv(my $got, 10);
print "recv: $got\n";

my ($x, $y) = IO::Socket->socketpair(AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "pair: $!";
print $x "over the pair\n";
print "pair: ", scalar <$y>;
print "pair ref: ", ref($x), "\n";

my $b = IO::Socket::INET->new(Proto => 'tcp');
print "proto only: ", (defined $b ? ref $b : "undef"), "\n";
my $l = IO::Socket::INET->new;
$l->socket(AF_INET, SOCK_STREAM, 0);
$l->bind(pack_sockaddr_in(0, inet_aton('127.0.0.1'))) or die "bind: $!";
$l->listen or die "listen: $!";
print "bound and listening: ", ($l->sockport > 0 ? 1 : 0), " ", $l->sockhost, "\n";
print "done\n";
