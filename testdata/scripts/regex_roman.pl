# Roman numerals: validating with a pattern and converting with captures.
my $re = qr/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
my %v = (I => 1, V => 5, X => 10, L => 50, C => 100, D => 500, M => 1000);
for (qw(XIV MCMXCIV MMXXVI IIII VX XLII MMMM)) {
    if ($_ =~ $re && length) {
        my $n = 0;
        my @d = map { $v{$_} } split //;
        for my $i (0 .. $#d) { $n += ($i < $#d && $d[$i] < $d[$i + 1]) ? -$d[$i] : $d[$i] }
        print "$_ = $n\n";
    } else { print "$_ invalid\n" }
}
