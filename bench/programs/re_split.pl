# Regex: split on whitespace, on a literal separator and with a limit,
# over generated lines.
use strict;
use warnings;

my @lines = map { "  field$_ alpha  beta\tgamma $_ delta:epsilon:zeta " . ($_ * 7) } 1 .. 1000;
my ($fields, $chars, $colon) = (0, 0, 0);
for my $round (1 .. 500) {
    for my $line (@lines) {
        my @f = split /\s+/, $line;
        $fields += @f;
        $chars += length $f[1];
        my @w = split ' ', $line;
        $fields += @w;
        my @c = split /:/, $w[5];
        $colon += @c;
        my ($first, $rest) = split ' ', $line, 2;
        $chars += length $rest;
    }
}
print "$fields $chars $colon\n";
