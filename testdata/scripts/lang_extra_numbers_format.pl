# Number formatting corner cases, printed as perl prints them.
use strict; use warnings;
for my $x (1e21, 1e20, 0.1 + 0.2, 1/7, -0.0, 2**53 + 1, 9**20, 1e15 + 0.3, 3.0, 1.10, 1e-5, 123456789012345678) {
    print "$x\n";
}
printf "%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5;
printf "%d %s %.2e %g %g\n", 7.9, 7.9, 12345.678, 0.0001234, 1234567;
print 10 % 3, " ", -10 % 3, " ", 10 % -3, " ", -10 % -3, "\n";
print 2**10, " ", 2**-1, " ", (-8) ** (1/3) eq "NaN" ? "nan" : "num", "\n";
print "3abc" * 1 + 0 == 3 ? "three\n" : "other\n" if 1;
no warnings 'numeric';
print "0x10" + 0, " ", " 12 " + 0, " ", "1e3" + 0, " ", ".5" + 0, " ", "inf" + 0, " ", "-inf" + 0, "\n";
print 18446744073709551615, " ", 18446744073709551616, " ", -9223372036854775808, "\n";
print int(7.99), " ", int(-7.99), " ", abs(-3), " ", sqrt(16), "\n";
