# Subroutine arguments: @_ aliasing, shift/pop defaults, implicit return,
# &name forms and calls without parentheses.
use strict;
use warnings;
sub double_all { $_ *= 2 for @_; return }
my @n = (1, 2, 3);
double_all(@n);
print "@n\n";
my ($p, $q) = (5, 6);
sub swap { @_[0, 1] = @_[1, 0] }
swap($p, $q);
print "$p $q\n";
sub first { my $x = shift; return $x }
sub last_arg { my $x = pop; return $x }
print first(7, 8, 9), " ", last_arg(7, 8, 9), "\n";
sub implicit { my $v = shift; $v * 3 }
print implicit(4), "\n";
sub ifelse { my $v = shift; if ($v) { "yes" } else { "no" } }
print ifelse(1), ifelse(0), "\n";
sub count_args { return scalar @_ }
sub pass_through { &count_args }
sub explicit_empty { &count_args() }
print pass_through(1, 2, 3), " ", explicit_empty(1, 2, 3), "\n";
print &count_args(4, 5), "\n";
my $code = \&count_args;
print &$code(1), " ", &{$code}(1, 2), " ", $code->(1, 2, 3), "\n";
sub greet;
greet "world";
sub greet { print "hello, $_[0]\n" }
sub noargs { return "no args" }
print noargs, "\n";
my @list = (noargs, "x");
print scalar(@list), "\n";
sub modify_hash { $_[0]{added} = 1 }
my %h;
modify_hash(\%h);
print join(",", keys %h), "\n";
sub ctx_return { return (1, 2, 3)[1] }
print ctx_return(), "\n";
sub many { return @_[1 .. $#_] }
print join("|", many(qw(a b c d))), "\n";
sub defaults { my ($a, $b) = @_; $b //= "default"; return "$a/$b" }
print defaults("x"), " ", defaults("x", "y"), "\n";
sub named { my %o = (size => 1, @_); return join(",", map { "$_=$o{$_}" } sort keys %o) }
print named(color => "red"), "\n";
