# Operator precedence and chaining: unary minus, **, string ops,
# logical operators returning values, and the comma operator.
use strict;
use warnings;
print -2 ** 2, " ", (-2) ** 2, " ", 2 ** -1, " ", 2 + 3 * 4, " ", (2 + 3) * 4, "\n";
print 10 - 2 - 3, " ", 2 ** 3 ** 2, " ", 100 / 10 / 5, " ", 7 % 3 * 2, "\n";
print "a" . "b" x 3, " ", ("a" . "b") x 3, "\n";
my $x = 0 || "" || "default";
my $y = 1 && "second";
my $z = 0 // "zero is defined";
print "$x $y $z\n";
my @l = (1, 2) x 2;
print scalar(@l), "\n";
my $r = (5, 6, 7)[1];
print "$r\n";
print !!1, " [", !!0, "] ", !1 + 0, "\n";
print 1 <=> 2 || 5, "\n";
print "yes\n" if 1 < 2 && 2 < 3 and not 0;
my $v = 3;
my $t = $v > 2 ? $v < 5 ? "mid" : "high" : "low";
print "$t\n";
print 1 + 2 . 3 + 4, "\n";
print "abc" =~ /b/ ? "match\n" : "no\n";
my @arr = (1) x 3;
print "@arr\n";
print 5 <=> 10, " ", "5" cmp "10", "\n";
