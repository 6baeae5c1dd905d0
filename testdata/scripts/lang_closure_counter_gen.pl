# Iterators and generators built from closures, and a memoize wrapper.
use strict;
use warnings;
sub counter_from { my $n = shift; return sub { return $n++ } }
my $c = counter_from(5);
print join(",", map { $c->() } 1 .. 4), "\n";
sub fib_gen { my ($a, $b) = (0, 1); return sub { my $r = $a; ($a, $b) = ($b, $a + $b); return $r } }
my $f = fib_gen();
print join(",", map { $f->() } 1 .. 10), "\n";
my %cache;
my $calls = 0;
sub slow_square { $calls++; return $_[0] ** 2 }
sub memo { my $code = shift; my %m; return sub { my $k = join($;, @_); $m{$k} //= $code->(@_) } }
my $fast = memo(\&slow_square);
print join(",", map { $fast->($_ % 3) } 1 .. 9), " calls=$calls\n";
my @queue = map { my $n = $_; sub { "task $n" } } 1 .. 3;
print join("; ", map { $_->() } @queue), "\n";
sub compose { my @f = reverse @_; return sub { my @a = @_; @a = $_->(@a) for @f; wantarray ? @a : $a[0] } }
my $inc_then_double = compose(sub { $_[0] * 2 }, sub { $_[0] + 1 });
print $inc_then_double->(5), "\n";
