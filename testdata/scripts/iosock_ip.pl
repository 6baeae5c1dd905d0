use strict;
use warnings;
use IO::Socket::IP;
use Socket qw(AF_INET SOCK_STREAM IPPROTO_TCP SOL_SOCKET SO_REUSEADDR SO_KEEPALIVE);

my $server = IO::Socket::IP->new(LocalHost => '127.0.0.1', LocalService => 0, Listen => 5, ReuseAddr => 1)
    or die "listen: $@";
my $port = $server->sockport;
print "server ref: ", ref($server), " isa INET-like: ", ($server->isa('IO::Socket') ? 1 : 0), "\n";
print "sockhost: ", $server->sockhost, " family ok: ", ($server->sockdomain == AF_INET ? 1 : 0), "\n";
print "socktype stream: ", ($server->socktype == SOCK_STREAM ? 1 : 0), " protocol tcp: ", ($server->protocol == IPPROTO_TCP ? 1 : 0), "\n";
print "reuseaddr: ", ($server->sockopt(SO_REUSEADDR) ? 1 : 0), "\n";

my $client = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerService => $port) or die "connect: $@";
my $conn = $server->accept or die "accept: $!";
print "peer: ", $client->peerhost, " port matches: ", ($client->peerport == $port ? 1 : 0), "\n";
print "conn peer is client: ", ($conn->peerport == $client->sockport ? 1 : 0), " ", $conn->peerhost, "\n";
print "peeraddr length: ", length($client->peeraddr), "\n";
print "sockaddr length: ", length($server->sockaddr), "\n";

$client->setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);
print "keepalive: ", ($client->getsockopt(SOL_SOCKET, SO_KEEPALIVE) ? 1 : 0), "\n";

print $client "ping\n";
my $got = <$conn>;
print "server got: $got";
$conn->print("pong\n");
print "client got: ", scalar <$client>;

my $c2 = IO::Socket::IP->new(PeerAddr => "127.0.0.1:$port") or die "addr form: $@";
my $a2 = $server->accept;
print "host:port form connected: ", ($c2->connected ? 1 : 0), "\n";
my $c3 = IO::Socket::IP->new("127.0.0.1:$port") or die "one arg: $@";
my $a3 = $server->accept;
print "one-argument form: ", $c3->peerport == $port ? "ok" : "bad", "\n";

my $to = IO::Socket::IP->new(LocalHost => '127.0.0.1', LocalPort => 0, Listen => 1, Timeout => 0.2) or die;
print "timeout: ", $to->timeout, "\n";
my $none = $to->accept;
print "accept with timeout: ", (defined $none ? "got one" : "undef"), " \$\@=$@\n";

$_->close for $client, $conn, $c2, $a2, $c3, $a3, $to;
my $refused = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $port, Timeout => 2);
print "after close: ", ($refused ? "connected" : "refused"), " \$\@=$@\n" if 0;
$server->close;
my $gone = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $port);
print "closed server: ", (defined $gone ? "connected" : "undef"), " \$\@=$@\n";
print "done\n";
