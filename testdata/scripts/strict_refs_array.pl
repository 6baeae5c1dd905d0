# use strict refs_array: perl's compile-time or run-time error.
use strict;
my $r = "x"; print @$r;
