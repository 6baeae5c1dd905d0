# recv on connected stream sockets: the address it returns is empty, the
# data arrives as a stream.
use Socket;
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
print "send: ", send($a, "hello there", 0), "\n";
my $buf = "previous";
my $from = recv($b, $buf, 5, 0);
print "from defined: ", (defined $from ? 1 : 0), " length: ", length($from), " [$buf]\n";
$from = recv($b, $buf, 100, MSG_PEEK);
print "peek: [$buf]\n";
$from = recv($b, $buf, 100, 0);
print "rest: [$buf]\n";
# Both directions work.
send($b, "reply", 0);
recv($a, $buf, 100, 0);
print "reply: [$buf]\n";
# recv into an undef buffer, then at end of stream: empty data.
syswrite($a, "last");
shutdown($a, 1);
my $u;
$from = recv($b, $u, 100, 0);
print "undef buffer: [$u]\n";
$buf = "stale";
$from = recv($b, $buf, 100, 0);
print "eof: from defined ", (defined $from ? 1 : 0), " [$buf] length ", length($buf), "\n";

# A datagram socketpair keeps message boundaries; its peer has no name.
socketpair(my $c, my $d, AF_UNIX, SOCK_DGRAM, 0) or die "socketpair: $!";
send($c, "one", 0);
send($c, "two two", 0);
$from = recv($d, $buf, 100, 0);
print "dgram: [$buf] from length ", length($from), "\n";
$from = recv($d, $buf, 3, 0);
print "dgram truncated: [$buf]\n";
# Mixing: print through the buffer, recv underneath after a flush.
select((select($c), $| = 1)[0]);
print $c "printed";
$from = recv($d, $buf, 100, 0);
print "printed dgram: [$buf]\n";
