# eval STRING runs in the current package; package inside an eval is
# local to it.
package Foo;
our $name = 'foo';
sub pkg { eval '__PACKAGE__ . " " . $name' }
package main;
our $name = 'main';
print Foo::pkg(), "\n";
print eval('$name'), "\n";
eval 'package Bar; our $x = 5; sub get { $x }';
print Bar::get(), " ", $Bar::x, " ", __PACKAGE__, "\n";
print eval('__PACKAGE__'), "\n";
my $class = 'Dyn';
eval "package $class; sub new { bless {}, shift } sub hi { 'hi from ' . ref shift } 1" or die $@;
print Dyn->new->hi, "\n";
