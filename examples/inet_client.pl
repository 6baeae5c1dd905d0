#!/usr/bin/perl
# inet_client.pl - client for inet_server.pl, after perlipc: it looks the
# host up with inet_aton, sends each line of its input and prints the
# replies, then says "quit".
#
# Usage: perl inet_client.pl [HOST [PORT]] < lines
use strict;
use warnings;
use Socket;

my ($remote, $port) = @ARGV;
$remote ||= "localhost";
$port ||= 2345;

my $iaddr = inet_aton($remote) or die "no host: $remote\n";
my $paddr = sockaddr_in($port, $iaddr);
my $proto = getprotobyname("tcp");

socket(my $sock, PF_INET, SOCK_STREAM, $proto) or die "socket: $!\n";
connect($sock, $paddr) or die "connect: $!\n";
select((select($sock), $| = 1)[0]);

my $greeting = <$sock>;
die "no greeting\n" unless defined $greeting;
print $greeting;
while (my $line = <STDIN>) {
    print $sock $line;
    my $reply = <$sock>;
    last unless defined $reply;
    print $reply;
}
print $sock "quit\n";
while (my $rest = <$sock>) {
    print $rest;
}
close $sock or die "close: $!\n";
