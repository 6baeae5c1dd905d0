# die with a trailing newline prints the message as is; exit status 255.
print "before\n";
die "Something went wrong\n";
print "not reached\n";
