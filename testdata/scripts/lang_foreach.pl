# foreach: aliasing of elements, loop variable scoping, iterating pairs
# and ranges, and modifying arrays through $_.
use strict;
use warnings;
no warnings "experimental::for_list";
my @a = (1, 2, 3);
$_ *= 10 for @a;
print "@a\n";
for my $x (@a) { $x += 1 }
print "@a\n";
my $x = "outer";
for $x (1 .. 2) { }
print "x after loop: $x\n";
our $g = "global";
for $g (1 .. 2) { print "g=$g " }
print "after: $g\n";
my %h = (a => 1, b => 2, c => 3);
for my $k (sort keys %h) { $h{$k} *= 2 }
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
for my ($k, $v) (map { $_, $h{$_} } sort keys %h) { print "$k->$v " }
print "\n";
for my ($p, $q, $r) (1 .. 7) { print "[", $p, ",", $q // 'u', ",", $r // 'u', "] " }
print "\n";
my @nested = ([1, 2], [3, 4]);
for my $row (@nested) { $_ *= -1 for @$row }
print join(" ", map { "@$_" } @nested), "\n";
for my $i (reverse 1 .. 3) { print $i }
print "\n";
my @empty;
for (@empty) { print "never\n" }
my $count = 0;
for (1 .. 1000) { $count += $_ }
print "count=$count\n";
for my $c ('a' .. 'e') { print uc $c }
print "\n";
my @copy = (1, 2, 3);
for my $e (@copy, 4) { $e .= "!" if $e ne 4 }
print "@copy\n";
