# Hashes as counters: keys built from numbers and strings, incremented in
# a loop, then printed sorted by key, plus exists, delete and values.
use strict;
use warnings;

my @words = split(' ', "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu");
my %count;
for my $i (1 .. 4_000_000) {
    my $w = $words[$i % 12] . ($i % 37);
    $count{$w}++;
}
my $n = 0;
for my $k (sort keys %count) {
    print "$k $count{$k}\n" if $n++ % 40 == 0;
}
print "keys: ", scalar(keys %count), "\n";

my %seen;
my $dups = 0;
for my $i (1 .. 300_000) {
    my $k = ($i * 7919) % 5_021;
    if (exists $seen{$k}) {
        $dups++;
        delete $seen{$k} if $i % 2;
    } else {
        $seen{$k} = $i;
    }
}
my $total = 0;
$total += $_ for values %seen;
print "dups: $dups kept: ", scalar(keys %seen), " total: $total\n";
