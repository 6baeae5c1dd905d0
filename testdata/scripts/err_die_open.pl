# The usual open ... or die idiom on a missing file: exit status is errno (2).
my $file = "/tmp/miniperl-test-no-such-dir/missing.txt";
open(FH, '<', $file) or die "Can't open $file: $!\n";
print "not reached\n";
