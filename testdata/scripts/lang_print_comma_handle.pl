# print STDOUT, LIST is a compile-time error in perl, before anything runs.
use strict;
use warnings;
print "not reached\n";
print STDOUT, "x\n";
