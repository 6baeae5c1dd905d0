#!/usr/bin/perl
# iosocket_client.pl - client for iosocket_server.pl: sends each line of
# its input, prints each answer, then says "bye".
#
# Usage: perl iosocket_client.pl [PORT] < lines
use strict;
use warnings;
use IO::Socket::INET;

my $port = shift || 7777;
my $sock = IO::Socket::INET->new(
    PeerAddr => '127.0.0.1',
    PeerPort => $port,
    Proto    => 'tcp',
) or die "Can't connect to port $port: $@\n";

print scalar <$sock>;
while (my $line = <STDIN>) {
    print $sock $line;
    my $reply = <$sock>;
    last unless defined $reply;
    print $reply;
}
print $sock "bye\n";
close $sock;
