# Lists in scalar context: comma operator, array vs list, list
# assignment counts, and swap idioms.
use strict;
use warnings;
my @a = (5, 6, 7);
my $count = @a;
my ($first) = @a;
my $last = $a[-1];
print "$count $first $last\n";
my $n = () = (1, 2, 3, 4);
print "$n\n";
my ($x, $y) = (1, 2);
($x, $y) = ($y, $x);
print "$x $y\n";
my ($p, $q, @rest) = (1 .. 5);
print "$p $q @rest\n";
my ($u, $v, $w) = (1, 2);
print defined $w ? "w defined\n" : "w undef\n";
my @b = (my @c = (1, 2, 3));
print scalar(@b), "\n";
my $s = scalar(@a) + 0;
print "$s\n";
if ((my @found = grep { $_ > 5 } @a) > 1) { print "found ", scalar(@found), "\n" }
my @empty = ();
print "empty is false\n" unless @empty;
my $str = "@a[0..1]";
print "$str\n";
my @copy = @a;
push @copy, 8;
print scalar(@a), " ", scalar(@copy), "\n";
my %h;
@h{qw(a b c)} = ();
print join(",", sort keys %h), "\n";
my ($k1, $k2) = sort keys %h;
print "$k1$k2\n";
print "last of list: ", (sort { $b <=> $a } @a)[0], "\n";
my @arr = (1) x 3;
my $joined = join '', @arr, (2) x 2;
print "$joined\n";
