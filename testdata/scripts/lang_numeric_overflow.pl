# Integer overflow into unsigned and floating point, as perl's IV/UV/NV
# rules decide, and big literals.
use strict;
use warnings;
my $i = 9223372036854775807;
print $i, " ", $i + 1, " ", $i + 2, " ", $i * 2, "\n";
my $u = 18446744073709551615;
print $u, " ", $u + 1, " ", $u - 1, "\n";
print -9223372036854775807 - 1, " ", -9223372036854775807 - 2, "\n";
print 4294967296 * 4294967296, " ", 4294967295 * 4294967297, "\n";
print 2 ** 62, " ", 2 ** 63, " ", 2 ** 64, " ", 2 ** 53 + 1, " ", 2 ** 53, "\n";
my $f = 1;
$f *= $_ for 1 .. 25;
print "25! = $f\n";
my $g = 1;
$g *= $_ for 1 .. 20;
print "20! = $g\n";
print 1e15 + 1, " ", 1e16 + 1, " ", 123456789 * 1000000000, "\n";
print int(9.99e18), " ", int(1e19), "\n";
print 18446744073709551615, " ", ~0 >> 1, " ", -(~0 >> 1) - 1, "\n";
print 9007199254740993, " ", 9007199254740992 + 1.0, "\n";
