# warn writes to STDERR and the program goes on.
print "one\n";
warn "a warning with newline\n";
print "two\n";
warn "a warning without newline";
print "three\n";
my $n = 3;
warn "value is $n\n";
warn "multi", "part", "\n";
warn;
print "done\n";
