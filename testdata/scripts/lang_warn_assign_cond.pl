# "Found = in conditional, should be ==": a constant assigned in the
# condition of if, unless, while, until, a modifier, ?: and the
# left side of a logical operator; not for elsif, variables, lists or calls.
use strict;
use warnings;
my ($a, $b) = (0, 0);
if ($a = 1) { print "if\n" }
if ($a = "x") { }
if ($a = $b) { }
while ($a = 0) { }
print "modifier\n" if $a = 2;
my $r = ($a = 3) ? 1 : 0;
unless ($a = 4) { }
if ($a = 5 and $b) { }
if (($a) = 6) { }
until ($a = 7) { last }
$a = 8 && 1;
if ($a = -1) { }
if ($a = 1 + 1) { }
if (my $x = undef) { }
if ($b) { } elsif ($a = 9) { }
if ($b && ($a = 10)) { }
if ($a = time) { }
{
    no warnings 'syntax';
    if ($a = 11) { }
}
print "done $a\n";
