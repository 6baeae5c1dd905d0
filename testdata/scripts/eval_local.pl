# local inside an eval string is restored when it ends, also by die.
our $g = 'global';
sub show { print "g=$g\n" }
eval 'local $g = "inside"; show()';
show();
eval 'local $g = "dying"; show(); die "x\n"';
show();
print "err=$@";
our @stack = (1, 2);
eval 'local @stack = (9); print "@stack\n"';
print "@stack\n";
