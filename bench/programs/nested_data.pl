# Nested data: a hash of arrays of hashes built, updated through
# references and walked, as programs keep records per key.
use strict;
use warnings;

my %db;
for my $i (1 .. 200_000) {
    my $group = "g" . ($i % 500);
    push @{ $db{$group} }, { id => $i, score => ($i * 7) % 101, tags => [ $i % 3, $i % 5 ] };
}
my $total = 0;
my $tagged = 0;
for my $g (sort keys %db) {
    for my $rec (@{ $db{$g} }) {
        $total += $rec->{score};
        $tagged++ if $rec->{tags}[0] == 0 && $rec->{tags}->[1] == 0;
        $rec->{score} += 1;
    }
}
print "total: $total tagged: $tagged\n";
my %best;
for my $g (keys %db) {
    my $max = -1;
    for my $rec (@{ $db{$g} }) {
        $max = $rec->{score} if $rec->{score} > $max;
    }
    $best{$g} = $max;
}
my $sum = 0;
$sum += $best{$_} for keys %best;
print "best sum: $sum groups: ", scalar(keys %best), "\n";
my $count = 0;
for my $g (sort keys %db) {
    my $list = $db{$g};
    $count += scalar(@$list);
    $count += $list->[0]{id} % 7;
}
print "count: $count\n";
