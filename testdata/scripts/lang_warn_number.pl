# Misplaced underscores in numeric literals warn at compile time; the
# value ignores them.
use strict;
use warnings;
print "start\n";
my @n = (1_000, 1__000, 1000_, 1_.5, 0x_ff, 0xf_f, 12_3_4);
print "@n\n";
{
    no warnings;
    my $q = 2__2;
    print "$q\n";
}
