# One accept loop serving N sequential connections: each gets one line
# back and is closed. Prints a progress line every 100 connections so a
# test can look at the process's open descriptors while it runs.
use strict;
use warnings;
use Socket qw(PF_INET SOCK_STREAM IPPROTO_TCP INADDR_LOOPBACK SOL_SOCKET SO_REUSEADDR pack_sockaddr_in unpack_sockaddr_in);
my ($n) = @ARGV;
$| = 1;
socket(my $l, PF_INET, SOCK_STREAM, IPPROTO_TCP) or die "socket: $!\n";
setsockopt($l, SOL_SOCKET, SO_REUSEADDR, 1) or die "setsockopt: $!\n";
bind($l, pack_sockaddr_in(0, INADDR_LOOPBACK)) or die "bind: $!\n";
listen($l, 128) or die "listen: $!\n";
my ($port) = unpack_sockaddr_in(getsockname($l));
print "port $port\n";
for my $i (1 .. $n) {
    accept(my $c, $l) or die "accept $i: $!\n";
    my $line = <$c>;
    defined $line or die "connection $i sent nothing\n";
    print $c "$i $line";
    close($c) or die "close $i: $!\n";
    print "served $i\n" if $i % 100 == 0;
}
close($l);
print "done $n\n";
