# Searching with loops: last with flags, first match, and loop variables
# after the loop.
use strict;
use warnings;
my @data = (3, 8, 12, 5, 20);
my $found;
for my $x (@data) {
    if ($x > 10) { $found = $x; last }
}
print "first > 10: $found\n";
my $i;
for ($i = 0; $i < @data; $i++) {
    last if $data[$i] == 12;
}
print "index of 12: $i\n";
my ($min, $max) = ($data[0], $data[0]);
for (@data) { $min = $_ if $_ < $min; $max = $_ if $_ > $max }
print "min $min max $max\n";
my $n = 0;
$n++ until $n * $n > 50;
print "n=$n\n";
my @found = grep { $_ % 2 == 0 } @data;
print "evens: @found\n";
my $pos = -1;
for my $j (0 .. $#data) { next unless $data[$j] == 5; $pos = $j; last }
print "pos of 5: $pos\n";
my $sum = 0;
OUTER: for my $a (1 .. 5) { for my $b (1 .. 5) { next OUTER if $b > $a; $sum += $a * $b } }
print "sum $sum\n";
