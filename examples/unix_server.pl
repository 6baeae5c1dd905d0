#!/usr/bin/perl
# unix_server.pl - a Unix-domain stream server: it numbers the lines each
# client sends ("1: first line") and says how many it got when the client
# closes its end.
#
# Usage: perl unix_server.pl PATH [CLIENTS]
#   PATH     the socket's file name; a stale socket file left there by an
#            earlier run is removed first, and the file is removed at the end
#   CLIENTS  stop after this many clients (default 1)
use strict;
use warnings;
use Socket qw(PF_UNIX SOCK_STREAM SOMAXCONN pack_sockaddr_un unpack_sockaddr_un sockaddr_family);
use IO::Handle;

my ($path, $clients) = @ARGV;
die "usage: $0 PATH [CLIENTS]\n" unless defined $path;
$clients ||= 1;
$| = 1;

unlink $path if -S $path;    # a socket file left by an earlier run
socket(my $server, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!\n";
bind($server, pack_sockaddr_un($path)) or die "bind $path: $!\n";
listen($server, SOMAXCONN) or die "listen: $!\n";
print "listening on ", unpack_sockaddr_un(getsockname($server)), "\n";

for my $n (1 .. $clients) {
    my $peer = accept(my $conn, $server) or die "accept: $!\n";
    print "client $n connected, address family ", sockaddr_family($peer), "\n";
    $conn->autoflush(1);
    my $lines = 0;
    while (my $line = <$conn>) {
        $lines++;
        print $conn "$lines: $line";
    }
    print $conn "got $lines line(s)\n";
    close($conn);
    print "client $n sent $lines line(s)\n";
}
close($server);
unlink $path or die "unlink $path: $!\n";
print "server done\n";
