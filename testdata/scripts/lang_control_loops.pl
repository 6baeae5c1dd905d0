# Loop control: last/next/redo with labels, continue blocks, do-while,
# until, and bare blocks as loops.
use strict;
use warnings;
OUTER: for my $i (1 .. 4) {
    for my $j (1 .. 4) {
        next OUTER if $j > $i;
        last OUTER if $i == 4;
        print "$i$j ";
    }
}
print "\n";
my $n = 0;
while (1) {
    $n++;
    next if $n % 2;
    last if $n > 8;
    print "n=$n ";
}
print "\n";
my $k = 0;
until ($k >= 3) { print "k=$k "; $k++ }
print "\n";
my $d = 0;
do { print "do=$d "; $d++ } while ($d < 3);
print "\n";
$d = 10;
do { print "once=$d " } until $d > 5;
print "\n";
my $c = 0;
for my $x (1 .. 5) {
    next if $x == 3;
    print "x=$x ";
} continue {
    $c++;
}
print "continue ran $c\n";
my $w = 0;
while ($w < 3) {
    print "w=$w ";
} continue {
    $w++;
}
print "\n";
my $tries = 0;
for my $v (1 .. 3) {
    $tries++;
    if ($tries == 2) { redo }
    print "v=$v(t$tries) ";
}
print "\n";
BLOCK: {
    print "in block ";
    last BLOCK;
    print "never";
}
print "after block\n";
my @stack = (1 .. 5);
while (my $top = pop @stack) {
    last unless @stack;
    print "top=$top ";
}
print "\n";
my $i = 0;
LINE: while ($i < 10) {
    $i++;
    for my $m (2, 3) { next LINE if $i % $m == 0 }
    print "i=$i ";
}
print "\n";
for (my $z = 0, my $y = 10; $z < 3; $z++, $y--) { print "$z/$y " }
print "\n";
