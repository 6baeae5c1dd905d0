# Numeric strings: comparison, sorting, arithmetic on strings that look
# like numbers, and == versus eq.
use strict;
use warnings;
my @s = ("10", "9", "2.5", "100", "-1", "1e2");
print join(" ", sort @s), "\n";
print join(" ", sort { $a <=> $b } @s), "\n";
print "1.0" == 1 ? "num equal\n" : "num differ\n";
print "1.0" eq "1" ? "str equal\n" : "str differ\n";
print "abc" lt "abd" ? "lt\n" : "ge\n";
print "10" + "20", " ", "3" * "4", " ", "2" ** "3", " ", "7" / "2", "\n";
print "1_000" + 0 == 1 ? "underscore stops\n" : "underscore counted\n" if 0;
my $n = "42";
print $n + 0, " ", $n . "", " ", $n * 1.5, "\n";
my $f = "3.14abc";
{ no warnings; print $f + 0, "\n"; }
print "0 but true" + 5, "\n";
print "00" ? "00 true\n" : "00 false\n";
print "0.0" ? "0.0 true\n" : "0.0 false\n";
print "0" ? "0 true\n" : "0 false\n";
print "" ? "empty true\n" : "empty false\n";
print " " ? "space true\n" : "space false\n";
my @nums = map { $_ * 1 } qw(1 01 1.0 +1);
print "@nums\n";
print 0 == -0 ? "zero equal\n" : "zero differ\n";
print 10 == 10.0 ? "int float equal\n" : "differ\n";
print "inc: ", "a" . 1 + 2, "\n" if 0;
print 1 + 1 . "", "\n";
print "5" . "5" + 1, "\n";
