# last and next, also inside nested loops (they act on the innermost loop).
for my $i (1 .. 10) {
    next if $i % 2;
    last if $i > 6;
    print "even $i\n";
}
for my $i (1 .. 3) {
    for my $j (1 .. 3) {
        next if $j == 2;
        last if $i == 2 && $j == 3;
        print "$i,$j\n";
    }
}
my $n = 0;
while (1) {
    $n++;
    next if $n < 5;
    print "n reached $n\n";
    last;
}
my $m = 0;
until ($m >= 10) {
    $m++;
    next unless $m == 7;
    print "m=$m\n";
}
my @found;
foreach (1 .. 20) {
    next unless $_ % 3 == 0;
    push @found, $_;
    last if @found == 4;
}
print "@found\n";
for (my $c = 0; $c < 10; $c++) {
    next if $c < 8;
    print "c=$c\n";
}
