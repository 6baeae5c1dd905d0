# String increment in loops: generating labels and column names.
use strict;
use warnings;
my $col = "A";
my @cols;
for (1 .. 30) { push @cols, $col; $col++ }
print "@cols[0..2] ... @cols[24..29]\n";
my $id = "a98";
my @ids = map { $id++ } 1 .. 4;
print "@ids\n";
my $v = "Zz";
$v++;
print "$v\n";
my $ver = "v9";
$ver++;
print "$ver\n";
my @range = ('aa' .. 'ae', 'x' .. 'z');
print scalar(@range), " @range\n";
