use strict;
use warnings;
use IO::Socket;

# IO::Socket brings Socket's names and loads IO::Socket::INET and ::UNIX.
print "SOCK_STREAM=", SOCK_STREAM, " AF_INET=", AF_INET, " AF_UNIX=", AF_UNIX, "\n";
print "inet_aton length: ", length(inet_aton('127.0.0.1')), "\n";
my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1, Type => SOCK_STREAM)
    or die "INET: $@";
print "INET ", ref($s), " isa IO::Socket: ", ($s->isa('IO::Socket') ? 1 : 0), "\n";
my $d = IO::Socket->new(Domain => AF_INET, LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1)
    or die "Domain: $@";
print "Domain AF_INET gives ", ref($d), "\n";
my $port = $d->sockport;
my $c = IO::Socket->new(Domain => AF_INET, PeerAddr => "127.0.0.1:$port") or die "peer: $@";
my $a = $d->accept;
print "connected: ", ($c->peerport == $port ? 1 : 0), "\n";
print "done\n";
