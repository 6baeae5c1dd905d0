# join over an array: numbers, strings, undef elements (warnings name
# them), references, character strings, an empty array,
# a global array, and the separator as a number.
use strict;
use warnings;

local $SIG{__WARN__} = sub { print "warn: $_[0]" };
my @a = ("a", 1, -20, "", 3.25, 1e30);
print join("-", @a), "\n";
my @h = (1, undef, 3);
print join(",", @h), "\n";
my @r = ([1], "x");
print join(",", map { ref $_ || $_ } @r), " ", (join(",", @r) =~ /^ARRAY\(0x[0-9a-f]+\),x$/ ? "ref ok" : "ref bad"), "\n";
my @w = ("caf\x{e9}", "\x{263a}");
my $j = join("+", @w);
print length($j), " ", utf8::is_utf8($j) ? "utf8" : "bytes", "\n";
my @e;
print "[", join(",", @e), "]\n";
our @g = (7, 8, 9);
print join(0, @g), "\n";
print join("\x{263a}", 1, 2) eq join("\x{263a}", @{[1, 2]}) ? "same\n" : "differ\n";
my @one = ("solo");
print join("::", @one), "\n";
my $total = 0;
for my $r (1 .. 1000) {
    my @parts = ("a", $r, "b", $r + 1, "c", $r * 2);
    $total += length(join("-", @parts));
}
print "$total\n";
our @gu = (1, undef);
my $gj = join ",", @gu;
package Foo;
our @fh = (undef);
my $fj = join ",", @fh;
