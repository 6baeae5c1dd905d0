# The .. flip-flop operator over lines, with line numbers and patterns.
use strict;
use warnings;
my @lines = map { "line $_" } 1 .. 10;
for (@lines) {
    print "$_\n" if /line 3/ .. /line 5/;
}
my @text = ("a", "BEGIN", "b", "c", "END", "d", "BEGIN", "e", "END");
for (@text) {
    if (/BEGIN/ ... /END/) {
        print "in: $_\n";
    }
}
