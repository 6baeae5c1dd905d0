# Reads from a server that resets the connection (SO_LINGER 0, close)
# after two lines; MODE is "readline" or "sysread". The read fails with
# ECONNRESET and the script dies with $!, whose number is its exit status.
use strict;
use warnings;
use Socket qw(PF_INET SOCK_STREAM IPPROTO_TCP INADDR_LOOPBACK pack_sockaddr_in);
my ($port, $mode) = @ARGV;
socket(my $s, PF_INET, SOCK_STREAM, IPPROTO_TCP) or die "socket: $!\n";
connect($s, pack_sockaddr_in($port, INADDR_LOOPBACK)) or die "connect: $!\n";
select((select($s), $| = 1)[0]);
$| = 1;
my $n = 0;
if ($mode eq "readline") {
    while (my $line = <$s>) {
        print "got: $line";
        print $s "go\n" if ++$n == 2;
    }
    print "readline returned undef after $n lines\n";
} else {
    my $buf = "";
    while (1) {
        my $got = sysread($s, $buf, 100, length $buf);
        if (!defined $got) { print "sysread: undef\n"; last }
        if ($got == 0) { print "sysread: 0 (eof)\n"; last }
        while ($buf =~ s/^(.*\n)//) {
            print "got: $1";
            syswrite($s, "go\n") if ++$n == 2;
        }
    }
}
printf "errno %d: %s\n", $!, $!;
print "eof: ", (eof($s) ? 1 : 0), "\n";
close($s);
die "read failed: $!\n" if $!;
print "no error\n";
