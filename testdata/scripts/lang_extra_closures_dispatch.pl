# Closures and dispatch tables: counters, generators, callbacks.
use strict; use warnings;
sub make_counter { my $n = shift; return { inc => sub { $n++ }, get => sub { $n } } }
my $c1 = make_counter(5); my $c2 = make_counter(100);
$c1->{inc}->() for 1 .. 3; $c2->{inc}();
print $c1->{get}->(), " ", $c2->{get}(), "\n";
my @subs; for my $i (1 .. 3) { push @subs, sub { $i * 10 } }
print join(",", map { $_->() } @subs), "\n";
my %dispatch = (add => sub { $_[0] + $_[1] }, mul => sub { $_[0] * $_[1] }, neg => sub { -$_[0] });
for my $cmd ("add 2 3", "mul 4 5", "neg 7", "div 1 2") {
    my ($op, @args) = split ' ', $cmd;
    my $f = $dispatch{$op};
    print $f ? "$op => " . $f->(@args) . "\n" : "unknown command $op\n";
}
sub apply { my ($code, @l) = @_; map { $code->($_) } @l }
print join(" ", apply(sub { $_[0] ** 2 }, 1, 2, 3)), "\n";
my $fact; $fact = sub { my $n = shift; $n <= 1 ? 1 : $n * $fact->($n - 1) };
print $fact->(10), "\n";
my $compose = sub { my @f = reverse @_; sub { my @a = @_; @a = $_->(@a) for @f; wantarray ? @a : $a[0] } };
my $inc_then_double = $compose->(sub { $_[0] * 2 }, sub { $_[0] + 1 });
print $inc_then_double->(5), "\n";
