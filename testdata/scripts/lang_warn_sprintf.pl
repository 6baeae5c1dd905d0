# sprintf and printf warnings: non-numeric arguments to numeric
# conversions, redundant and missing arguments, undefined arguments.
use strict;
use warnings;
my $s = sprintf("%d %s %x", "3x", "y", "zz");
printf("%.2f\n", "1.5abc");
$s = sprintf("%s", 1, 2);
$s = sprintf("%s %s", 1);
printf("%d\n", 1, 2);
$s = sprintf('%2$s %1$s', "a", "b");
$s = sprintf("%*d|%-5s|%%", 3, 4, "x");
my $u;
$s = sprintf("%s-%d", $u, $u);
{
    no warnings 'numeric';
    $s = sprintf("%d", "q");
}
print "$s\n";
