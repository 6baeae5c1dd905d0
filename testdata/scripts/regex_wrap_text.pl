# Wrapping text at a width with a greedy pattern and /g.
my $text = "The quick brown fox jumps over the lazy dog and keeps running far away from here.";
for my $w (20, 33) {
    my @lines = $text =~ /(.{1,$w})(?:\s+|$)/g;
    print "width $w:\n";
    print "  |$_|\n" for @lines;
}
(my $wrapped = $text) =~ s/(.{1,25})(?:\s+|$)/$1\n/g;
print $wrapped;
my $long = "a" x 30;
my @chunks = $long =~ /(.{1,12})/g;
print join(",", map { length } @chunks), "\n";
