# socketpair's handles: barewords and lexicals, reuse, and the ordinary
# buffered I/O on them.
use Socket;

# Bareword handles.
socketpair(PARENT, CHILD, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
print "returns: ", socketpair(P2, C2, AF_UNIX, SOCK_STREAM, PF_UNSPEC), "\n";
select((select(PARENT), $| = 1)[0]);
print PARENT "line one\nline two\n";
my $line = <CHILD>;
print "child got: $line";
$line = <CHILD>;
print "child got: $line";
print CHILD "answer\n";
close CHILD;
$line = <PARENT>;
print "parent got: $line";
$line = <PARENT>;
print "then: ", (defined $line ? "[$line]" : "eof"), "\n";

# Lexical handles are made by socketpair itself.
my ($x, $y);
socketpair($x, $y, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
print "refs: ", ref($x), " ", ref($y), "\n";
print "filenos differ: ", (fileno($x) != fileno($y) ? "yes" : "no"), "\n";
syswrite($x, "via x");
sysread($y, my $buf, 100);
print "y read: $buf\n";

# Calling socketpair again on open handles closes the old pair first.
my $old = fileno($x);
socketpair($x, $y, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
syswrite($y, "new pair");
sysread($x, $buf, 100);
print "new pair works: $buf\n";

# A datagram pair in an array element and a hash element.
my (@h, %h);
socketpair($h[0], $h{other}, AF_UNIX, SOCK_DGRAM, 0) or die "socketpair: $!";
send($h[0], "to the hash", 0);
recv($h{other}, $buf, 100, 0);
print "element pair: $buf\n";

# shutdown one direction: the other side sees end of file.
socketpair(my $s, my $t, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
print $s "before shutdown\n";
close $s;
my @all = <$t>;
print "lines: ", scalar(@all), " [$all[0]]\n";
print "eof: ", (eof($t) ? 1 : 0), "\n";

# read (buffered) waits for the full length across several writes.
socketpair(my $u, my $v, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
syswrite($u, "abc");
syswrite($u, "defgh");
syswrite($u, "ijk");
my $n = read($v, $buf, 10);
print "read: $n [$buf]\n";
close $u;
$n = read($v, $buf, 10);
print "read to eof: $n [$buf]\n";
$n = read($v, $buf, 10);
print "read at eof: $n [$buf]\n";
