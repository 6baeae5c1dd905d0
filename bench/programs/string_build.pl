# String building: appending with .= in a loop, then walking the result
# with length and substr, and joining pieces into lines.
use strict;
use warnings;

my $s = "";
for my $i (1 .. 2_500_000) {
    $s .= "item" . $i . ",";
}
print "length: ", length($s), "\n";

my $commas = 0;
my $len = length($s);
for (my $p = 0; $p < $len; $p += 7) {
    $commas++ if substr($s, $p, 1) eq ",";
}
print "commas sampled: $commas\n";

my $total = 0;
for my $r (1 .. 250_000) {
    my @parts = ("a", $r, "b", $r + 1, "c", $r * 2);
    my $line = join("-", @parts);
    $total += length($line);
}
print "joined total: $total\n";

my $rev = "";
for my $i (1 .. 1_250_000) {
    my $chunk = substr("abcdefghijklmnopqrstuvwxyz", $i % 26, 3);
    $rev .= uc($chunk) if $i % 3 == 0;
    $rev .= $chunk x 2 if $i % 5 == 0;
}
print "rev length: ", length($rev), " head: ", substr($rev, 0, 24), "\n";
print "index: ", index($rev, "XYZ"), "\n";
