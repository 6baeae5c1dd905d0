# @ARGV from the command line; ($port) = @ARGV takes the first.
my ($port) = @ARGV;
print "port: $port\n";
print "count: ", scalar(@ARGV), "\n";
print "all: @ARGV\n";
print "last: $ARGV[-1]\n";
my ($h, $p) = @ARGV;
print "host=$h port=$p\n";
my $first = shift @ARGV;
print "shifted $first, left ", scalar(@ARGV), "\n";
my $second = shift;
print "bare shift at top level: $second\n";
foreach my $arg (@ARGV) {
    print "arg: [$arg]\n";
}
