# exit N ends the program with status N; code after it never runs.
print "exiting with 3\n";
exit 3;
print "not reached\n";
