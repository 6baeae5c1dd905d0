# Iterating hashes deterministically: sorted keys, sorting by value,
# and by several keys; counting with hashes of hashes.
use strict;
use warnings;
my %sales = (east => { q1 => 10, q2 => 15 }, west => { q1 => 20, q2 => 5 }, north => { q1 => 10, q2 => 10 });
for my $r (sort { ($sales{$b}{q1} + $sales{$b}{q2}) <=> ($sales{$a}{q1} + $sales{$a}{q2}) || $a cmp $b } keys %sales) {
    my $t = 0;
    $t += $_ for values %{ $sales{$r} };
    printf "%-6s %3d\n", $r, $t;
}
my %totals;
for my $r (keys %sales) {
    $totals{$_} += $sales{$r}{$_} for keys %{ $sales{$r} };
}
print join(", ", map { "$_=$totals{$_}" } sort keys %totals), "\n";
my @top = (sort { $totals{$b} <=> $totals{$a} } keys %totals)[0];
print "top: @top\n";
my %inverse;
push @{ $inverse{ $sales{$_}{q1} } }, $_ for sort keys %sales;
print join("; ", map { "$_: @{$inverse{$_}}" } sort { $a <=> $b } keys %inverse), "\n";
