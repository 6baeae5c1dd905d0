# use strict subs: perl's compile-time or run-time error.
use strict;
my $n = foo;
print "ok\n";
