# Count words from STDIN with split ' ' and a hash; print sorted by word.
my %count;
my $words = 0;
while (my $line = <STDIN>) {
    chomp($line);
    foreach my $w (split(' ', $line)) {
        $count{lc($w)}++;
        $words++;
    }
}
print "words: $words\n";
foreach my $w (sort keys %count) {
    printf("%-8s %2d %s\n", $w, $count{$w}, "*" x $count{$w});
}
