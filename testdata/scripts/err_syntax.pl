# A syntax error: nothing runs, perl reports the line and exits 255.
print "never printed\n";
my $x = 1;
my $y = $x + ;
print "$y\n";
