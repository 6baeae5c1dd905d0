#!/usr/bin/perl
# ip_server.pl - a line server with IO::Socket::IP, for IPv4 and IPv6
# alike: it says which family it speaks, then answers each line with its
# number of words, until "bye".
#
# Usage: perl ip_server.pl HOST PORT [MAXCONN]   (HOST 127.0.0.1 or ::1)
use strict;
use warnings;
use IO::Socket::IP;
use Socket qw(AF_INET6);

my ($host, $port, $max) = @ARGV;
die "usage: $0 HOST PORT [MAXCONN]\n" unless defined $port;
$max ||= 0;

my $server = IO::Socket::IP->new(
    LocalHost => $host,
    LocalPort => $port,
    Listen    => 5,
    ReuseAddr => 1,
) or die "Can't listen on $host port $port: $@\n";

$| = 1;
my $v6 = $server->sockdomain == AF_INET6;
printf "listening on %s\n", $v6 ? "[" . $server->sockhost . "]:" . $server->sockport
                                : $server->sockhost . ":" . $server->sockport;

my $served = 0;
while (my $client = $server->accept) {
    printf "client %s connected\n", $client->peerhost;
    print $client "welcome over IPv", ($v6 ? 6 : 4), "\n";
    while (defined(my $line = <$client>)) {
        chomp $line;
        last if $line eq 'bye';
        my @words = split ' ', $line;
        print $client scalar(@words), " words\n";
    }
    close $client;
    last if $max && ++$served >= $max;
}
print "done\n";
