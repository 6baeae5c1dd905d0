# lc/uc in sort, sprintf in map, repeat and join on nested data.
use strict;
use warnings;
my @names = qw(bob Alice carol Dave);
print join(" ", sort { lc $a cmp lc $b } @names), "\n";
print join(" ", sort { uc($b) cmp uc($a) } @names), "\n";
print join(",", map { sprintf "%03d", $_ } 1, 22, 333), "\n";
my @rows = ([1, "a"], [2, "b"]);
print join("; ", map { join("=", @$_) } @rows), "\n";
print "-" x 5 . "+" . "-" x 5, "\n";
my $line = sprintf "%-10s|%10s|", "left", "right";
print "$line\n";
print ucfirst(join(" ", map { lc } qw(HELLO THERE))), "\n";
