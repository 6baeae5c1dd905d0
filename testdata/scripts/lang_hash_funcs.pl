# keys, values, each (also on references), counting, delete while
# iterating with each, and keys resetting the iterator.
use strict;
use warnings;
my %h = (one => 1, two => 2, three => 3);
print join(",", sort keys %h), "\n";
print join(",", sort { $a <=> $b } values %h), "\n";
print scalar(keys %h), " ", scalar(%h) ? "nonempty" : "empty", "\n";
my %e;
print "empty keys: ", scalar(keys %e), " ", (%e ? "true" : "false"), "\n";
my @pairs;
while (my ($k, $v) = each %h) {
    push @pairs, "$k=$v";
}
print join(",", sort @pairs), "\n";
my $r = \%h;
print join(",", sort keys %$r), " ", join(",", sort keys %{$r}), "\n";
my $n = 0;
while (my ($k) = each %$r) { $n++ }
print "each on ref: $n\n";
each %h;
keys %h;
my $count = 0;
$count++ while each %h;
print "after reset: $count\n";
$_++ for values %h;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my %inv;
push @{ $inv{ $h{$_} % 2 ? 'odd' : 'even' } }, $_ for sort keys %h;
print join("; ", map { "$_: @{$inv{$_}}" } sort keys %inv), "\n";
my %multi;
$multi{1, 2} = "a";
$multi{"x", "y", "z"} = "b";
print join("|", map { join("-", split /$;/, $_) } sort keys %multi), "\n";
my @arr = qw(a b c);
while (my ($i, $v) = each @arr) { print "$i:$v " }
print "\n";
print join(",", keys @arr), "\n";
my %big = map { $_ => $_ * 2 } 1 .. 100;
my $sum = 0;
$sum += $_ for values %big;
print "sum $sum\n";
delete $big{$_} for grep { $_ % 2 } keys %big;
print scalar(keys %big), "\n";
