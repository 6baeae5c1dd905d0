# while and until loops, including a loop that never runs.
my $i = 0;
while ($i < 5) {
    print "while $i\n";
    $i++;
}
my $j = 3;
until ($j == 0) {
    print "until $j\n";
    $j--;
}
while (0) {
    print "never\n";
}
until (1) {
    print "never\n";
}
my @stack = (1, 2, 3);
while (@stack) {
    my $top = pop @stack;
    print "popped $top\n";
}
my $k = 0;
while (1) {
    $k++;
    last if $k >= 4;
}
print "k=$k\n";
