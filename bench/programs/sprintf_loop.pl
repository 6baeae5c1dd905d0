# sprintf and printf formatting in a loop: integers with width and
# padding, floats with precision, hex and strings.
use strict;
use warnings;

my $len = 0;
my $out = "";
for my $i (1 .. 1_000_000) {
    my $s = sprintf("%05d|%-8s|%x|%.3f|%+d", $i, "n$i", $i * 31, $i / 7, $i - 100_000);
    $len += length($s);
    $out = $s if $i % 250_000 == 0;
}
print "len: $len last: $out\n";
for my $i (1 .. 5) {
    printf("%3d %8.2f %s %o\n", $i, $i * 1.5, "x" x $i, $i * 8);
}
