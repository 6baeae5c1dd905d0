# perl's shadow warnings: a my over a my (or an our) in the same scope or
# statement, an our repeated in the same or an enclosing scope (with the
# hint to use local), and the declarations that give no warning.
use strict;
use warnings;
my $x = 1;
my $x = 2;
our @g; our @g;
{ our @g; }
my ($y, $y);
my %h; { my %h; }
our $z; my $z;
my $w; our $w;
for my $i (1) { my $i = 2; }
sub f { my $x; my $x; return $x }
my @x; my %x;
package Other; our $z;
package main;
{ no warnings 'shadow'; my $x; }
{ no warnings; my $q; my $q; }
if ((my $c = 3) > 2) { my $c = 4; }
my $s = 0;
for (1 .. 2) { my $t = $_; $s += $t }
print "ok $x $s\n";
