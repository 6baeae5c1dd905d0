# Argument "..." isn't numeric, and how perl shows the string.
use strict;
use warnings;
my $s;
$s = "abc" + 1;
$s = "3abc" + 1;
$s = "abc" == 1;
$s = "a\nb" + 1;
$s = "" + 1;
$s = " 12 " + 1;
$s = "12\n" + 1;
$s = "0x10" + 1;
$s = "1_000" + 1;
$s = "inf" + 1;
$s = "1e3" + 1;
$s = ".5" + 1;
$s = "+3" + 1;
$s = "3." + 1;
$s = "\x01x" + 1;
$s = 3 x "abc";
$s = -"12x";
$s = -"abc";
$s = int("z3");
$s = "x" * "y";
$s = "10 apples" * 2;
print "s=$s\n";
{
    no warnings 'numeric';
    $s = "abc" + 1;
    my $u;
    $s = $u + 1;
}
{
    no warnings;
    $s = "abc" + 1;
}
sub f { return $_[0] + 1 }
f(undef);
f("zz");
my @a = (1, 2, 3);
my %h = (1, 2, 3);
%h = ([1]);
my $hr = {1};
$s = $a[5] + 1;
print "done\n";
