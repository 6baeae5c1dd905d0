# sprintf and printf warn in the order the arguments are formatted:
# uninitialized and non-numeric arguments interleaved, then missing or
# redundant ones; and an undefined length() names the variable it measured.
use strict;
use warnings;
my $u;
my $s = sprintf("%d %d", "abc", $u);
$s = sprintf("%s %d", $u, "x");
$s = sprintf("%d %s %d", $u, $u, "1x");
$s = sprintf("%.2f|%s", "z", $u);
$s = sprintf("%s", 1, $u);
$s = sprintf("%*d", $u, 5);
$s = sprintf('%2$s %1$s', $u, "a");
$s = sprintf("%s %s %s", $u);
$s = sprintf($u);
printf STDOUT ("%d %d\n", "q", $u);
printf("%s|%x\n", $u, "ff");
my $x = length($u) + 1;
my @a;
$x = length($a[3]) * 2;
print "done\n";
