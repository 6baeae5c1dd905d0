# Primes below 200 with nested loops, next and last.
my @primes;
for my $n (2 .. 200) {
    my $is_prime = 1;
    for my $p (@primes) {
        last if $p * $p > $n;
        if ($n % $p == 0) {
            $is_prime = 0;
            last;
        }
    }
    next unless $is_prime;
    push @primes, $n;
}
print scalar(@primes), " primes\n";
my $line = "";
for my $p (@primes) {
    if (length($line) + length($p) + 1 > 40) {
        print "$line\n";
        $line = "";
    }
    $line .= ($line eq "" ? "" : " ") . $p;
}
print "$line\n";
