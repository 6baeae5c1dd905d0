# A child of system whose STDOUT is a socket (open STDOUT, ">&", $sock):
# it writes to the socket, and the run's own handles keep working.
use Socket;
socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "sp: $!";
open(my $save, '>&', \*STDOUT) or die;
open(STDOUT, '>&', $a) or die "dup: $!";
system('echo', 'child to socket');
open(my $p, '-|', 'echo', 'piped') or die; my $x = <$p>; close $p;
close STDOUT;
open(STDOUT, '>&', $save) or die;
close $a;
my $got = <$b>;
print "got: $got";
print "piped: $x";
