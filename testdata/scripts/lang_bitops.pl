# Bitwise operators on numbers and on strings.
use strict;
use warnings;
print 12 & 10, " ", 12 | 10, " ", 12 ^ 10, " ", ~0 & 0xFF, " ", 1 << 4, " ", 256 >> 2, "\n";
print "AB" | "  ", "|", "ab" & "_~", "|", "AB" ^ "  ", "\n";
print "abc" | "   ", "\n";
my $flags = 0;
$flags |= 1 << $_ for (0, 3, 5);
printf "%b %d\n", $flags, $flags;
print(($flags & (1 << 3)) ? "bit 3 set\n" : "bit 3 clear\n");
$flags &= ~(1 << 3);
printf "%b\n", $flags;
my $s = "a";
$s |= "B";
print "$s\n";
print 0xFF ^ 0x0F, " ", -1 & 0xFF, "\n";
printf "%032b\n", 0xDEADBEEF;
printf "%x\n", 0xDEADBEEF >> 16;
print length("abc" ^ "abc"), " ", ("abc" ^ "abc") eq "\0\0\0" ? "nuls\n" : "other\n";
