# Division by zero is a runtime error with file and line.
my $x = 10;
my $y = 0;
print "dividing\n";
my $z = $x / $y;
print "not reached: $z\n";
