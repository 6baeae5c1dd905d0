# Recursive algorithms over lists: permutations, combinations, power
# set and a recursive merge sort.
use strict;
use warnings;
sub permute {
    my ($done, $rest, $out) = @_;
    unless (@$rest) { push @$out, join("", @$done); return }
    for my $i (0 .. $#$rest) {
        my @r = @$rest;
        my ($x) = splice(@r, $i, 1);
        permute([@$done, $x], \@r, $out);
    }
}
my @perms;
permute([], [qw(a b c)], \@perms);
print "@perms\n";
sub combinations {
    my ($k, @items) = @_;
    return ([]) if $k == 0;
    return () if @items < $k;
    my ($first, @rest) = @items;
    return ((map { [$first, @$_] } combinations($k - 1, @rest)), combinations($k, @rest));
}
print join(" ", map { join("", @$_) } combinations(2, qw(w x y z))), "\n";
sub powerset { my @s = @_; return ([]) unless @s; my $f = shift @s; my @p = powerset(@s); return (@p, map { [$f, @$_] } @p) }
print scalar(powerset(1 .. 4)), " subsets; ", join(" ", map { "{" . join(",", @$_) . "}" } powerset(1, 2)), "\n";
sub msort {
    my @x = @_;
    return @x if @x < 2;
    my $mid = int(@x / 2);
    my @l = msort(@x[0 .. $mid - 1]);
    my @r = msort(@x[$mid .. $#x]);
    my @m;
    push @m, ($l[0] <= $r[0] ? shift @l : shift @r) while @l && @r;
    return (@m, @l, @r);
}
print join(",", msort(5, 3, 9, 1, 5, 8, 2, 7)), "\n";
