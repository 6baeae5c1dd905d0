#!/usr/bin/perl
# iosocket_server.pl - a line server with IO::Socket::INET, the way most
# Perl network code has been written since the 2000s: for each line it
# answers with the number of words and characters, until "bye".
#
# Usage: perl iosocket_server.pl [PORT [MAXCONN]]   (listens on 127.0.0.1)
use strict;
use warnings;
use IO::Socket::INET;

my ($port, $max) = @ARGV;
$port ||= 7777;
$max  ||= 0;

my $server = IO::Socket::INET->new(
    LocalAddr => '127.0.0.1',
    LocalPort => $port,
    Proto     => 'tcp',
    Listen    => 5,
    ReuseAddr => 1,
) or die "Can't listen on port $port: $@\n";

$| = 1;
print "listening on ", $server->sockhost, ":", $server->sockport, "\n";

my $served = 0;
while (my $client = $server->accept) {
    $client->autoflush(1);
    printf "client %s connected\n", $client->peerhost;
    print $client "welcome\n";
    while (defined(my $line = <$client>)) {
        chomp $line;
        last if $line eq 'bye';
        my @words = split ' ', $line;
        print $client scalar(@words), " words, ", length($line), " chars\n";
    }
    close $client;
    last if $max && ++$served >= $max;
}
print "done\n";
