# Closures: counters and accumulators made by a factory and called in
# loops, closures over loop variables, and code references in a
# dispatch table.
use strict;
use warnings;

sub make_counter {
    my $n = shift;
    return sub { $n += $_[0]; return $n };
}
sub make_scaler {
    my $k = shift;
    return sub { return $_[0] * $k };
}
my @counters = map { make_counter($_) } 1 .. 10;
my $scale = make_scaler(3);
my $sum = 0;
for my $i (1 .. 1_200_000) {
    my $c = $counters[$i % 10];
    $sum = ($sum + $c->(1) + $scale->($i % 100)) % 1_000_003;
}
print "sum: $sum\n";

my %ops = (
    add => sub { $_[0] + $_[1] },
    sub => sub { $_[0] - $_[1] },
    mul => sub { ($_[0] * $_[1]) % 1_000_003 },
    max => sub { $_[0] > $_[1] ? $_[0] : $_[1] },
);
my @names = sort keys %ops;
my $acc = 1;
for my $i (1 .. 1_200_000) {
    my $op = $ops{ $names[$i % 4] };
    $acc = $op->($acc, $i % 1000) % 1_000_003;
}
print "acc: $acc\n";

my @subs;
for my $i (1 .. 1000) {
    push @subs, sub { return $i * 2 + $_[0] };
}
my $total = 0;
for my $round (1 .. 800) {
    $total = ($total + $_->($round)) % 1_000_003 for @subs;
}
print "total: $total\n";
