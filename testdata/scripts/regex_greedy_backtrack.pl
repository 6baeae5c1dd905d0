# Backtracking: greedy stars give back, nested groups, alternation retry.
my ($a, $b) = "aaab" =~ /^(a*)(a*b)$/;
print "[$a][$b]\n";
my ($c) = "xyzxyz" =~ /^(.*)xyz$/;
print "[$c]\n";
my ($d, $e) = "foo.tar.gz" =~ /^(.*)\.(.*)$/;
print "$d | $e\n";
my ($f, $g) = "foo.tar.gz" =~ /^(.*?)\.(.*)$/;
print "$f | $g\n";
print "retry alt\n" if "abd" =~ /^a(?:bc|b)d$/;
my ($h) = "aaaa" =~ /^((?:aa)*)$/;
print "pairs [$h]\n";
print "odd no\n" unless "aaa" =~ /^(?:aa)*$/;
my @m = "1,2;3" =~ /(\d)[,;]?/g;
print "@m\n";
