# $0 is the script name as given on the command line.
print "script: $0\n";
my $name = $0;
print "length: ", length($name), "\n";
print "ends with .pl\n" if substr($0, -3) eq ".pl";
