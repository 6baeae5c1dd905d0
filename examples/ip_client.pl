#!/usr/bin/perl
# ip_client.pl - client for ip_server.pl: connects with IO::Socket::IP to
# "host:port" ("[::1]:port" for IPv6), sends each line of its input and
# prints each answer, then says "bye".
#
# Usage: perl ip_client.pl HOST PORT < lines
use strict;
use warnings;
use IO::Socket::IP;

my ($host, $port) = @ARGV;
die "usage: $0 HOST PORT\n" unless defined $port;
my $addr = $host =~ /:/ ? "[$host]:$port" : "$host:$port";
my $sock = IO::Socket::IP->new(PeerAddr => $addr)
    or die "Can't connect to $addr: $@\n";
print "connected to ", $sock->peerhost, "\n";
print scalar <$sock>;
while (my $line = <STDIN>) {
    print $sock $line;
    my $reply = <$sock>;
    last unless defined $reply;
    print $reply;
}
print $sock "bye\n";
close $sock;
