# Semantic versions: parsing, validating and sorting.
my $re = qr/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([\w.-]+))?(?:\+([\w.-]+))?$/;
my @v = qw(1.2.3 v2.0.0 1.10.0 1.2.3-beta.1 1.2.3+build.7 01.2.3 1.2 1.9.9);
my @ok;
for (@v) {
    if (my ($ma, $mi, $pa, $pre, $b) = $_ =~ $re) {
        print "$_: $ma.$mi.$pa", (defined $pre ? " pre=$pre" : ""), (defined $b ? " build=$b" : ""), "\n";
        push @ok, [$_, $ma, $mi, $pa];
    } else { print "$_: invalid\n" }
}
print join(" ", map { $_->[0] } sort { $a->[1] <=> $b->[1] || $a->[2] <=> $b->[2] || $a->[3] <=> $b->[3] || $a->[0] cmp $b->[0] } @ok), "\n";
print join(".", map { $_ + 0 } split /\./, "1.02.003"), "\n";
