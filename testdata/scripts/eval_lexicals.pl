# eval STRING sees and assigns the enclosing lexicals.
use strict;
use warnings;
my $x = 1;
print eval '$x + 1', "\n";
eval '$x = 10';
print "x=$x\n";
my @a = (1, 2, 3);
my %h = (k => 'v');
print eval 'scalar(@a) . ":" . $h{k}', "\n";
eval 'push @a, 4; $h{n} = 5';
print "@a ", join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
{
    my $x = 'inner';
    print eval '$x', "\n";
}
print eval '$x', "\n";
sub f {
    my $y = shift;
    return eval '$y * 2 + $x';
}
print f(5), "\n";
for my $i (1 .. 3) {
    print eval '"i=$i "';
}
print "\n";
my $code = 'my $z = 7; $z * $x';
print eval($code), "\n";
