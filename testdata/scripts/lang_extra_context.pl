# wantarray and context in returns, assignments and calls.
use strict; use warnings;
sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @l = ctx(); my $s = ctx(); ctx();
print "$l[0] $s\n";
sub both { return wantarray ? (1, 2, 3) : "one" }
my ($first) = both();
my $count = () = both();
my $scalar = both();
print "$first $count $scalar\n";
my $n = (my @tmp = (5, 6, 7));
print "assigned $n\n";
sub last_value { my @x = (4, 5, 6); @x }
my $last = last_value();
print "array in scalar return: $last\n";
sub list_last { return (4, 5, 6) }
my $ll = list_last();
print "list in scalar return: $ll\n";
print "ternary chain: ", (map { $_ < 0 ? "neg" : $_ == 0 ? "zero" : $_ < 10 ? "small" : "big" } -1, 0, 5, 50), "\n";
