# With nothing on STDIN the first read returns undef.
my $line = <STDIN>;
print defined $line ? "got: $line" : "no input\n";
my @all = <STDIN>;
print "lines: ", scalar(@all), "\n";
