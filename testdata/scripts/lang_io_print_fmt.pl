# Output formatting idioms: printf tables, sprintf padding with *,
# here-doc reports and numbers with thousands separators.
use strict;
use warnings;
sub commify { my $n = reverse shift; $n =~ s/(\d{3})(?=\d)/$1,/g; return scalar reverse $n }
print join(" ", map { commify($_) } 1, 1234, 1234567, 1234567890), "\n";
my @rows = (["Name", "Qty", "Price"], ["Apple", 3, 1.2], ["Banana split", 12, 10.5]);
my @w = (0) x 3;
for my $r (@rows) { for my $i (0 .. 2) { my $l = length $r->[$i]; $w[$i] = $l if $l > $w[$i] } }
for my $r (@rows) {
    printf "%-*s  %*s  %*s\n", $w[0], $r->[0], $w[1], $r->[1], $w[2], $r->[2];
}
my $line = "+" . join("+", map { "-" x ($_ + 2) } @w) . "+";
print "$line\n";
printf "%6.2f%%\n", 12.3456;
printf "%-5s|%5s|%05.1f\n", "ab", "cd", 3.14159;
