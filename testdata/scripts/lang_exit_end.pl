# exit runs END blocks, which see $? and may change it.
use strict;
use warnings;
END { print "END sees status $?\n"; $? = 3 }
END { print "first END\n" }
print "before exit\n";
exit 7;
print "never\n";
