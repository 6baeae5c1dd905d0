# Reading STDIN line by line, then the rest in list context.
my $first = <STDIN>;
chomp($first);
print "first: [$first]\n";
my $second = <STDIN>;
print "second: $second";
my @rest = <STDIN>;
print "rest: ", scalar(@rest), " lines\n";
chomp(@rest);
print "[$_]\n" for @rest;
my $more = <STDIN>;
print defined $more ? "more\n" : "eof: undef\n";
print "eof(STDIN): ", (eof(STDIN) ? 1 : 0), "\n";
