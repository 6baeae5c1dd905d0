# sort is stable: equal keys keep their input order, with numeric and
# string keys and reverse.
use strict;
use warnings;
my @recs = map { [split /:/] } qw(b:2 a:1 c:2 d:1 e:3 f:2);
print join(" ", map { $_->[0] } sort { $a->[1] <=> $b->[1] } @recs), "\n";
print join(" ", map { $_->[0] } sort { $b->[1] <=> $a->[1] } @recs), "\n";
print join(" ", map { $_->[0] } reverse sort { $a->[1] <=> $b->[1] } @recs), "\n";
my @words = qw(bb a ccc dd e fff);
print join(" ", sort { length($a) <=> length($b) } @words), "\n";
my @big = map { [$_ % 7, $_] } 1 .. 40;
my @s = sort { $a->[0] <=> $b->[0] } @big;
my $ok = 1;
for my $i (1 .. $#s) {
    $ok = 0 if $s[$i][0] == $s[$i - 1][0] && $s[$i][1] < $s[$i - 1][1];
}
print "stable: $ok\n";
print join(",", sort { $a <=> $b } (3, 1, 2, 1, 3)), "\n";
print join(",", sort { $b cmp $a } qw(b a c a)), "\n";
