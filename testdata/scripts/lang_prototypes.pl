# Prototypes: ($$) forcing scalar context, () constants, (\@) and (\%)
# passing references, (&@) blocks, and &name() bypassing them.
use strict;
use warnings;
sub two($$) { return "[$_[0]][$_[1]]" }
my @a = (7, 8, 9);
print two(@a, "x"), "\n";
sub ZERO() { 0 }
print ZERO + 5, "\n";
sub count_arr(\@) { my $r = shift; return scalar @$r }
print count_arr(@a), "\n";
sub keys_of(\%) { my $h = shift; return join(",", sort keys %$h) }
my %h = (b => 1, a => 2);
print keys_of(%h), "\n";
sub apply(&@) { my ($code, @list) = @_; return map { $code->($_) } @list }
print join(" ", apply(sub { $_[0] * 10 }, 1, 2, 3)), "\n";
print &two(@a), "\n";
sub opt($;$) { return defined $_[1] ? "two" : "one" }
print opt(1), " ", opt(1, 2), "\n";
