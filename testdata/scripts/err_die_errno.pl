# die exits with $! when it is non-zero.
print "setting errno\n";
$! = 2;
print "message: $!\n";
die "gave up: $!\n";
