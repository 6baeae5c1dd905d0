# Recursive subs: factorial, Fibonacci, Ackermann-ish, string reverse.
sub fact {
    my $n = shift;
    return 1 if $n <= 1;
    return $n * fact($n - 1);
}
sub fib {
    my $n = shift;
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
sub rev {
    my $s = shift;
    return $s if length($s) <= 1;
    return rev(substr($s, 1)) . substr($s, 0, 1);
}
sub hanoi {
    my ($n, $from, $to, $via) = @_;
    return 0 if $n == 0;
    return hanoi($n - 1, $from, $via, $to) + 1 + hanoi($n - 1, $via, $to, $from);
}
for my $i (0, 1, 5, 10, 20, 25) {
    print "fact($i) = ", fact($i), "\n";
}
print "fact(30) = ", fact(30), "\n";
for my $i (0 .. 15) {
    print fib($i), " ";
}
print "\n";
print "fib(20) = ", fib(20), "\n";
print rev("recursion"), "\n";
print "hanoi(10) moves: ", hanoi(10, "A", "C", "B"), "\n";
