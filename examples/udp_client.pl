#!/usr/bin/perl
# udp_client.pl - sends each line of standard input as one datagram to the
# UDP echo server and prints the reply, then sends "quit". Each reply is
# awaited for at most 5 seconds.
#
# Usage: perl udp_client.pl PORT [HOST]
use strict;
use warnings;
use Socket qw(PF_INET SOCK_DGRAM IPPROTO_UDP inet_aton inet_ntoa
              pack_sockaddr_in unpack_sockaddr_in);

my ($port, $host) = @ARGV;
die "usage: $0 PORT [HOST]\n" unless $port;
$host ||= "127.0.0.1";
my $addr = inet_aton($host) or die "unknown host $host\n";
my $server = pack_sockaddr_in($port, $addr);

socket(my $sock, PF_INET, SOCK_DGRAM, IPPROTO_UDP) or die "socket: $!\n";

sub ask {
    my ($msg) = @_;
    defined send($sock, $msg, 0, $server) or die "send: $!\n";
    my $rin = '';
    vec($rin, fileno($sock), 1) = 1;
    select(my $rout = $rin, undef, undef, 5) or die "no reply within 5 seconds\n";
    my $from = recv($sock, my $reply, 1500, 0);
    die "recv: $!\n" unless defined $from;
    my ($from_port, $from_addr) = unpack_sockaddr_in($from);
    die "reply from a stranger\n" unless $from_port == $port && $from_addr eq $addr;
    return $reply;
}

while (my $line = <STDIN>) {
    chomp $line;
    print ask($line), "\n";
}
print ask("quit"), "\n";
close($sock);
