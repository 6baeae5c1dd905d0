# String comparison operators and sorting with mixed case and numbers.
use strict;
use warnings;
my @pairs = (["a", "b"], ["b", "a"], ["a", "a"], ["A", "a"], ["10", "9"], ["", "a"], ["abc", "ab"]);
for my $p (@pairs) {
    my ($x, $y) = @$p;
    printf "%-4s %-4s eq=%d ne=%d lt=%d gt=%d le=%d ge=%d cmp=%2d\n", "'$x'", "'$y'",
        ($x eq $y ? 1 : 0), ($x ne $y ? 1 : 0), ($x lt $y ? 1 : 0), ($x gt $y ? 1 : 0), ($x le $y ? 1 : 0), ($x ge $y ? 1 : 0), $x cmp $y;
}
print join(" ", sort qw(b B a A 1 _ z Z)), "\n";
print join(" ", sort { $a <=> $b || $a cmp $b } qw(2 10 1 b a)), "\n" if 0;
my @v = sort { ($a =~ /(\d+)/)[0] <=> ($b =~ /(\d+)/)[0] } qw(file10 file2 file1);
print "@v\n";
