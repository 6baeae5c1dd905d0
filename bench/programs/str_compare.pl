# String comparison and ternaries: eq, ne, lt, gt and cmp on generated
# strings, a min/max scan, and a chain of conditional expressions.
use strict;
use warnings;

my @names = ("pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "grape");
my ($min, $max) = ("zzzz", "");
my ($eq, $lt, $gt) = (0, 0, 0);
for my $i (1 .. 1_500_000) {
    my $a = $names[$i % 8] . ($i % 13);
    my $b = $names[($i * 3) % 8] . ($i % 11);
    my $c = $a cmp $b;
    $c == 0 ? $eq++ : $c < 0 ? $lt++ : $gt++;
    $min = $a lt $min ? $a : $min;
    $max = $a gt $max ? $a : $max;
}
print "eq: $eq lt: $lt gt: $gt min: $min max: $max\n";

my %class;
for my $i (1 .. 1_000_000) {
    my $w = $names[$i % 8];
    my $k = $w eq "fig"   ? "short"
          : $w ne "apple" && length($w) > 5 ? "long"
          : $w le "cherry" ? "early"
          : "late";
    $class{$k}++;
}
print join(", ", map { "$_=$class{$_}" } sort keys %class), "\n";
