# substr (2, 3 and 4 args, negative, lvalue), index and rindex with
# positions, length, sprintf padding.
use strict;
use warnings;
my $s = "Hello, World";
print substr($s, 7), "|", substr($s, 0, 5), "|", substr($s, -5), "|", substr($s, -5, 2), "|", substr($s, 3, -3), "\n";
my $t = $s;
substr($t, 0, 5) = "HELLO";
print "$t\n";
substr($t, 0, 5, "Howdy");
print "$t\n";
my $r = substr($t, 7, 5, "Perl!");
print "$t (replaced $r)\n";
substr($t, -1) = "?";
print "$t\n";
print index($s, "o"), " ", index($s, "o", 5), " ", index($s, "z"), " ", index($s, ""), "\n";
print rindex($s, "o"), " ", rindex($s, "o", 7), " ", rindex($s, "l", -1), " ", rindex($s, ""), "\n";
print index("aaa", "a", 10), " ", index("aaa", "a", -5), "\n";
my $count = 0;
my $pos = 0;
while (($pos = index("banana", "a", $pos)) >= 0) { $count++; $pos++ }
print "a's in banana: $count\n";
print length(""), length("abc"), " ", length(12345), "\n";
my $x = "abcdef";
print "$x\n";
print ucfirst(substr("perl", 0)), lc(substr("PERL", 1, 2)), "\n";
print substr("abc", 3), "|", (defined(substr("abc", 1, 0)) ? "def" : "undef"), "\n";
