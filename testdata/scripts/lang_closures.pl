# Closures: counters, generators, closures over loop variables, and
# shared captured variables.
use strict;
use warnings;
sub make_counter {
    my $n = shift;
    return { inc => sub { return ++$n }, get => sub { return $n } };
}
my $c1 = make_counter(5);
my $c2 = make_counter(100);
$c1->{inc}->() for 1 .. 3;
$c2->{inc}->();
print "c1=", $c1->{get}->(), " c2=", $c2->{get}->(), "\n";
my @subs;
for my $i (1 .. 3) {
    push @subs, sub { return $i * 10 };
}
print join(",", map { $_->() } @subs), "\n";
my @subs2;
my $j = 0;
while ($j < 3) {
    my $k = $j;
    push @subs2, sub { $k };
    $j++;
}
print join(",", map { $_->() } @subs2), "\n";
sub adder { my $x = shift; sub { $x + shift } }
my $add5 = adder(5);
print $add5->(10), " ", adder(1)->(1), "\n";
my $fib;
$fib = sub { my $n = shift; $n < 2 ? $n : $fib->($n - 1) + $fib->($n - 2) };
print "fib(15)=", $fib->(15), "\n";
my $total = 0;
my @acc = map { my $m = $_; sub { $total += $m } } 1 .. 4;
$_->() for @acc;
print "total=$total\n";
sub gen { my @items = @_; my $i = 0; return sub { return $i < @items ? $items[$i++] : undef } }
my $it = gen(qw(a b c));
while (defined(my $v = $it->())) { print "item $v\n" }
