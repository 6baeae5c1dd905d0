# sprintf with strings: widths, precision truncation, left alignment,
# star widths and lists as arguments.
use strict;
use warnings;
my @rows = (["apple", 3, 1.5], ["banana", 12, 0.25], ["kiwi", 100, 10]);
printf "%-8s|%5s|%8s\n", "name", "qty", "price";
printf "%-8s|%5d|%8.2f\n", @$_ for @rows;
printf "%.3s|%-6.2s|%6.4s|\n", "abcdef", "abcdef", "abcdef";
my @args = ("x", 5);
printf "%s=%d\n", @args;
my $fmt = "%s-%s-%s\n";
printf $fmt, 1, 2, 3;
printf "%*s|%-*s|\n", 6, "r", 6, "l";
printf "%%d %s\n", "literal percent";
my $s = sprintf "%s", "only one", "extra";
print "$s\n";
printf "%5s%%\n", 50;
printf "[%c%c%c]\n", 80, 76, 33;
printf "[%s]\n", join ", ", map { sprintf "%02d", $_ } 1 .. 3;
