# use strict refs_hash: perl's compile-time or run-time error.
use strict;
my $r = "x"; print $$r{a}, ${$r}, &$r;
