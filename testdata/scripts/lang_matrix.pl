# Two-dimensional arrays: building, transposing, multiplying and
# printing matrices.
use strict;
use warnings;
my @a = ([1, 2, 3], [4, 5, 6]);
my @b = ([7, 8], [9, 10], [11, 12]);
sub mmul {
    my ($x, $y) = @_;
    my @r;
    for my $i (0 .. $#$x) {
        for my $j (0 .. $#{ $y->[0] }) {
            my $s = 0;
            $s += $x->[$i][$_] * $y->[$_][$j] for 0 .. $#$y;
            $r[$i][$j] = $s;
        }
    }
    return \@r;
}
sub transpose { my $m = shift; return [ map { my $c = $_; [ map { $_->[$c] } @$m ] } 0 .. $#{ $m->[0] } ] }
sub show { my $m = shift; return join("\n", map { join(" ", map { sprintf "%4d", $_ } @$_) } @$m) . "\n" }
print show(mmul(\@a, \@b));
print show(transpose(\@a));
my @id = map { my $i = $_; [ map { $_ == $i ? 1 : 0 } 0 .. 2 ] } 0 .. 2;
print show(\@id);
my $sum = 0;
$sum += $_ for map { @$_ } @a;
print "sum $sum rows ", scalar(@a), " cols ", scalar(@{ $a[0] }), "\n";
