# Sends a few lines, shuts down its writing half, then reads to EOF.
use strict;
use warnings;
use Socket qw(PF_INET SOCK_STREAM IPPROTO_TCP INADDR_LOOPBACK pack_sockaddr_in);
socket(my $s, PF_INET, SOCK_STREAM, IPPROTO_TCP) or die "socket: $!\n";
connect($s, pack_sockaddr_in($ARGV[0], INADDR_LOOPBACK)) or die "connect: $!\n";
select((select($s), $| = 1)[0]);
print $s "line $_\n" for 1 .. 3;
print "shutdown: ", shutdown($s, 1), "\n";
{
    local $SIG{PIPE} = "IGNORE";
    print "write after shutdown: ", (print $s "late\n") ? "ok\n" : "failed: $!\n";
}
while (my $answer = <$s>) {
    print "answer: $answer";
}
print "eof: ", (eof($s) ? 1 : 0), "\n";
close($s);
