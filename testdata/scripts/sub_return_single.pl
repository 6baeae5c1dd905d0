# A sub returning one value in list context, called as an argument, in
# a list, in a foreach list and assigned to an array: every use sees its
# own value.
use strict;
use warnings;

sub one { return $_[0] * 2 }
sub tail { $_[0] + 1 }
sub str { "s$_[0]" }
sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
sub pair { return ($_[0], $_[0] + 1) }
sub none { return }
sub add { my ($a, $b) = @_; return $a + $b }
sub args { return scalar(@_) . ":" . join(",", @_) }

print add(one(3), tail(4)), "\n";
print args(one(1), one(2), tail(3), str(4)), "\n";
print args(one(1), pair(5), none(), str(6)), "\n";
print join(" ", one(1), tail(1), str(1), one(2)), "\n";
my @a = (one(5), one(6));
my @b = one(7);
push @b, tail(8);
print "@a | @b\n";
for my $x (one(1), one(2)) {
    $x = one($x) + tail(0);
    print "x=$x ";
}
print "\n";
my @nested = map { one($_) } 1 .. 4;
print "@nested\n";
print args(ctx(), scalar(ctx())), "\n";
my $code = sub { return $_[0] . "!" };
print args($code->("a"), $code->("b"), one(3)), "\n";
print join(",", $code->("c"), $code->("d")), "\n";
my @sorted = sort { $a <=> $b } (one(9), one(1), tail(2));
print "@sorted\n";
sub rec { my $n = shift; return $n <= 0 ? 0 : $n + rec($n - 1) }
print args(rec(4), rec(3)), "\n";
sub wrap { return one($_[0]) }
print args(wrap(2), wrap(3)), "\n";
sub inner_list { my @r = (one($_[0]), tail($_[0])); return @r }
print args(inner_list(10)), "\n";
my %h = (k => one(4), j => tail(4));
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
sub evals { return eval { one($_[0]) } }
print args(evals(6), do { one(7) }), "\n";
my ($p, $q) = (one(1), tail(1));
print "$p $q\n";
print "last: ", (one(2), one(3))[1], "\n";
