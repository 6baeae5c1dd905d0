# x with a negative count gives an empty string or list and perl's
# "Negative repeat count does nothing", for strings, lists and x=.
use strict;
use warnings;
my $n = -1;
my $s = "ab" x $n;
my @l = (1, 2) x $n;
$s = "ab" x -2;
my $z = "q" x 0;
$s = "a";
$s x= -1;
my @m = (3) x 2;
{
    no warnings 'numeric';
    my @q = (1) x -5;
    my $t = "x" x -5;
}
print "[$s] [@l] [$z] [@m]\n";
