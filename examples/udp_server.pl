#!/usr/bin/perl
# udp_server.pl - a UDP echo server: every datagram is answered, to the
# address it came from, with "echo: " and the text in upper case. A
# datagram holding just "quit" is answered "bye" and counts as the end of
# one client.
#
# Usage: perl udp_server.pl [PORT [CLIENTS]]
#   PORT     the port to bind on 127.0.0.1 (default 0: any free port)
#   CLIENTS  stop after this many clients have said quit (default 1)
use strict;
use warnings;
use Socket qw(PF_INET SOCK_DGRAM IPPROTO_UDP INADDR_LOOPBACK
              pack_sockaddr_in unpack_sockaddr_in inet_ntoa);

my ($port, $clients) = @ARGV;
$port    ||= 0;
$clients ||= 1;
$| = 1;

socket(my $sock, PF_INET, SOCK_DGRAM, IPPROTO_UDP) or die "socket: $!\n";
bind($sock, pack_sockaddr_in($port, INADDR_LOOPBACK)) or die "bind: $!\n";
my ($bound) = unpack_sockaddr_in(getsockname($sock));
print "udp server on port $bound\n";

my ($datagrams, $done) = (0, 0);
while ($done < $clients) {
    # recv returns the sender's packed address: the reply goes there.
    my $peer = recv($sock, my $buf, 1500, 0);
    die "recv: $!\n" unless defined $peer;
    my ($peer_port, $peer_addr) = unpack_sockaddr_in($peer);
    $datagrams++;
    printf "datagram %d: %d bytes from %s\n", $datagrams, length $buf, inet_ntoa($peer_addr);
    my $reply;
    if ($buf eq "quit") {
        $reply = "bye";
        $done++;
    } else {
        $reply = "echo: " . uc $buf;
    }
    defined send($sock, $reply, 0, $peer) or die "send: $!\n";
}
close($sock);
print "served $datagrams datagram(s) from $done client(s)\n";
