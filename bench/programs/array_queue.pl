# Arrays as queues and stacks: push and shift through a FIFO, push and pop
# on a stack, and indexing and scalar(@a) on a growing array.
use strict;
use warnings;

my @queue = (1 .. 10);
my $served = 0;
my $sum = 0;
while (@queue && $served < 2_500_000) {
    my $x = shift @queue;
    $sum = ($sum + $x) % 1_000_003;
    push @queue, $x + 1, $x + 2 if scalar(@queue) < 1000;
    $served++;
}
print "served: $served sum: $sum left: ", scalar(@queue), "\n";

my @stack;
my $depth = 0;
for my $i (1 .. 2_500_000) {
    if ($i % 3) {
        push @stack, $i;
    } else {
        my $top = pop @stack;
        $depth += $top % 11;
    }
}
print "stack: ", scalar(@stack), " depth: $depth\n";

my @a;
for my $i (0 .. 999_999) {
    $a[$i] = $i * 3;
}
my $t = 0;
for my $i (0 .. $#a) {
    $t += $a[$i] if $a[$i] % 2;
}
print "total: $t last: $a[-1] count: ", scalar(@a), "\n";
