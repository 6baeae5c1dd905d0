# abs int sqrt sin cos atan2 exp log hex oct and printing their results.
use strict;
use warnings;
printf "%.6f %.6f %.6f\n", sin(1), cos(1), atan2(1, 1) * 4;
printf "%.6f %.6f %.6f\n", exp(1), log(10), sqrt(16);
print exp(0), " ", log(1), " ", sqrt(0), " ", atan2(0, 1), "\n";
print hex("ff"), " ", hex("0xFF"), " ", hex("1F"), " ", hex(""), "\n";
print oct("755"), " ", oct("0x1F"), " ", oct("0b101"), " ", oct("0o17"), " ", oct("017"), " ", oct("b11"), "\n";
print int(3.7), " ", int(-3.7), " ", abs(-0), " ", abs("-4"), "\n";
print sprintf("%.10g", 4 * atan2(1, 1)), "\n";
print log(exp(2)), " ", sqrt(2) ** 2, "\n";
print 10 ** -2, " ", 2 ** 0.5 * 2 ** 0.5, "\n";
my $pi = 4 * atan2(1, 1);
printf "%.4f %.4f\n", sin($pi / 6), cos($pi / 3);
print eval { sqrt(-1) } ? "no error\n" : "error: $@";
print eval { log(0) } ? "no error\n" : "error: $@";
print eval { 1 / 0 } ? "no error\n" : "error: $@";
print eval { 1 % 0 } ? "no error\n" : "error: $@";
