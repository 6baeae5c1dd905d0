# The value of a sub without return: the last statement evaluated,
# through if/else, unless, loops and nested blocks.
use strict;
use warnings;
sub by_if { my $x = shift; if ($x > 0) { "positive" } elsif ($x < 0) { "negative" } else { "zero" } }
print join(",", map { by_if($_) } (5, -5, 0)), "\n";
sub by_unless { my $x = shift; unless ($x) { "falsy" } else { "truthy" } }
print by_unless(0), " ", by_unless(1), "\n";
sub by_expr { $_[0] * 2 }
print by_expr(21), "\n";
sub by_assign { my $y = $_[0] + 1 }
print by_assign(1), "\n";
sub by_block { { 1; "inner block" } }
print by_block(), "\n";
sub by_list { (1, 2, 3) }
my @l = by_list();
my $s = by_list();
print "@l $s\n";
sub by_hash { my %h = (a => 1); %h }
my %h = by_hash();
print join(",", %h), "\n";
sub by_ternary { $_[0] ? "yes" : "no" }
print by_ternary(1), by_ternary(0), "\n";
sub by_do { do { 42 } }
print by_do(), "\n";
