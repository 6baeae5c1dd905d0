# sprintf with integers: flags, widths, precision, bases and vectors.
use strict;
use warnings;
my @fmts = ('%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X',
    '%o', '%#o', '%b', '%#b', '%08b', '%.3d', '%5.3d', '%u', '%i', '%c');
for my $f (@fmts) {
    printf "%-6s [%s] [%s]\n", $f, sprintf($f, 42), sprintf($f, 7);
}
printf "[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159;
printf "[%-*.*s]\n", 8, 3, "abcdefgh";
printf "[%2\$s %1\$s]\n", "world", "hello";
printf "[%vd] [%vd]\n", "1.22.333", "1.2.3";
printf "[%s]\n", sprintf("%vd", "1.2.3") eq "1.2.3" ? "vd ok" : "vd bad";
printf "[%d] [%d]\n", -17, 3.99;
printf "[%d] [%s]\n", "12abc" =~ /(\d+)/, "x";
printf "[%%] [%5s] [%-5s] [%.2s]\n", "ab", "ab", "abc";
printf "[%x] [%o] [%b]\n", 255, 8, 5;
printf "[%e] [%E]\n", 1234.5678, 0.000123;
printf "[%g] [%g] [%g] [%g] [%G]\n", 100000, 1000000, 0.0001, 0.00001, 1e-10;
printf "[%.3e] [%10.4f] [%-10.2f|] [%+.1f]\n", 12345.678, 3.14159265, 2.5, 7;
printf "[%s]\n", join(",", map { sprintf "%.0f", $_ } 0.5, 1.5, 2.5, 3.5, -0.5, -1.5);
printf "[%.2f] [%.1f] [%.2f]\n", 1.005, 0.05, 2.675;
printf "[%s] [%s]\n", 1e100, -1e-100;
printf "[%#.3g] [%-8.3g|]\n", 3.0, 1234567;
printf "%s\n", sprintf('%3$s-%1$s-%2$s', 'a', 'b', 'c');
