# next, last and redo with and without labels, continue blocks, and
# control flow from inside expressions.
my $tries = 0;
for my $i (1 .. 3) {
    $tries++;
    if ($i == 2 && $tries < 4) { redo }
    print "i=$i tries=$tries\n";
}
OUTER: while (1) {
    for my $j (1 .. 5) {
        next if $j == 2;
        last OUTER if $j == 4;
        print "j=$j\n";
    }
}
my $k = 0;
while ($k < 5) {
    next if $k == 1;
    print "k=$k\n";
} continue {
    $k++;
}
sub first_even {
    for my $n (@_) {
        $n % 2 == 0 and return $n;
    }
    return -1;
}
print "first even: ", first_even(3, 5, 8, 10), "\n";
my @found;
for my $w (qw(a b stop c)) {
    $w eq "stop" and last;
    push @found, $w;
}
print "found: @found\n";
{
    print "bare block\n";
    last;
    print "not reached\n";
}
my $n = 0;
do { $n++ } while ($n < 3);
print "n=$n\n";
$n = 10;
$n-- until $n <= 7;
print "n=$n\n";
