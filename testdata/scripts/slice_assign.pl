# Slice assignment to hashes, arrays and references.
my %h; @h{qw(a b c)} = (1, 2, 3);
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my @a = (0) x 5; @a[1..3] = qw(x y z); print "@a\n";
my ($x, @rest) = (1, 2, 3); print "$x | @rest\n";
my $r = {}; @{$r}{qw(k1 k2)} = (10, 20); print "$r->{k1} $r->{k2}\n";
my @b; @b[0,2] = (5, 6); print scalar(@b), " ", defined $b[1] ? "def" : "undef", "\n";
