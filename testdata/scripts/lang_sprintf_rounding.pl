# sprintf rounding is round-half-even on the binary value, as C's.
use strict;
use warnings;
for my $v (0.125, 0.375, 2.5, 3.5, 1.45, 1.55, 0.045, 1e-10, 123.456, 99.995, -1.5) {
    printf "%-8s %.0f %.1f %.2f %.3f\n", $v, $v, $v, $v, $v;
}
printf "%.2e %.0e %g %g\n", 12345, 15, 0.00001234, 123456789;
