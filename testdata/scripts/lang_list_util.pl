# List::Util: sum sum0 max min maxstr minstr first reduce uniq any all
# none shuffle (seeded, only checked as a permutation).
use strict;
use warnings;
use List::Util qw(sum sum0 max min maxstr minstr first reduce uniq any all none shuffle);
my @n = (3, 9, 2, 7, 5);
print sum(@n), " ", sum0(), " ", (defined sum() ? "def" : "undef"), " ", max(@n), " ", min(@n), "\n";
print maxstr(qw(apple pear fig)), " ", minstr(qw(apple pear fig)), "\n";
print first { $_ > 4 } @n;
print " ", (defined(first { $_ > 100 } @n) ? "found" : "none"), "\n";
print reduce { $a * $b } 1 .. 6;
print " ", reduce { $a . $b } qw(a b c);
print "\n";
print join(",", uniq(qw(a b a c b))), " ", scalar(uniq(1, 1, 2)), "\n";
print((any { $_ == 9 } @n) ? "any yes" : "any no", " ");
print((all { $_ > 1 } @n) ? "all yes" : "all no", " ");
print((none { $_ > 10 } @n) ? "none yes" : "none no", "\n");
srand(3);
my @s = shuffle(1 .. 10);
print join(",", sort { $a <=> $b } @s), " ", scalar(@s), "\n";
print sum(map { $_ * 2 } @n), " ", max(map { length } qw(a abc ab)), "\n";
my $longest = reduce { length($a) >= length($b) ? $a : $b } qw(aa bbbb cc dddd);
print "$longest\n";
print sum(1.5, 2.25), " ", min(-1, -5, 0), "\n";
