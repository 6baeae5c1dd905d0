# Accept-Language style lists with q-values, sorted by preference.
my $h = "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5, xx;q=bad";
my @langs;
for (split /\s*,\s*/, $h) {
    my ($tag, $q) = /^([\w*-]+)(?:;\s*q=([\d.]+))?$/ or do { print "skip $_\n"; next };
    push @langs, [$tag, defined $q ? $q : 1];
}
print join(" ", map { "$_->[0]($_->[1])" } sort { $b->[1] <=> $a->[1] } @langs), "\n";
my ($range) = "bytes=0-499,1000-" =~ /^bytes=(.*)$/;
for (split /,/, $range) {
    my ($s, $e) = /^(\d*)-(\d*)$/;
    print "range start=", ($s eq "" ? "suffix" : $s), " end=", ($e eq "" ? "eof" : $e), "\n";
}
