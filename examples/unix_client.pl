#!/usr/bin/perl
# unix_client.pl - sends standard input, line by line, to the Unix-domain
# server at PATH, printing each answer; then closes its writing half and
# prints what the server still says.
#
# Usage: perl unix_client.pl PATH
use strict;
use warnings;
use Socket qw(PF_UNIX SOCK_STREAM SHUT_WR pack_sockaddr_un);

my ($path) = @ARGV;
die "usage: $0 PATH\n" unless defined $path;

socket(my $sock, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!\n";
connect($sock, pack_sockaddr_un($path)) or die "connect $path: $!\n";
select((select($sock), $| = 1)[0]);

while (my $line = <STDIN>) {
    print $sock $line;
    my $answer = <$sock>;
    die "server went away\n" unless defined $answer;
    print $answer;
}
shutdown($sock, SHUT_WR) or die "shutdown: $!\n";
while (my $rest = <$sock>) {
    print $rest;
}
close($sock);
