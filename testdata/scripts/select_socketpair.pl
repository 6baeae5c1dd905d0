# 4-argument select on a socketpair: bit vectors built with vec and
# fileno, rewritten in place to show the ready handles.
use Socket;
socketpair(my $left, my $right, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
my ($lf, $rf) = (fileno($left), fileno($right));
print "distinct descriptors: ", ($lf != $rf ? "yes" : "no"), "\n";

my $rin = '';
vec($rin, $lf, 1) = 1;
vec($rin, $rf, 1) = 1;
my $len = length($rin);

# Nothing written yet: nothing readable, select times out at once.
my $rout;
my $n = select($rout = $rin, undef, undef, 0);
print "before writing: n=$n left=", vec($rout, $lf, 1), " right=", vec($rout, $rf, 1), "\n";
print "length kept: ", (length($rout) == $len ? "yes" : "no"), "\n";

# After a write the other end is readable, and only it.
syswrite($left, "ping\n") == 5 or die "syswrite: $!";
$n = select($rout = $rin, undef, undef, 5);
print "after writing: n=$n left=", vec($rout, $lf, 1), " right=", vec($rout, $rf, 1), "\n";

# Both ends are writable; a descriptor in two sets counts twice.
my $win = $rin;
$n = select($rout = $rin, my $wout = $win, undef, 0);
print "read+write: n=$n readable=", vec($rout, $rf, 1), vec($rout, $lf, 1),
    " writable=", vec($wout, $lf, 1), vec($wout, $rf, 1), "\n";

# The same variable in two places ends with the last set's answer.
my $both = $rin;
$n = select($both, $both, undef, 0);
print "aliased: n=$n left=", vec($both, $lf, 1), " right=", vec($both, $rf, 1), "\n";

# Reading the data makes it quiet again.
my $got = sysread($right, my $buf, 100);
print "read $got bytes: $buf";
$n = select($rout = $rin, undef, undef, 0);
print "drained: n=$n right=", vec($rout, $rf, 1), "\n";

# A vector given as a value is read, not written back.
$n = select("$rin", undef, undef, 0);
print "copy: n=$n\n";

# Undef and empty sets are ignored; with no set at all select just waits.
my $empty = '';
$n = select(undef, $empty, undef, 0);
print "empty: n=$n empty still '", $empty, "'\n";
$n = select(undef, undef, undef, 0.05);
print "sleep: n=$n\n";
$n = select(undef, undef, undef, -1);
print "negative timeout: n=$n\n";

# A closed peer makes the other end readable (end of file).
close $left;
my $rin2 = '';
vec($rin2, $rf, 1) = 1;
$n = select($rout = $rin2, undef, undef, 5);
print "peer closed: n=$n readable=", vec($rout, $rf, 1), "\n";
$got = sysread($right, $buf, 100);
print "sysread at eof: $got\n";

# Several pairs: only the ones written to come back.
my @pairs;
for my $i (0 .. 3) {
    socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
    push @pairs, [$a, $b];
}
my $many = '';
vec($many, fileno($_->[1]), 1) = 1 for @pairs;
syswrite($pairs[1][0], "x");
syswrite($pairs[3][0], "y");
$n = select($rout = $many, undef, undef, 5);
print "pairs: n=$n ready=", join(",", grep { vec($rout, fileno($pairs[$_][1]), 1) } 0 .. 3), "\n";
