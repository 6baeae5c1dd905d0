# Undefined array elements in join, print and interpolation: a stored
# undef is named ($a[1]), a hole never stored is not, and join of a
# whole array says "within @a" for holes and, once $#a was assigned,
# for every element.
use strict;
use warnings;
my @a = (1, undef, 3);
my $s = join(",", @a);
our @g = (1, undef);
$s = join(",", @g);
sub f { my @b = (undef); $s = join(",", @b); }
f();
for my $r (1 .. 2) { my @parts = ("a", undef); my $line = join("-", @parts); }
my @q; $q[3] = 1; $s = join("-", @q);
our @p; $p[2] = 1; $p[0] = undef; $s = join("-", @p);
my @h; $h[2] = "x"; print @h, "\n"; $s = "@h";
my @a2; $a2[2] = 1; $a2[0] = undef;
print "A\n"; $s = join(",", @a2);
our @b2 = (1, undef, 3); $#b2 = 4;
print "B\n"; $s = join(",", @b2);
my @c = (1, undef, 3); $#c = 2;
print "C\n"; $s = join(",", @c);
my @d = (1, undef, 3); $#d = 5; $#d = 2;
print "D\n"; $s = join(",", @d);
my @e = (1, undef, 3, 4); pop @e;
print "E\n"; $s = join(",", @e);
print "done\n";
