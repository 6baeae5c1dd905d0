#!/usr/bin/perl
# echo_server.pl - the server netbench drives: it accepts one connection on
# 127.0.0.1 and echoes everything back until the client closes.
#
# Usage: perl echo_server.pl MODE [PORT]
#   lines  read with <$c>, answer each line with print (autoflush on): the
#          usual line server
#   bulk   sysread 64 KiB at a time and syswrite it all back
use strict;
use warnings;
use Socket qw(PF_INET SOCK_STREAM IPPROTO_TCP INADDR_LOOPBACK SOL_SOCKET SO_REUSEADDR
              pack_sockaddr_in unpack_sockaddr_in);

my ($mode, $port) = @ARGV;
die "usage: $0 lines|bulk [PORT]\n" unless $mode && $mode =~ /^(lines|bulk)$/;
$| = 1;
socket(my $l, PF_INET, SOCK_STREAM, IPPROTO_TCP) or die "socket: $!\n";
setsockopt($l, SOL_SOCKET, SO_REUSEADDR, 1) or die "setsockopt: $!\n";
bind($l, pack_sockaddr_in($port || 0, INADDR_LOOPBACK)) or die "bind: $!\n";
listen($l, 5) or die "listen: $!\n";
my ($bound) = unpack_sockaddr_in(getsockname($l));
print "port $bound\n";

accept(my $c, $l) or die "accept: $!\n";
if ($mode eq "lines") {
    select((select($c), $| = 1)[0]);
    while (my $line = <$c>) {
        print $c $line;
    }
} else {
    my $buf;
    while (my $n = sysread($c, $buf, 65536)) {
        my $off = 0;
        while ($off < $n) {
            my $w = syswrite($c, $buf, $n - $off, $off);
            die "syswrite: $!\n" unless defined $w;
            $off += $w;
        }
    }
}
close($c);
print "done\n";
