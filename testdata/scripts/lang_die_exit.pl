# An uncaught die: message on stderr, status 255 (or $! / $?>>8), END
# blocks still run.
use strict;
use warnings;
END { print "END after die, status $?\n" }
print "working\n";
my %h = (a => 1);
die "fatal: $h{a}\n";
