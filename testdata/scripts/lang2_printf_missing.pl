# printf/sprintf warn once for each missing argument, as perl does.
use warnings;
printf "%s %s %s|\n", "a";
my $x = sprintf("%d %d %d|", 1); print "$x\n";
printf "%s|\n", "a", "b";
