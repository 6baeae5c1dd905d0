# map over a range: each $_ its own scalar, string ranges, empty and
# reversed ranges, float bounds, one value or several per item, and $_
# restored afterwards.
use strict;
use warnings;

my @refs = map { \$_ } 1 .. 3;
print join(",", map { $$_ } @refs), "\n";
${ $refs[0] } = 10;
print join(",", map { $$_ } @refs), "\n";
print join(",", map { $_ * 2 } 1 .. 5), "\n";
print join(",", map { ($_, -$_) } 1 .. 3), "\n";
print join(",", map { $_ } 'a' .. 'e'), "\n";
print join(",", map { "<$_>" } 'aa' .. 'ad'), "\n";
print scalar(() = map { $_ } 5 .. 1), "\n";
print join(",", map { $_ } 1.7 .. 4.2), "\n";
print join(",", map { $_ } -2 .. 2), "\n";
print join(",", map { $_ *= 3; $_ } (1 .. 4)), "\n";
my @w = qw(a b c);
print join("", map { $w[$_ % 3] } 1 .. 10), "\n";
my $n = () = map { $_ } 1 .. 1000;
print "$n\n";
my $sum = 0;
$sum += $_ for map { $_ * $_ } 1 .. 600;
print "$sum\n";
$_ = "topic";
my @x = map { $_ + 1 } 1 .. 3;
print "$_ @x\n";
my @e = map { () } 1 .. 3;
print scalar(@e), "\n";
my $lo = 3;
my $hi = 6;
print join(",", map { $_ } $lo .. $hi), "\n";
