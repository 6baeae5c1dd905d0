# next and last inside an eval string act on the enclosing loop.
my @seen;
for my $i (1 .. 6) {
    eval 'next if $i % 2';
    eval 'last if $i > 4';
    push @seen, $i;
}
print "@seen\n";
my $n = 0;
OUTER: for my $x (1 .. 3) {
    for my $y (1 .. 3) {
        eval 'next OUTER if $y == 2';
        $n++;
    }
}
print "$n\n";
my $count = 0;
while (1) {
    $count++;
    eval q{ last if $count >= 3 };
}
print "$count\n";
