# Failed opens set $! and return false; reading a closed handle gives undef.
my $missing = "/tmp/miniperl-test-no-such-dir/nofile.txt";
if (open(IN, '<', $missing)) {
    print "opened?\n";
} else {
    print "open failed: $!\n";
    print "errno: ", $! + 0, "\n";
}
my $r = open(IN2, $missing);
print "return value: [", (defined $r ? $r : "undef"), "]\n";
my $line = <IN2>;
print defined $line ? "got line\n" : "read on unopened handle: undef\n";
print "close of unopened: [", close(IN2), "]\n";
open(OUT, '>', "/tmp/miniperl-test-no-such-dir/x") or print "write failed: $!\n";
open(my $fh, '<', $missing) or die "Can't open $missing: $!\n";
print "not reached\n";
