# if/elsif/else, unless/else, chained ternaries, statement modifiers and
# do BLOCK values.
use strict;
use warnings;
for my $n (-5, 0, 5, 50) {
    if ($n < 0) { print "$n negative\n" }
    elsif ($n == 0) { print "$n zero\n" }
    elsif ($n < 10) { print "$n small\n" }
    else { print "$n large\n" }
}
for my $n (1, 2) {
    unless ($n == 1) { print "$n is not one\n" } else { print "$n is one\n" }
}
for my $s (45, 75, 85, 95) {
    my $g = $s >= 90 ? "A" : $s >= 80 ? "B" : $s >= 70 ? "C" : "F";
    print "$s => $g\n";
}
my $v = do { 1; 2; 42 };
print "do value $v\n";
my @l = do { (1, 2, 3) };
print "do list @l\n";
my $x = do { if (1) { "from if" } else { "from else" } };
print "$x\n";
print "modifier if\n" if 1;
print "modifier unless\n" unless 0;
my $i = 0;
$i++ while $i < 5;
print "i=$i\n";
$i-- until $i <= 2;
print "i=$i\n";
print "item $_\n" for qw(a b);
my ($a1, $b1) = (0, "x");
my $r = $a1 || $b1;
my $r2 = $a1 // "undef-only";
my $r3 = $b1 && "both";
print "$r $r2 $r3\n";
print "not: ", (not 0), " ", (!1 eq "" ? "empty" : "other"), "\n";
my $t = 5;
my $desc = ($t > 3 and $t < 10) ? "between" : "outside";
print "$desc\n";
