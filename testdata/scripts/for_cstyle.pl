# C-style for loops.
for (my $i = 0; $i < 5; $i++) {
    print "i=$i\n";
}
for (my $i = 10; $i > 0; $i -= 3) {
    print "down $i\n";
}
my $sum = 0;
for (my $i = 1; $i <= 100; $i++) {
    $sum += $i;
}
print "sum=$sum\n";
my $n = 0;
for (;;) {
    $n++;
    last if $n == 3;
}
print "n=$n\n";
for (my ($a, $b) = (0, 10); $a < $b; $a += 2, $b -= 2) {
    print "$a $b\n";
}
