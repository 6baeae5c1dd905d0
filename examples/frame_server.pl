#!/usr/bin/perl
# frame_server.pl - a binary protocol: every message is a 4-byte big-endian
# length and that many bytes, pack("N/a*", $data). For each frame a client
# sends, the server answers with a frame holding the same bytes reversed.
# It serves clients one after another and stops after MAXCLIENTS.
#
# Usage: perl frame_server.pl [PORT [MAXCLIENTS]]   (listens on 127.0.0.1)
use strict;
use warnings;
use Socket;

my $port = shift || 2346;
my $maxclients = shift || 0;

socket(my $listener, PF_INET, SOCK_STREAM, getprotobyname("tcp")) or die "socket: $!";
setsockopt($listener, SOL_SOCKET, SO_REUSEADDR, pack("l", 1)) or die "setsockopt: $!";
bind($listener, sockaddr_in($port, INADDR_LOOPBACK)) or die "bind: $!";
listen($listener, SOMAXCONN) or die "listen: $!";

$| = 1;
print "frame server on port $port\n";

# read_exact returns exactly $len bytes, or undef when the peer closes
# first. sysread appends at the offset, so the frame grows in place.
sub read_exact {
    my ($fh, $len) = @_;
    my $buf = "";
    while (length($buf) < $len) {
        my $n = sysread($fh, $buf, $len - length($buf), length($buf));
        die "sysread: $!" unless defined $n;
        return undef if $n == 0;
    }
    return $buf;
}

sub write_all {
    my ($fh, $data) = @_;
    my $off = 0;
    while ($off < length($data)) {
        my $n = syswrite($fh, $data, length($data) - $off, $off);
        die "syswrite: $!" unless defined $n;
        $off += $n;
    }
}

my $served = 0;
while (!$maxclients || $served < $maxclients) {
    accept(my $client, $listener) or die "accept: $!";
    my ($frames, $bytes) = (0, 0);
    while (defined(my $head = read_exact($client, 4))) {
        my $len = unpack("N", $head);
        my $data = read_exact($client, $len);
        die "frame cut short\n" unless defined $data;
        write_all($client, pack("N/a*", scalar reverse $data));
        $frames++;
        $bytes += $len;
    }
    close $client;
    $served++;
    print "client $served: $frames frame(s), $bytes byte(s)\n";
}
close $listener;
print "served $served client(s)\n";
