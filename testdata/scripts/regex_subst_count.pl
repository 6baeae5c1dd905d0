# s/// returns the number of substitutions; empty string (false) when none.
my $s = "a.b.c.d";
my $n = ($s =~ s/\./-/g);
print "$n: $s\n";
my $z = ($s =~ s/x/y/g);
print "none: [$z] ", ($z ? "true" : "false"), "\n";
my $one = ($s =~ s/-/+/);
print "one: $one $s\n";
$_ = "aaa";
my $c = s/a/bb/g;
print "$c $_\n";
my $total = 0;
for my $line ("x x", "x", "y") { (my $l = $line); $total += ($l =~ s/x/X/g) }
print "total $total\n";
my $es = "";
my $e = $es =~ s/^/start/;
print "empty subject: $e $es\n";
my $str = "abc";
my $cnt = $str =~ s/(?=b)/|/g;
print "zero-width: $cnt $str\n";
my $all = "aaa";
my $k = $all =~ s/a*/-/g;
print "star: $k $all\n";
