# sort: default string order, numeric, reverse, by hash value, by
# named sub, multiple keys, stability, and sorting in place.
use strict;
use warnings;
my @n = (10, 9, 100, 1, 25);
print join(",", sort @n), "\n";
print join(",", sort { $a <=> $b } @n), "\n";
print join(",", sort { $b <=> $a } @n), "\n";
print join(",", reverse sort { $a <=> $b } @n), "\n";
my %age = (tom => 30, ann => 25, bob => 30, cid => 20);
print join(",", sort { $age{$a} <=> $age{$b} || $a cmp $b } keys %age), "\n";
print join(",", sort { $age{$b} <=> $age{$a} or $b cmp $a } keys %age), "\n";
sub by_len { length($a) <=> length($b) or $a cmp $b }
print join(",", sort by_len qw(ccc a bb aaa b)), "\n";
my $cmp = sub { $b cmp $a };
print join(",", sort $cmp qw(x z y)), "\n";
print join(",", sort { lc($a) cmp lc($b) } qw(Banana apple Cherry)), "\n";
my @recs = map { { name => $_->[0], n => $_->[1] } } ([a => 2], [b => 1], [c => 2], [d => 1]);
print join(",", map { $_->{name} } sort { $a->{n} <=> $b->{n} } @recs), "\n";
my @data = (3, 1, 2);
@data = sort { $a <=> $b } @data;
print "@data\n";
my @mixed = sort { $a <=> $b } (3, -1, 2.5, 0, -10);
print "@mixed\n";
my @st = map { $_->[1] } sort { $a->[0] <=> $b->[0] } map { [length($_), $_] } qw(pear fig apple kiwi);
print "@st\n";

print join(" ", sort { $a <=> $b } grep { $_ % 2 } 1 .. 9), "\n";
