# Recursion, prototypes, forward declarations and goto &sub.
use strict;
use warnings;
sub fact { my $n = shift; return $n <= 1 ? 1 : $n * fact($n - 1) }
print fact(10), " ", fact(20), "\n";
sub hanoi {
    my ($n, $from, $to, $via, $moves) = @_;
    return 0 if $n == 0;
    return hanoi($n - 1, $from, $via, $to) + 1 + hanoi($n - 1, $via, $to, $from);
}
print "hanoi 10: ", hanoi(10, 'A', 'C', 'B'), "\n";
sub ackermann { my ($m, $n) = @_; return $n + 1 if $m == 0; return ackermann($m - 1, 1) if $n == 0; return ackermann($m - 1, ackermann($m, $n - 1)) }
print "ack(2,3)=", ackermann(2, 3), "\n";
sub pair($$) { return "$_[0]-$_[1]" }
print pair(1, 2), "\n";
sub PI() { 3.14159 }
print PI * 2, "\n";
sub mymax(\@) { my $r = shift; my $m = $r->[0]; for (@$r) { $m = $_ if $_ > $m } $m }
my @v = (3, 9, 2);
print mymax(@v), "\n";
sub dispatch { my $n = shift; goto &handler }
sub handler { return "handler got @_" }
print dispatch(1, 2, 3), "\n";
sub even { my $n = shift; $n == 0 ? 1 : odd($n - 1) }
sub odd { my $n = shift; $n == 0 ? 0 : even($n - 1) }
print "even(10)=", even(10), " odd(7)=", odd(7), "\n";
sub flatten { map { ref $_ ? flatten(@$_) : $_ } @_ }
print join(",", flatten(1, [2, [3, [4, 5]], 6], [[7]])), "\n";
my $depth = 0;
sub deep { my $n = shift; return $n if $n >= 50; return deep($n + 1) }
print "deep: ", deep(0), "\n";
