# use integer: integer division and arithmetic in its scope only.
use strict;
use warnings;
print 10 / 3, "\n";
{
    use integer;
    print 10 / 3, " ", -7 / 2, " ", 7 % -3, " ", 2 ** 3, "\n";
}
print 10 / 4, "\n";
