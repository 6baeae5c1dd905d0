use strict;
use warnings;

package Obj;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { print "DESTROY $_[0]{name}\n" }

package main;

my %h = (a => Obj->new("ha"), b => Obj->new("hb"), c => Obj->new("hc"));
delete $h{a};
print "after delete\n";
my $kept = delete $h{b};
print "kept ", ref $kept, "\n";
undef $kept;
%h = ();
print "after hash clear\n";

my @a = map { Obj->new("a$_") } 1 .. 5;
shift @a;
print "after shift\n";
pop @a;
print "after pop\n";
splice(@a, 0, 1);
print "after splice\n";
splice(@a, 0, 1, Obj->new("replacement"));
print "after splice replace\n";
@a = ();
print "after array clear\n";

my @b = (Obj->new("b1"), Obj->new("b2"));
$#b = 0;
print "after truncate\n";
undef @b;
print "after undef array\n";

my $ar = [Obj->new("r1"), Obj->new("r2")];
$ar->[0] = Obj->new("r3");
print "after element overwrite\n";
$ar = undef;
print "after aref undef\n";

my %reg;
$reg{$_} = Obj->new("reg$_") for 1 .. 3;
for my $k (sort keys %reg) { delete $reg{$k} if $k != 2 }
print "left: ", join(",", sort keys %reg), "\n";
undef %reg;
print "end\n";
