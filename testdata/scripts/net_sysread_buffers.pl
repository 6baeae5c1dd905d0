# sysread into the same variable again and again: kept copies of earlier
# contents must not change, and a loop that only reads and writes the
# buffer echoes every byte.
use strict;
use warnings;
use Socket qw(AF_UNIX SOCK_STREAM PF_UNSPEC);

socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
syswrite($a, "first.second.third.");
my ($buf, @chunks);
for (1 .. 3) {
    sysread($b, $buf, 6);
    push @chunks, $buf;
}
print join("|", @chunks), "\n";
my $saved = $buf;
sysread($b, $buf, 100);
print "saved '$saved', now '$buf'\n";

# Only sysread and syswrite touch $data: it may be refilled in place.
socketpair(my $c, my $d, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
my $total = 0;
my $data;
for my $i (1 .. 5) {
    syswrite($c, ("$i" x (1000 * $i)) . "\n");
    my $n = sysread($d, $data, 65536);
    $total += $n;
    syswrite($d, $data, 3);
    syswrite($d, $data, 2, $n - 2);
}
shutdown($d, 1);
my $echo = "";
while (sysread($c, my $piece, 7)) { $echo .= $piece }
$echo =~ s/\n/\\n/g;
print "total $total echo $echo\n";
close($c);
print "eof: ", sysread($d, $data, 10), "\n";
