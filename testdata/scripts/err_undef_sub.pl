# Calling a sub that was never defined dies at run time.
sub defined_one { return "fine" }
print defined_one(), "\n";
foo(1, 2);
print "not reached\n";
