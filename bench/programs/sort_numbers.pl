# Sorting: numeric sort with { $a <=> $b }, reverse numeric, sort of
# hash keys by value with a tie-break, and a Schwartzian transform,
# over pseudo-random numbers from a fixed LCG.
use strict;
use warnings;

my $seed = 12345;
my @n;
for (1 .. 200_000) {
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    push @n, $seed % 1_000_000;
}
my $check = 0;
for my $round (1 .. 3) {
    my @asc = sort { $a <=> $b } @n;
    my @desc = sort { $b <=> $a } @n;
    $check = ($check + $asc[0] + $asc[-1] + $asc[100_000] + $desc[1]) % 1_000_003;
}
my %score;
for my $i (0 .. 49_999) {
    $score{"k$i"} = $n[$i] % 1000;
}
my @by_value = sort { $score{$a} <=> $score{$b} || $a cmp $b } keys %score;
print "first: $by_value[0] $score{$by_value[0]} last: $by_value[-1] $score{$by_value[-1]}\n";
my @words = map { "w" . ($_ % 997) . "x" . ($_ % 13) } @n[0 .. 29_999];
my @st = map { $_->[1] } sort { $a->[0] <=> $b->[0] or $a->[1] cmp $b->[1] } map { [length($_), $_] } @words;
print "st: $st[0] $st[-1] ", scalar(@st), "\n";
print "checksum: $check\n";
