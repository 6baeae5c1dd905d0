# Prototypes that change parsing: unary ($), (;$), (\@), constants (), \@@ and \[@%]; prototype(); string ranges.
use strict; use warnings;
sub mypush(\@@) { my $a = shift; push @$a, @_; scalar @$a }
my @x = (1); mypush @x, 2, 3; print "@x\n";
sub one($) { "one(@_)" }
my @r = (one 1, 2); print "@r\n";
sub PI() { 3.14159 }
print PI * 2, "\n";
sub opt($;$) { defined $_[1] ? "two" : "one" }
print opt(1), " ", opt(1, 2), "\n";
sub hashy(\%) { join ",", sort keys %{$_[0]} }
my %h = (a => 1, b => 2); print hashy(%h), "\n";
sub either(\[@%]) { ref $_[0] }
print either(@x), " ", either(%h), "\n";
sub noargs() { "na" }
print noargs . "x", "\n";
sub pass { &inner } sub inner { "inner got @_" }
print pass(7, 8), "\n";
print prototype('mypush'), " ", prototype(\&one), " ", (defined prototype('pass') ? 'def' : 'undef'), "\n";
print prototype("CORE::push"), "\n";
my $s = "aa"; my @range = ('aa'..'ad'); print "@range\n";
my @letters = ('x'..'ab'); print scalar(@letters), "\n";
sub first_of(\@) { $_[0][0] }
my @list = (9, 8);
print first_of(@list), " ", (first_of @list) + 1, "\n";
my %k = (one => 'key'); print $k{one}, " ", one(5), "\n";
my %fat = (one => 2); print join(",", %fat), "\n";
sub lenish(_) { length $_[0] }
$_ = "hello"; print lenish, " ", lenish("ab"), "\n";
print "cmp: ", (one 1) eq "one(1)" ? "yes" : "no", "\n";
sub twice(&@) { my $c = shift; map { $c->($_) x 2 } @_ }
print eval q{ join(",", twice { uc } qw(a b)) }, "\n";
my @e = eval q{ (one 7, 8) }; print "@e\n";
