use strict;
use warnings;
package T;
our $destroyed = 0;
sub new { my ($c, $v, $l, $r) = @_; bless { v => $v, l => $l, r => $r }, $c }
sub DESTROY { $destroyed++ }
sub build { my ($lo, $hi) = @_; return undef if $lo > $hi; my $mid = int(($lo + $hi) / 2); return T->new($mid, build($lo, $mid - 1), build($mid + 1, $hi)) }
sub sum { my $n = shift; return 0 unless $n; return $n->{v} + sum($n->{l}) + sum($n->{r}) }
sub prune { my ($n, $min) = @_; return undef unless $n; return prune($n->{r}, $min) if $n->{v} < $min; $n->{l} = prune($n->{l}, $min); return $n }
package main;
my $tree = T::build(1, 100);
print "sum ", T::sum($tree), " destroyed $T::destroyed\n";
$tree = T::prune($tree, 50);
print "pruned sum ", T::sum($tree), " destroyed $T::destroyed\n";
my %groups;
push @{ $groups{ $_ % 3 } }, T->new($_) for 1 .. 30;
print "groups ", join(",", map { scalar @{$groups{$_}} } sort keys %groups), " destroyed $T::destroyed\n";
delete $groups{0};
print "deleted group destroyed $T::destroyed\n";
splice(@{ $groups{1} }, 2, 5);
print "spliced destroyed $T::destroyed\n";
my @flat = map { @{ $groups{$_} } } sort keys %groups;
%groups = ();
print "flattened ", scalar(@flat), " destroyed $T::destroyed\n";
@flat = grep { $_->{v} % 2 } @flat;
print "filtered ", scalar(@flat), " destroyed $T::destroyed\n";
my @copy = @flat;
@flat = ();
print "copy holds destroyed $T::destroyed\n";
$#copy = 4;
print "truncated destroyed $T::destroyed\n";
my ($first, @rest) = @copy;
@copy = ();
print "first $first->{v} rest ", scalar(@rest), " destroyed $T::destroyed\n";
@rest = reverse @rest;
shift @rest while @rest > 1;
print "shifted destroyed $T::destroyed\n";
my $h = { list => [ map { T->new($_) } 1 .. 3 ], one => T->new(99) };
my @vals = @{ $h->{list} }[0, 1];
undef $h;
print "slice holds destroyed $T::destroyed\n";
@vals = ();
undef $tree;
print "tree gone destroyed $T::destroyed\n";
