# m?...? matches only once until reset().
my @hits;
for my $w (qw(apple banana avocado apricot)) {
    push @hits, $w if $w =~ m?^a?;
}
print "@hits\n";
sub first_only {
    my @out;
    for (@_) { push @out, $_ if m?x?; }
    return scalar @out;
}
print first_only(qw(x1 x2 x3)), "\n";
my $n = 0;
for my $round (1 .. 3) {
    for my $w (qw(one two three)) { $n++ if $w =~ m?t?; }
    reset;
}
print "after reset rounds: $n\n";
