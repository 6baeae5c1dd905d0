# foreach over lists, ranges, with my variables and with $_.
foreach my $x (1, 2, 3) {
    print "x=$x\n";
}
for my $i (1 .. 5) {
    print $i;
}
print "\n";
foreach ('a' .. 'e') {
    print "$_ ";
}
print "\n";
for ('aa' .. 'ad') {
    print "$_ ";
}
print "\n";
my @a = (10, 20, 30);
for my $e (@a) {
    $e *= 2; # the loop variable aliases the element
}
print "@a\n";
for (@a) {
    $_ += 1;
}
print "@a\n";
my $x = "outer";
for my $x (1 .. 2) {
    print "inner $x\n";
}
print "after: $x\n";
for my $r (reverse 1 .. 4) {
    print $r;
}
print "\n";
for (5 .. 3) {
    print "never\n";
}
my $count = 0;
foreach (1 .. 10) { $count++ }
print "count=$count\n";
for my $n (-2 .. 2) { print "[$n]" }
print "\n";
