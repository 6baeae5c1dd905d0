# Assignments to complex lvalues: list assignment with slices and
# elements, swaps, chained assignment, and assignment in conditions.
use strict;
use warnings;
my @a = (1 .. 5);
@a[0, -1] = @a[-1, 0];
print "@a\n";
my %h;
($h{x}, $h{y}) = (10, 20);
print "$h{x} $h{y}\n";
my ($p, $q);
$p = $q = 7;
print "$p $q\n";
my @b = my @c = (1, 2);
print "@b @c\n";
my $r = [1, 2, 3];
($r->[0], $r->[2]) = ($r->[2], $r->[0]);
print "@$r\n";
if ((my $n = 5) > 3) { print "n=$n\n" }
my $str = "abc";
(my $copy = $str) =~ s/b/B/;
print "$str $copy\n";
my ($first, undef, $third) = (1, 2, 3);
print "$first $third\n";
my @arr;
($arr[2], $arr[0]) = qw(c a);
print join(",", map { $_ // "undef" } @arr), "\n";
my $cnt = (my ($u, $v) = (9, 8, 7));
print "$cnt $u $v\n";
