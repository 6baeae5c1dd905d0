# Sub calls: small subs called a million times, taking arguments with a
# list assignment from @_ and with shift, and a recursive sub.
use strict;
use warnings;

sub add {
    my ($a, $b) = @_;
    return $a + $b;
}

sub twice {
    my $x = shift;
    return $x * 2;
}

sub clamp {
    my $v  = shift;
    my $lo = shift;
    my $hi = shift;
    return $v < $lo ? $lo : $v > $hi ? $hi : $v;
}

sub fib {
    my $n = shift;
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

my $acc = 0;
for my $i (1 .. 1_800_000) {
    $acc = add($acc, twice($i)) % 1_000_000_007;
    $acc += clamp($i % 100, 10, 90);
}
print "acc: $acc\n";
print "fib(24): ", fib(24), "\n";
