# Arithmetic over length, ord, index, rindex, substr and scalar(@a):
# byte and character strings, numbers, undef (warnings), positions out
# of range and negative ones.
use strict;
use warnings;

local $SIG{__WARN__} = sub { print "warn: $_[0]" };
my @w = ("alpha", "Bravo", "", "x", "caf\x{e9}", "\x{263a}ab", 12345, 1.5);
for my $s (@w) {
    my $n = length($s) + 0;
    my $o = ord($s) + 0;
    my $i = index($s, "a") + 0;
    my $r = rindex($s, "a") + 1;
    my $j = index($s, "a", 2) * 2;
    my $k = rindex($s, "a", 1) - 1;
    my $f = ord(substr($s, 1, 1)) + 0;
    my $g = length(substr($s, -2)) + 0;
    print "$n $o $i $r $j $k $f $g\n";
}
my @a = (1, 2, 3);
my @e;
my $c = (scalar(@a) + scalar(@e)) % 7;
print "$c\n";
my $t = 0;
for my $x (@w) {
    $t = ($t + length($x) + ord(substr($x, 0, 1))) % 1000;
}
print "$t\n";
my $u;
my $q = ord($u) + 1;
print "$q\n";
my $line = "hello world";
my $p = (index($line, "o", 20) + index($line, "o", -5) + rindex($line, "o", -1) + rindex($line, "o", 100)) * 1;
print "$p\n";
my $far = length(substr($line, 20, 2)) + 1;
print "far $far\n";
my @f = split ' ', "one two three";
my $m = (scalar(@f) + length($f[0]) + length($f[5] // "") ) % 100;
print "$m\n";
