#!/usr/bin/perl
# iosocket_unix_client.pl - client for iosocket_unix_server.pl: sends each line of its
# input, prints each answer, then says "bye".
#
# Usage: perl iosocket_unix_client.pl PATH < lines
use strict;
use warnings;
use IO::Socket::UNIX;

my $path = shift or die "usage: $0 PATH\n";
my $sock = IO::Socket::UNIX->new(Peer => $path)
    or die "Can't connect to $path: $@\n";
print "connected to ", ($sock->peerpath eq $path ? "the server" : $sock->peerpath), "\n";
print scalar <$sock>;
while (my $line = <STDIN>) {
    print $sock $line;
    my $reply = <$sock>;
    last unless defined $reply;
    print $reply;
}
print $sock "bye\n";
close $sock;
