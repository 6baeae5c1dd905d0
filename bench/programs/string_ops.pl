# String functions: substr, index, lc, uc, join and split on ' ', over
# generated text lines.
use strict;
use warnings;

my @words = qw(alpha Bravo charlie Delta echo Foxtrot golf Hotel india Juliet);
my $check = 0;
my $found = 0;
for my $i (1 .. 600_000) {
    my $line = join ' ', $words[$i % 10], $words[($i * 3) % 10], $i, $words[($i * 7) % 10];
    my @f = split ' ', $line;
    $check = ($check + scalar(@f) + length($f[0])) % 1_000_003;
    my $u = uc $f[1];
    my $l = lc $f[3];
    $check = ($check + length($u) + ord(substr($l, 0, 1))) % 1_000_003;
    my $p = index($line, 'e');
    $found++ if $p >= 0;
    $check = ($check + $p + index($line, 'o', 3)) % 1_000_003;
    my $s = substr($line, 2, 5) . substr($line, -3);
    $check = ($check + length($s)) % 1_000_003;
}
print "check: $check found: $found\n";
my $text = join ' ', map { $words[$_ % 10] } 1 .. 800_000;
my @all = split ' ', $text;
my %n;
$n{lc $_}++ for @all;
print join(",", map { "$_=$n{$_}" } sort keys %n), "\n";
