# Round trips through every width at pseudo-random offsets, with a fixed
# generator so that perl and miniperl see the same numbers.
my $seed = 42;
sub rnd {
    my $n = shift;
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    return $seed % $n;
}
my @widths = (1, 2, 4, 8, 16, 32, 64);
for my $bits (@widths) {
    my $s = '';
    my %want;
    my $max = $bits == 64 ? 2**62 : 2**$bits;
    for (1 .. 20) {
        my $off = rnd(50);
        my $val = $bits >= 32 ? rnd(2147483647) * rnd(4) + rnd(1000) : rnd($max);
        $val %= $max if $bits < 64;
        vec($s, $off, $bits) = $val;
        $want{$off} = $val;
    }
    my $ok = 0;
    for my $off (keys %want) {
        $ok++ if vec($s, $off, $bits) == $want{$off};
    }
    my $total = 0;
    $total += vec($s, $_, $bits) for 0 .. 60;
    print "$bits bits: ", scalar(keys %want), " offsets, $ok read back, len ", length($s), ", sum $total\n";
    print "  ", unpack("H*", $s), "\n";
}
# The same bytes seen through different widths.
my $s = pack("N", 0xDEADBEEF);
print join(",", map { vec($s, $_, 1) } 0 .. 15), "\n";
print join(",", map { vec($s, $_, 2) } 0 .. 15), "\n";
print join(",", map { vec($s, $_, 4) } 0 .. 7), "\n";
print join(",", map { vec($s, $_, 8) } 0 .. 3), "\n";
print join(",", map { vec($s, $_, 16) } 0 .. 1), "\n";
print vec($s, 0, 32), " ", vec($s, 0, 64), "\n";
