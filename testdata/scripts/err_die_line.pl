# die without a trailing newline appends " at FILE line N.".
print "start\n";
my $what = "the thing";
die "Cannot do $what";
