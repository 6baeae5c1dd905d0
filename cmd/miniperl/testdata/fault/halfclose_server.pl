# Reads lines until the client closes its writing half, then answers with
# what it got: the half-closed connection still carries the answer.
use strict;
use warnings;
use Socket qw(PF_INET SOCK_STREAM IPPROTO_TCP INADDR_LOOPBACK pack_sockaddr_in unpack_sockaddr_in);
$| = 1;
socket(my $l, PF_INET, SOCK_STREAM, IPPROTO_TCP) or die "socket: $!\n";
bind($l, pack_sockaddr_in(0, INADDR_LOOPBACK)) or die "bind: $!\n";
listen($l, 5) or die "listen: $!\n";
my ($port) = unpack_sockaddr_in(getsockname($l));
print "port $port\n";
accept(my $c, $l) or die "accept: $!\n";
my @lines = <$c>;
print "server read ", scalar(@lines), " line(s) to EOF\n";
select((select($c), $| = 1)[0]);
print $c "you sent ", scalar(@lines), " line(s)\n";
print $c "last was: $lines[-1]" if @lines;
print $c "closing now\n";
close($c) or die "close: $!\n";
print "server done\n";
