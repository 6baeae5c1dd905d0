# Flip-flop with line numbers: constant operands compare with $. while
# reading a handle.
use strict;
use warnings;
while (<DATA>) {
    print "2..4: $_" if 2 .. 4;
    print "marker: $_" if /start/ ... /end/;
}
__DATA__
line one
line two start
line three
line four end
line five
