# join of numbers, strings, undef and references; uc and lc of byte
# strings with and without letters to change.
use strict;
use warnings;

local $SIG{__WARN__} = sub { print "warn: $_[0]" };
my @parts = ("a", 0, -1, 9, 10, 99, 100, -9223372036854775807 - 1, 9223372036854775807, 18446744073709551615, 1.5, -0.25, 1e20, "");
print join("-", @parts), "\n";
print join("", 1, 22, 333), "|", join(",", ()), "|", join(",", 5), "|", join("", "", ""), "|\n";
my $u;
print join(":", "x", $u, "y"), "\n";
my $r = [1];
print join(",", ref $r, scalar(@$r)), "\n";
print join("\x{263a}", 1, 2), " ", length(join("\x{263a}", 1, 2)), "\n";
print join(",", "caf\x{e9}", "\x{100}") eq "caf\x{e9},\x{100}" ? "wide ok\n" : "wide bad\n";
for my $s ("abc", "ABC", "MiXeD 123", "", "\xe9t\xe9", "123") {
    print uc($s), "|", lc($s), "|", ucfirst(lc $s), "\n";
}
my $orig = "keep";
my $up = uc $orig;
print "$orig $up\n";
