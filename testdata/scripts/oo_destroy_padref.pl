use strict; use warnings;
package Obj;
sub new { my ($class, $name) = @_; my %self = (name => $name); return bless \%self, $class }
sub newa { my ($class, $name) = @_; my @self = ($name); return bless \@self, $class }
sub DESTROY { my $s = shift; print "DESTROY ", (ref $s eq 'Obj' && eval { $s->{name} }) || $s->[0], "\n" }
package main;
{ my $o = Obj->new("hash_pad"); print "have $o->{name}\n"; }
print "after hash\n";
{ my $o = Obj->newa("array_pad"); print "have $o->[0]\n"; }
print "after array\n";
my @keep;
for my $i (1..2) { my %h = (i => $i); push @keep, \%h; }
print "kept ", scalar(@keep), " ", join(",", map { $_->{i} } @keep), "\n";
my $x = Obj->new("late");
undef $x;
print "end\n";
