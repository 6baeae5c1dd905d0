# Arrays assigned from lists built fresh (sort, reverse, map, grep, keys,
# copies of arrays) own their elements: changing one side leaves the
# other alone, and objects in them are destroyed when the array lets go.
use strict;
use warnings;

my @n = (5, 3, 9, 1, 7);
my @s = sort { $a <=> $b } @n;
$s[0] = 100;
print "@n | @s\n";
my @d = sort { $b <=> $a } @n;
$n[0] = -1;
print "@n | @d\n";
my $r = \@n;
my @rs = sort { $a <=> $b } @$r;
push @rs, 42;
print "@n | @rs\n";
@n = sort { $a <=> $b } @n;
print "@n\n";
@n = reverse @n;
print "@n\n";
my @m = map { $_ * 2 } @n;
$m[1] = "x";
print "@n | @m\n";
my @g = grep { $_ > 3 } @n;
$_++ for @g;
print "@n | @g\n";
my @c = (@n);
$c[0] = "c";
my @c2 = (@n, @m);
$c2[0] = "c2";
print "@n | @c | $c2[0] $c2[5]\n";
my %h = (one => 1, two => 2, three => 3);
my @k = sort keys %h;
my @v = sort { $a <=> $b } values %h;
$k[0] = "zzz";
print join(",", sort keys %h), " | @k | @v\n";
my @w = sort qw(pear apple fig);
$w[0] = "APPLE";
print "@w\n";
my @rng = reverse 1 .. 5;
$rng[0] = 0;
print "@rng\n";
my @mixed = sort { $a <=> $b } (3, 1.5, "2", -7);
print "@mixed\n";
my $ref = \$s[1];
@s = sort { $a <=> $b } (10, 20);
print "$$ref @s\n";
my @strs = sort { $a <=> $b } ("10", "9", "100");
print "@strs\n";
my @e = sort { $a <=> $b } ();
print scalar(@e), "\n";
my $count = () = sort { $a <=> $b } @n;
print "$count\n";
my $cnt2 = (my @z = sort { $a <=> $b } @n);
print "$cnt2 @z\n";

package Obj;
sub new { my ($c, $n) = @_; return bless { n => $n }, $c }
sub DESTROY { print "destroy $_[0]{n}\n" }
package main;
{
    my @objs = map { Obj->new($_) } 3, 1, 2;
    my @sorted = sort { $a->{n} <=> $b->{n} } @objs;
    @objs = ();
    print "objs cleared\n";
    @sorted = reverse @sorted;
    print "sorted: ", join(",", map { $_->{n} } @sorted), "\n";
    @sorted = ();
    print "sorted cleared\n";
}
print "end\n";
