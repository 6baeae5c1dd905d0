# The classic filter loop: while (<STDIN>), chomp, transform, count.
my $n = 0;
my $total = 0;
while (my $line = <STDIN>) {
    chomp($line);
    $n++;
    $total += $line;
    print "$n: ", scalar reverse($line), " (", length($line), ")\n";
}
print "lines=$n total=$total\n";
