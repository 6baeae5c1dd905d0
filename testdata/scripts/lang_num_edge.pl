# Numeric edge cases: abs and int of strings, rounding helpers,
# negative zero, and comparisons of floats.
use strict;
use warnings;
print abs("-3.5"), " ", int("-3.5"), " ", int(-0.5), " ", sprintf("%.0f", -0.5), "\n";
sub round { my ($x, $p) = @_; my $m = 10 ** ($p // 0); return int($x * $m + ($x < 0 ? -0.5 : 0.5)) / $m }
print round(2.5), " ", round(-2.5), " ", round(3.14159, 2), " ", round(1.005, 2), "\n";
print 0.1 + 0.2 == 0.3 ? "equal\n" : "not equal\n";
print abs(0.1 + 0.2 - 0.3) < 1e-9 ? "close\n" : "far\n";
my $nz = -0.0;
print "negative zero: $nz ", $nz == 0 ? "== 0" : "!= 0", "\n";
print 7 / 2, " ", int(7 / 2), " ", -7 / 2, " ", int(-7 / 2), "\n";
print 10 % 3, " ", 10.5 % 3, " ", -10 % 3, "\n";
print 1e300 * 1e10, " ", -1e300 * 1e10, "\n";
my $big = 1;
$big *= 10 for 1 .. 20;
print "$big\n";
print 3 . 4 + 1, " ", "3" + "4" . "1", "\n";
