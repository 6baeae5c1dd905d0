# sprintf and print of floating point: rounding, precision, %g
# switching, big and small numbers.
use strict;
use warnings;
for my $v (0, 1, -1, 0.5, 1.005, 2.675, 1e-5, 123456.789, 1e15, 1e16, 3.14159265358979, -0.000123) {
    printf "%s | %.2f | %.0f | %e | %g | %.3g | %10.4f|\n", $v, $v, $v, $v, $v, $v, $v;
}
printf "%.15g %.17g\n", 0.1, 0.1;
printf "%s %s %s\n", 1e100, 1.5e300 * 1e10, -1e-300 / 1e10;
printf "%d %s\n", 1e10, 1e10;
printf "%.2f%%\n", 45.678;
printf "[%8.3e] [%-12g] [%+g]\n", 1234.5, 0.0001234, 5;
print 3.0 * 1.1, " ", 1 - 0.9, " ", 1e-7 * 1, "\n";
print 0.1 + 0.7, " ", 1.15 * 100, " ", 1 / 3 * 3, "\n";
printf "%s\n", 1 / 9;
printf "%.10f\n", 1 / 9;
printf "%5.1f|%-5.1f|%05.1f\n", 2.25, 2.35, -2.45;
