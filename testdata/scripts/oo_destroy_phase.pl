use strict; use warnings;
package Foo;
sub new { bless {n => $_[1]}, $_[0] }
sub DESTROY { my $s = shift; print "phase ${^GLOBAL_PHASE} $s->{n}\n"; warn "warned $s->{n}"; die "died $s->{n}" if $s->{n} eq 'g' }
package main;
our $g = Foo->new("g");
my $l = Foo->new("l");
{ my $x = Foo->new("x"); }
print "end\n";
