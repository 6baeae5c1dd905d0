# BEGIN blocks and use run before the main program, in source order;
# END blocks run last, in reverse.
use strict;
use warnings;
my $x;
BEGIN { print "begin A\n" }
print "main 1\n";
use constant K => do { print "constant computed\n"; 42 };
BEGIN { print "begin B, K=", K, "\n" }
END { print "end 1\n" }
print "main 2, K=", K, "\n";
END { print "end 2\n" }
