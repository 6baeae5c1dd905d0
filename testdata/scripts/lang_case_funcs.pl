# lc, uc, lcfirst, ucfirst and the \U \L \u \l \Q \E escapes.
use strict;
use warnings;
my $s = "hello World";
print lc($s), "|", uc($s), "|", ucfirst($s), "|", lcfirst("ABC"), "\n";
print "\Uupper\E and \Llower CASE\E and \uone \lTWO\n";
print "\u\LfOO bAR\E!\n";
my $name = "o'reilly";
print "\Q$name\E and \Qa.b*c\E\n";
print ucfirst(lc("mIXED")), "\n";
my @words = map { ucfirst } qw(alpha beta gamma);
print "@words\n";
print join(" ", map { lc } qw(A B C)), "\n";
my $t = "x";
$t = uc $t;
print "$t\n";
print "nested: \Uabc\LDEF\Eghi\n";
print length("\Q.\E"), "\n";
