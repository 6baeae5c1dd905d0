# A dispatch table of qr// patterns and handlers, tried in order.
my @rules = (
    [qr/^(\d+)\s*\+\s*(\d+)$/, sub { $_[0] + $_[1] }],
    [qr/^(\d+)\s*\*\s*(\d+)$/, sub { $_[0] * $_[1] }],
    [qr/^neg\s+(\d+)$/i,       sub { -$_[0] }],
    [qr/^(\w+)$/,              sub { "word($_[0])" }],
);
for my $in ("2 + 3", "4*5", "NEG 7", "hello", "2 - 1") {
    my $out = "no rule";
    for my $r (@rules) {
        if (my @c = $in =~ $r->[0]) { $out = $r->[1]->(@c); last }
    }
    print "$in => $out\n";
}
my $all = join "|", map { "(?:$_->[0])" } @rules;
print "combined matches: ", scalar(grep { /$all/ } ("1+1", "x y", "abc")), "\n";
