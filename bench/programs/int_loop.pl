# Integer arithmetic in tight loops: a C-style for loop and a foreach over
# a range, both summing i*i modulo a prime, plus a while loop with
# compound assignment and bit operations.
use strict;
use warnings;

my $n = 5_000_000;
my $m = 1_000_003;

my $sum = 0;
for (my $i = 0; $i < $n; $i++) {
    $sum = ($sum + $i * $i) % $m;
}
print "cstyle: $sum\n";

$sum = 0;
for my $i (1 .. $n) {
    $sum = ($sum + $i * $i) % $m;
}
print "range: $sum\n";

my $x = 0;
my $j = 0;
while ($j < $n / 2) {
    $x ^= ($j << 3) & 0xffff;
    $x += $j % 7;
    $j += 1;
}
print "while: $x\n";
