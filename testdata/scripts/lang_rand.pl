# srand makes rand repeat the same sequence as perl's own generator.
use strict;
use warnings;
srand(42);
my @r = map { rand() } 1 .. 5;
printf "%.10f\n", $_ for @r;
srand(42);
printf "again: %.10f\n", rand();
srand(1);
print join(" ", map { int(rand(100)) } 1 .. 10), "\n";
srand(12345);
my @deck = 1 .. 10;
for my $i (reverse 1 .. $#deck) {
    my $j = int(rand($i + 1));
    @deck[$i, $j] = @deck[$j, $i];
}
print "@deck\n";
my $s = srand(7);
print "srand returns $s\n";
printf "%.6f\n", rand(10);
