# select's failures and its treatment of the bit vector arguments.
use Socket;

# A bit for a descriptor that is not open: -1, $!, and the set untouched.
# Descriptor 63 is far above what this script opens, and still inside the
# smallest descriptor table Linux gives a process, where select(2) checks.
my $gone = '';
vec($gone, 63, 1) = 1;
my $copy = $gone;
my $n = select($gone, undef, undef, 0);
print "closed fd: n=$n err=$! unchanged=", ($gone eq $copy ? "yes" : "no"), "\n";
my $w = $copy;
$! = 0;
$n = select(undef, $w, undef, 0);
print "as a write set: n=$n err=$!\n";

# Literal vectors cannot be written back.
for my $code (sub { select("\x01", undef, undef, 0) }, sub { select(1, undef, undef, 0) }) {
    my $r = eval { $code->(); 1 };
    print "literal: ", $r ? "ok\n" : $@;
}
# An empty literal is fine: nothing to write.
$n = select('', undef, undef, 0);
print "empty literal: n=$n\n";

# select returns 0 on timeout and the vectors come back empty.
socketpair(my $c, my $d, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die "socketpair: $!";
my $rin = '';
vec($rin, fileno($d), 1) = 1;
my $rout = $rin;
$n = select($rout, undef, undef, 0.01);
print "timeout: n=$n bits=", unpack("%32b*", $rout), " length same=", (length($rout) == length($rin) ? 1 : 0), "\n";
