# Magic string increment and letter ranges.
use strict;
use warnings;
for my $s (qw(a z az Zz zz a9 Az zZ9 A99 aa0)) {
    my $t = $s;
    $t++;
    print "$s -> $t\n";
}
print join(",", 'a' .. 'e'), "\n";
print join(",", 'aa' .. 'ad'), "\n";
print join(",", '08' .. '11'), "\n";
print join(",", 'x' .. 'ab'), "\n";
print join(",", 1 .. 0), "|\n";
print join(",", -2 .. 2), "\n";
print scalar(my @l = ('a' .. 'zz')), "\n";
my $v = "9";
$v++;
print "$v\n";
my $id = "id099";
$id++;
print "$id\n";
my $e = "";
$e++;
print "empty -> $e\n";
