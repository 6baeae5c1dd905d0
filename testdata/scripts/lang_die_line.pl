# die without a newline names the line, and the last read handle.
use strict;
use warnings;
open(my $fh, '<', "/etc/hosts") or die "cannot open: $!";
my $first = <$fh>;
eval { die "after read" };
print "msg: $@";
close($fh);
eval { die "after close" };
print "msg: $@";
$! = 0;
die "final";
