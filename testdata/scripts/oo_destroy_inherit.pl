use strict;
use warnings;

package Base;
sub new { my ($class, $name) = @_; return bless { name => $name }, $class }
sub DESTROY { my $self = shift; print "Base::DESTROY $self->{name} (", ref $self, ")\n" }

package Derived;
our @ISA = ('Base');
sub DESTROY { my $self = shift; print "Derived::DESTROY $self->{name}\n"; $self->SUPER::DESTROY() }

package Plain;
our @ISA = ('Base');

package Auto;
our $AUTOLOAD;
sub new { return bless {}, shift }
sub AUTOLOAD { my $n = $AUTOLOAD; $n =~ s/.*:://; print "AUTOLOAD $n\n"; return }

package Quiet;
sub new { return bless {}, shift }
sub DESTROY { }
sub AUTOLOAD { print "never\n" }

package main;

{ my $d = Derived->new("d"); }
{ my $p = Plain->new("p"); }
{ my $a = Auto->new; $a->hello; }
{ my $q = Quiet->new; }
my $late = Plain->new("late");
bless $late, 'Derived';
undef $late;
print "end\n";
